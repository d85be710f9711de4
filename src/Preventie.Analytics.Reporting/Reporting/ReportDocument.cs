using Preventie.Analytics.Analysis;
using Preventie.Analytics.Html;
using Preventie.Analytics.Formatting;
using System.Collections.Immutable;
using System.Net;
using System.Text;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Output;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// An immutable report: title, sections (paragraphs, tables, charts), the assumptions the results rest on, the data
/// sources and how the run was made. It renders to one self-contained Dutch HTML file (inline CSS and, by default,
/// inline plotly.js so the file opens offline):
/// <code>
/// var report = new ReportDocument("Preventie loont, maar niet voor iedereen", metadata)
///     .WithSubtitle("Scenario 'Meer selectieve preventie' tegenover huidig beleid, 2026–2035")
///     .WithSection(new ReportSection("Conclusie").WithParagraph("…"))
///     .WithAssumption(new ReportAssumption("Effect op instroom", "12,5%", "Schatting werkgroep"))
///     .WithDataSource(new ReportDataSource("Inventarisatie 2022", "Activiteiten en budgetten", "deventer-2022.csv"));
/// report.Save("rapport.html");
/// </code>
/// </summary>
[Display.TypeFormatterSource]
public sealed class ReportDocument : IHtmlRenderable
{
    /// <summary>An empty report with <paramref name="title"/> (the headline a councillor reads first) for the run described by <paramref name="metadata"/>.</summary>
    public ReportDocument(string title, RunMetadata metadata)
        : this(title, null, ImmutableList<ReportSection>.Empty, ImmutableList<ReportAssumption>.Empty,
            ImmutableList<ReportDataSource>.Empty, metadata, ImmutableList<string>.Empty, null, ImmutableList<IReportBlock>.Empty) { }

    private ReportDocument(string title, string? subtitle, ImmutableList<ReportSection> sections,
        ImmutableList<ReportAssumption> assumptions, ImmutableList<ReportDataSource> dataSources, RunMetadata metadata,
        ImmutableList<string> illustrative, int? draws, ImmutableList<IReportBlock> method)
    {
        Method = method;
        Title = title;
        Subtitle = subtitle;
        Sections = sections;
        Assumptions = assumptions;
        DataSources = dataSources;
        Metadata = metadata;
        _illustrative = illustrative;
        Draws = draws;
    }

    private readonly ImmutableList<string> _illustrative;

    /// <summary>The report's headline: the page title and the <c>&lt;h1&gt;</c>.</summary>
    public string Title { get; }
    /// <summary>The line under the title (e.g. which scenario against which, over which years), or null.</summary>
    public string? Subtitle { get; }
    /// <summary>The chapters, in reading order; the assumptions, sources and accountability follow them.</summary>
    public ImmutableList<ReportSection> Sections { get; }
    /// <summary>The parameters whose values are assumed rather than sourced, listed in the chapter "Aannamen".</summary>
    public ImmutableList<ReportAssumption> Assumptions { get; }
    /// <summary>The data sources, listed in the chapter "Bronnen".</summary>
    public ImmutableList<ReportDataSource> DataSources { get; }
    /// <summary>How the run was made (version, seed, date, input file hashes, model version), shown in "Verantwoording".</summary>
    public RunMetadata Metadata { get; }
    /// <summary>The number of draws of the run's uncertainty analysis, or null when it made none.</summary>
    public int? Draws { get; }
    /// <summary>How the chapters' figures were computed (the method in Dutch, with its technical terms), shown in "Verantwoording".</summary>
    public ImmutableList<IReportBlock> Method { get; }

    /// <summary>
    /// What the report's figures rest on that is illustrative (example figures or assumptions, not measurements), as
    /// Dutch noun phrases: the subject of every <see cref="ReportIllustrativeNotice"/> in the sections (the notices the
    /// reader sees, e.g. in "Per wijk" and "Waar investeren?"), those added with <see cref="WithIllustrative"/>, and "de
    /// monitorcijfers waarop het model is gekalibreerd" when the model version says its monitor data are illustrative.
    /// Each once, in that order; empty when nothing is illustrative.
    /// </summary>
    public IReadOnlyList<string> IllustrativeSubjects =>
        Sections.SelectMany(s => s.Blocks.OfType<ReportIllustrativeNotice>()).Select(n => n.Subject)
            .Concat(_illustrative)
            .Concat(Metadata.Model?.Calibration?.Monitor.Any(m => m.Illustrative) == true ? [IllustrativeMonitorSubject] : [])
            .Distinct(StringComparer.Ordinal).ToList();

    /// <summary>True while any figure of the report rests on illustrative data (<see cref="IllustrativeSubjects"/>).</summary>
    public bool IsIllustrative => IllustrativeSubjects.Count > 0;

    /// <summary>
    /// The banner for every page or sheet while the report <see cref="IsIllustrative"/>: "Illustratief: een deel van de
    /// cijfers rust op voorbeeldgegevens of aannames, niet op metingen (de wijkcijfers). …"; null otherwise.
    /// </summary>
    public string? IllustrativeBanner => IsIllustrative
        ? $"Illustratief: een deel van de cijfers rust op voorbeeldgegevens of aannames, niet op metingen ({DutchList.Join(IllustrativeSubjects)}). " +
          "Lees de bedragen als voorbeeld, niet als begrotingsbedrag."
        : null;

    /// <summary>The subject of <see cref="IllustrativeSubjects"/> for a model calibrated on illustrative monitor data.</summary>
    public const string IllustrativeMonitorSubject = "de monitorcijfers waarop het model is gekalibreerd";

    /// <summary>A copy with <paramref name="subtitle"/> under the title.</summary>
    public ReportDocument WithSubtitle(string subtitle) => Copy(subtitle: subtitle);

    /// <summary>A copy with <paramref name="section"/> added after the existing sections.</summary>
    public ReportDocument WithSection(ReportSection section) => Copy(sections: Sections.Add(section));

    /// <summary>A copy with <paramref name="assumption"/> added to the list of assumptions.</summary>
    public ReportDocument WithAssumption(ReportAssumption assumption) => Copy(assumptions: Assumptions.Add(assumption));

    /// <summary>A copy with <paramref name="assumptions"/> added, in order, to the list of assumptions.</summary>
    public ReportDocument WithAssumptions(IEnumerable<ReportAssumption> assumptions) => Copy(assumptions: Assumptions.AddRange(assumptions));

    /// <summary>A copy with <paramref name="source"/> added to the list of sources.</summary>
    public ReportDocument WithDataSource(ReportDataSource source) => Copy(dataSources: DataSources.Add(source));

    /// <summary>
    /// A copy that says its figures rest on illustrative <paramref name="subject"/> (a Dutch noun phrase, "de
    /// wijkcijfers") although no section shows a <see cref="ReportIllustrativeNotice"/> for it, e.g. an overview whose
    /// city figures are sums over illustrative wijken.
    /// </summary>
    public ReportDocument WithIllustrative(string subject) => Copy(illustrative: _illustrative.Add(subject));

    /// <summary>A copy with <paramref name="block"/> added to the method explained in "Verantwoording".</summary>
    public ReportDocument WithMethod(IReportBlock block) => Copy(method: Method.Add(block));

    /// <summary>A copy that states <paramref name="draws"/> as the number of draws of the uncertainty analysis (null: none).</summary>
    public ReportDocument WithDraws(int? draws) => Copy(draws: draws, setDraws: true);

    private ReportDocument Copy(string? subtitle = null, ImmutableList<ReportSection>? sections = null, ImmutableList<ReportAssumption>? assumptions = null,
        ImmutableList<ReportDataSource>? dataSources = null, ImmutableList<string>? illustrative = null, int? draws = null, bool setDraws = false,
        ImmutableList<IReportBlock>? method = null) =>
        new(Title, subtitle ?? Subtitle, sections ?? Sections, assumptions ?? Assumptions, dataSources ?? DataSources, Metadata,
            illustrative ?? _illustrative, setDraws ? draws : Draws, method ?? Method);

    /// <summary>
    /// A copy with, for each of <paramref name="chapters"/> in order, its section for <paramref name="analysis"/> (left
    /// out when the chapter does not apply), its data sources and its method (for "Verantwoording").
    /// </summary>
    public ReportDocument WithChapters<TAnalysis>(TAnalysis analysis, IEnumerable<IReportChapter<TAnalysis>> chapters)
    {
        var document = this;
        foreach (var chapter in chapters)
        {
            if (chapter.Build(analysis) is { } section) document = document.WithSection(section);
            foreach (var source in chapter.DataSources(analysis)) document = document.WithDataSource(source);
            foreach (var block in chapter.Method(analysis)) document = document.WithMethod(block);
        }
        return document;
    }

    /// <summary>Notebook view: the report body; charts take plotly.js from the kernel session (<see cref="Html.NotebookPlotly"/>), never the CDN.</summary>
    public string ToHtml() =>
        RenderBody(new ReportRenderContext(pageLoadsPlotly: false) { IdPrefix = "rapport-" + Guid.NewGuid().ToString("N")[..12] }, null);

    /// <summary>The complete HTML document with plotly.js from <paramref name="plotly"/>.</summary>
    public string ToFullHtml(PlotlyScriptSource plotly) =>
        HtmlPage.Render(Title, RenderBody(new ReportRenderContext(pageLoadsPlotly: true), plotly), plotly);

    /// <summary>
    /// Writes the report to <paramref name="path"/> atomically. By default plotly.js is inlined from the local npm
    /// package so the file works offline (throws <see cref="PlotlyJsNotFoundException"/> with a Dutch message when
    /// <c>npm ci</c> has not been run); pass <see cref="PlotlyScriptSource.Cdn"/> for a small file that needs internet.
    /// </summary>
    public void Save(string path, PlotlyScriptSource? plotly = null) =>
        AtomicOutput.WriteText(path, ToFullHtml(plotly ?? PlotlyScriptSource.Inline()));

    private string RenderBody(ReportRenderContext context, PlotlyScriptSource? plotly)
    {
        var sb = new StringBuilder();
        // while a figure rests on illustrative data: the banner on top (printed at the top of every PDF page)
        if (IllustrativeBanner is { } banner) sb.Append("<div class=\"paginakop\" data-paginakop role=\"note\">").Append(Encode(banner)).Append("</div>\n");
        sb.Append("<header>\n<h1>").Append(Encode(Title)).Append("</h1>\n");
        if (Subtitle is not null) sb.Append("<p class=\"subtitle\">").Append(Encode(Subtitle)).Append("</p>\n");
        sb.Append("<p class=\"meta\">Gemaakt op ").Append(Encode(FormatDate(Metadata.CreatedAt)))
          .Append(" met Preventie.Analytics ").Append(Encode(Metadata.Version)).Append(".");
        if (Metadata.Model is not null) sb.Append(" Model: ").Append(Encode(Metadata.ModelText)).Append('.');
        sb.Append("</p>\n</header>\n<main>\n");
        foreach (var section in Sections) sb.Append(section.ToHtml(context)).Append('\n');
        sb.Append(AssumptionsSection().ToHtml(context)).Append('\n');
        sb.Append(DataSourcesSection().ToHtml(context)).Append('\n');
        sb.Append(MetadataSection(plotly).ToHtml(context)).Append('\n');
        return sb.Append("</main>").ToString();
    }

    /// <summary>
    /// Every table of the report for a spreadsheet: the sections' tables in order, then the assumptions, the data
    /// sources and the method's tables. The input files and the model version are on the workbook's first sheet (<see cref="ReportWorkbook"/>).
    /// </summary>
    public IReadOnlyList<ReportTable> Tables()
    {
        var tables = Sections.SelectMany(s => s.Blocks.OfType<ReportTable>()).ToList();
        if (!Assumptions.IsEmpty) tables.Add(AssumptionsTable());
        if (!DataSources.IsEmpty) tables.Add(DataSourcesTable());
        tables.AddRange(Method.OfType<ReportTable>());
        return tables;
    }

    /// <summary>The report as an Excel workbook: "Over dit bestand", then a sheet per table (<see cref="ReportWorkbook.Build"/>).</summary>
    public Output.XlsxWorkbook ToWorkbook() => ReportWorkbook.Build(this);

    /// <summary>Writes <see cref="ToWorkbook"/> to <paramref name="path"/> atomically.</summary>
    public void SaveWorkbook(string path) => ToWorkbook().Save(path);

    /// <summary>The date and time of the run in Europe/Amsterdam time, written out: "donderdag 5 maart 2026 om 10:00 (Nederlandse tijd)".</summary>
    public string CreatedText => FormatDate(Metadata.CreatedAt);

    private ReportTable AssumptionsTable() =>
        new ReportTable("Parameters die op een aanname rusten", "Parameter", "Waarde", "Toelichting")
            .WithRows(Assumptions.Select(a => new ReportCell[] { a.Parameter, a.Number is { } n ? ReportCell.Quantity(n, a.Unit ?? "", a.Value) : a.Value, a.Rationale }))
            .WithSheetName("Aannamen");

    private ReportTable DataSourcesTable() =>
        new ReportTable("Gebruikte gegevens", "Bron", "Gebruikt voor", "Vindplaats")
            .WithRows(DataSources.Select(d => new ReportCell[] { d.Name, d.Number is { } n ? ReportCell.Quantity(n, d.Unit ?? "", d.Description) : d.Description, d.Reference ?? "" }))
            .WithSheetName("Bronnen");

    private ReportTable InputFilesTable() =>
        new ReportTable("Invoerbestanden", "Bestand", "SHA-256")
            .WithRows(Metadata.InputFiles.Select(f => new ReportCell[] { f.FileName, f.Sha256 }));

    private ReportSection AssumptionsSection()
    {
        var section = new ReportSection("Aannamen");
        if (Assumptions.IsEmpty) return section.WithParagraph("Er zijn geen aannamen opgegeven.");
        var table = AssumptionsTable();
        return section
            .WithParagraph("De uitkomsten hangen af van de volgende parameters. Hun waarden komen niet uit een bron, " +
                           "maar zijn aangenomen. Wie een andere waarde aannemelijker vindt, kan de berekening opnieuw laten maken.")
            .WithTable(table);
    }

    private ReportSection DataSourcesSection()
    {
        var section = new ReportSection("Bronnen");
        if (DataSources.IsEmpty) return section.WithParagraph("Er zijn geen bronnen opgegeven.");
        return section.WithTable(DataSourcesTable());
    }

    private ReportSection MetadataSection(PlotlyScriptSource? plotly)
    {
        var run = new ReportTable("Berekening", "Onderdeel", "Waarde")
            .WithRow("Programma", "Preventie.Analytics " + Metadata.Version)
            .WithRow("Datum", FormatDate(Metadata.CreatedAt))
            .WithRow("Seed (startwaarde toeval)", Metadata.Seed?.ToString(DutchFormat.Culture) ?? "niet gebruikt");
        if (Metadata.Model is not null) run = run.WithRow("Modelversie", Metadata.ModelText);
        if (plotly is not null) run = run.WithRow("Grafieken", plotly.Description);
        run = run.WithRows(Metadata.Extra.Select(e => new ReportCell[] { e.Key, e.Value }));
        var section = new ReportSection("Verantwoording")
            .WithParagraph("Met dezelfde invoerbestanden, dezelfde versie en dezelfde startwaarde van het toeval (seed) geeft de berekening dezelfde uitkomsten. " +
                           "De SHA-256-controlegetallen tonen welke bestanden precies gebruikt zijn.")
            .WithTable(run);
        if (!Method.IsEmpty)
        {
            section = section.WithParagraph("Hoe is gerekend? Hieronder staat per onderdeel de gebruikte methode, met de vaktermen die elders in het rapport " +
                                            "in gewone woorden staan.");
            foreach (var block in Method) section = section.With(block);
        }
        if (Metadata.InputFiles.IsEmpty) return section.WithParagraph("Er zijn geen invoerbestanden opgegeven.");
        return section.WithTable(InputFilesTable());
    }

    /// <summary>A run's moment for readers: in Europe/Amsterdam time, whatever the machine's time zone.</summary>
    private static string FormatDate(DateTimeOffset date) =>
        global::Preventie.Analytics.Monitor.CalibratedModelFolder.Amsterdam(date.UtcDateTime).ToString("dddd d MMMM yyyy 'om' HH:mm", DutchFormat.Culture) + " (Nederlandse tijd)";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Plain-text summary.</summary>
    public override string ToString() =>
        $"Rapport '{Title}': {Sections.Count} hoofdstukken, {Assumptions.Count} aannamen, {DataSources.Count} bronnen";
}
