using Preventie.Analytics.Wijken;
using Preventie.Analytics.Formatting;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Preventie.Analytics.Output;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Html;

namespace Preventie.Analytics.Monitor;

/// <summary>
/// Writes a <see cref="MonitorRun"/> as a run directory, atomically (<see cref="AtomicOutput.WriteDirectory"/>):
/// <c>manifest.json</c> (input hashes, version, seed, date, parameters), <c>resultaten.json</c> / <c>resultaten.csv</c>
/// (per scenario and payer), <c>kalibratie.csv</c> (observed versus fitted), <c>parameters.csv</c> (values used, with
/// source), <c>vergelijking.md</c> (Dutch comparison with the previous run), <c>rapport.html</c> and
/// <c>resultaten.xlsx</c>, and with wijk or buurt rows in the monitor <c>wijken.csv</c> (<see cref="WijkFigures"/>);
/// and <c>model/</c>, the calibrated model version as a complete model folder with its <c>model.json</c>
/// (<see cref="CalibratedModelFolder"/>). Every count of people goes through the run's <see cref="SmallCountSuppression"/>; with
/// illustrative monitor data every file says so.
/// </summary>
public static class MonitorRunOutput
{
    /// <summary>
    /// <c>resultaten.json</c>: the results per scenario, payer and measure (<see cref="ResultsToJson"/>); the next monitor
    /// update reads it back as the previous run (<see cref="MonitorRunFiles.ResultsJson"/>).
    /// </summary>
    public const string ResultsJson = MonitorRunFiles.ResultsJson;
    /// <summary><c>resultaten.csv</c>: the same results as <see cref="ResultsJson"/>, for a spreadsheet (<see cref="ResultsToCsv"/>).</summary>
    public const string ResultsCsv = "resultaten.csv";
    /// <summary><c>kalibratie.csv</c>: observed versus fitted monitor figures per indicator, age band and year (<see cref="FitToCsv"/>).</summary>
    public const string FitCsv = "kalibratie.csv";
    /// <summary><c>parameters.csv</c>: every parameter value the run used, marked when calibrated (<see cref="ParametersToCsv"/>).</summary>
    public const string ParametersCsv = "parameters.csv";
    /// <summary><c>vergelijking.md</c>: the Dutch comparison with the previous run, in Markdown (<see cref="ComparisonText"/>).</summary>
    public const string ComparisonMarkdown = "vergelijking.md";
    /// <summary><c>rapport.html</c>: the Dutch monitor report in one page (<see cref="ToHtml"/>).</summary>
    public const string ReportHtml = "rapport.html";
    /// <summary><c>resultaten.xlsx</c>: explanation, calibration, parameters, results, wijken and comparison as sheets (<see cref="ToWorkbook"/>).</summary>
    public const string Workbook = "resultaten.xlsx";
    /// <summary><c>wijken.csv</c>: the monitor figures per wijk or buurt; written only when the monitor file has such rows.</summary>
    public const string WijkCsv = "wijken.csv";

    /// <summary>Writes every file into <paramref name="directory"/>; nothing half-written on failure. The report carries
    /// <paramref name="plotly"/> (the CLI passes the local copy inline, so its charts draw offline); null = the CDN.</summary>
    public static void Write(string directory, MonitorRun run, PlotlyScriptSource? plotly = null) =>
        AtomicOutput.WriteDirectory(directory, tmp =>
        {
            var utf8 = new UTF8Encoding(false);
            File.WriteAllText(Path.Combine(tmp, RunManifest.FileName), run.Manifest.ToJson(), utf8);
            File.WriteAllText(Path.Combine(tmp, ResultsJson), ResultsToJson(run), utf8);
            File.WriteAllText(Path.Combine(tmp, ResultsCsv), ResultsToCsv(run), new UTF8Encoding(true));
            File.WriteAllText(Path.Combine(tmp, FitCsv), FitToCsv(run), new UTF8Encoding(true));
            File.WriteAllText(Path.Combine(tmp, ParametersCsv), ParametersToCsv(run), new UTF8Encoding(true));
            File.WriteAllText(Path.Combine(tmp, ComparisonMarkdown), ComparisonText(run), utf8);
            File.WriteAllText(Path.Combine(tmp, ReportHtml), ToHtml(run, plotly), utf8);
            if (run.Wijken is { } wijken) File.WriteAllText(Path.Combine(tmp, WijkCsv), wijken.ToCsv(run.Suppression), new UTF8Encoding(true));
            using (var xlsx = File.Create(Path.Combine(tmp, Workbook)))
                ToWorkbook(run).WriteTo(xlsx);
            run.ModelFolder.Write(Path.Combine(tmp, CalibratedModelFolder.DirectoryName));
        });

    /// <summary>
    /// Dutch: which model version the run produced and how to use it, e.g. "Gekalibreerd model: map model/, versie
    /// 1a2b3c4d5e6f (gekalibreerd op …). Maak de raadsrapportage hierop met: preventie batch --parameters &lt;run&gt;/model".
    /// </summary>
    public static string ModelVersionText(MonitorRun run, string? runDirectory = null) =>
        $"Gekalibreerd model: map {CalibratedModelFolder.DirectoryName}/, versie {run.ModelFolder.Version.Label}. " +
        $"Maak de raadsrapportage op dit model met: preventie batch --parameters {(runDirectory is null ? "<deze map>" : runDirectory.TrimEnd('/', '\\'))}/{CalibratedModelFolder.DirectoryName}";

    /// <summary>"LET OP: illustratief, geen echte Deventer-cijfers." or null.</summary>
    public static string? Notice(MonitorRun run) => run.Data.IsIllustrative ? $"LET OP: {MonitorData.IllustrativeNotice}." : null;

    private static string CsvHeader(MonitorRun run) => Notice(run) is { } n ? "# " + n + "\n" : string.Empty;

    private static string Cell(string? s) => CsvCell.Text(s);

    private static string Money(double? v) => v is { } x ? x.ToString("0.00", DutchFormat.Culture) : ".";

    private static string Value(ResultLine l, SmallCountSuppression s) => l.Unit == ResultLine.Euro ? Money(l.Value) : s.Csv(l.Value);

    /// <summary>
    /// The content of <see cref="ResultsJson"/>: whether the data are illustrative (with the notice), the small-count
    /// threshold, and one object per result line; euro values rounded to cents, counts of people suppressed as text
    /// ("&lt;10", ".").
    /// </summary>
    public static string ResultsToJson(MonitorRun run)
    {
        var arr = new JsonArray();
        foreach (var l in run.Results)
            arr.Add(new JsonObject
            {
                ["scenario"] = l.Scenario, ["onderwerp"] = l.Subject, ["label"] = l.SubjectLabel, ["maat"] = l.Measure, ["eenheid"] = l.Unit,
                ["waarde"] = l.Unit == ResultLine.Euro ? (l.Value is { } v ? JsonValue.Create(Math.Round(v, 2)) : null) : run.Suppression.Json(l.Value),
            });
        var root = new JsonObject
        {
            ["illustratief"] = run.Data.IsIllustrative,
            ["melding"] = Notice(run),
            ["drempelKleineAantallen"] = run.Suppression.Threshold,
            ["resultaten"] = arr,
        };
        return root.ToJsonString(RunManifest.Json);
    }

    /// <summary>
    /// The content of <see cref="ResultsCsv"/>: one line per scenario, subject and measure (semicolon-separated, euro
    /// values with a decimal comma, small counts suppressed), after a <c>#</c> line with the notice when the data are illustrative.
    /// </summary>
    public static string ResultsToCsv(MonitorRun run)
    {
        var sb = new StringBuilder(CsvHeader(run)).Append("scenario;onderwerp;label;maat;eenheid;waarde\n");
        foreach (var l in run.Results)
            sb.Append(Cell(l.Scenario)).Append(';').Append(Cell(l.Subject)).Append(';').Append(Cell(l.SubjectLabel)).Append(';').Append(Cell(l.Measure))
              .Append(';').Append(Cell(l.Unit)).Append(';').Append(Value(l, run.Suppression)).Append('\n');
        return sb.ToString();
    }

    /// <summary>
    /// The content of <see cref="FitCsv"/>: per indicator, age band and year the observed and the fitted count, their
    /// difference (hidden when either count is suppressed), whether the year is provisional, whether it counted in the fit,
    /// and the difference in units of the count's noise (<see cref="Calibration.IndicatorFit.StandardisedResidual"/>, hidden with the difference).
    /// </summary>
    public static string FitToCsv(MonitorRun run)
    {
        var s = run.Suppression;
        var sb = new StringBuilder(CsvHeader(run)).Append("indicator;leeftijd;jaar;voorlopig;waargenomen;model;verschil;in_fit;afwijking_in_ruis\n");
        foreach (var f in run.Calibration.Fits)
            sb.Append(Cell(f.Indicator)).Append(';').Append(Cell(f.Band)).Append(';').Append(f.Year).Append(';').Append(f.Provisional ? "ja" : "nee").Append(';')
              .Append(s.Csv(f.Observed)).Append(';').Append(s.Csv(f.Fitted)).Append(';')
              .Append(s.Difference(f.Observed, f.Fitted) is { } d ? d.ToString("0", CultureInfo.InvariantCulture) : ".").Append(';')
              .Append(f.InObjective ? "ja" : "nee").Append(';')
              .Append(s.Difference(f.Observed, f.Fitted) is not null && f.StandardisedResidual is { } z ? z.ToString("0.0", DutchFormat.Culture) : ".").Append('\n');
        return sb.ToString();
    }

    /// <summary>
    /// The parameters used, in the format of <c>data/parameters/parameters.csv</c> (plus a column <c>gekalibreerd</c>),
    /// so that the file can replace the model's parameters to reproduce the run.
    /// </summary>
    public static string ParametersToCsv(MonitorRun run)
    {
        // round-trip precision with a decimal comma, so reading the file back gives exactly the values used
        static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture).Replace('.', ',');
        var sb = new StringBuilder(CsvHeader(run)).Append("naam;waarde;eenheid;bron;aanname;verdeling;p1;p2;p3;groep;toelichting;gekalibreerd\n");
        var calibrated = run.Calibration.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var p in run.Model.Parameters.All)
        {
            var d = p.Distribution;
            var args = Enumerable.Range(0, 3).Select(i => d is not null && i < d.Arguments.Count ? N(d.Arguments[i]) : "");
            sb.Append(Cell(p.Name)).Append(';').Append(N(p.Value)).Append(';').Append(Cell(p.Unit)).Append(';').Append(Cell(p.Source)).Append(';')
              .Append(p.IsAssumption ? "ja" : "nee").Append(';').Append(d is null ? "" : d.Kind.ToString().ToLowerInvariant()).Append(';')
              .Append(string.Join(";", args)).Append(';').Append(Cell(d?.Group)).Append(';').Append(Cell(p.Note)).Append(';')
              .Append(calibrated.Contains(p.Name) ? "ja" : "nee").Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>The Dutch comparison text (Markdown), or the message that there is nothing to compare with.</summary>
    public static string ComparisonText(MonitorRun run)
    {
        var sb = new StringBuilder("# Monitorupdate: vergelijking met de vorige run\n\n");
        if (Notice(run) is { } n) sb.Append("**").Append(n).Append("**\n\n");
        sb.Append("Monitorbestand: ").Append(Path.GetFileName(run.Data.File)).Append(" (").Append(RegionCode.Describe(run.Data.Region)).Append(", jaren ")
          .Append(string.Join(", ", run.Data.Years)).Append(run.Data.HasProvisional ? "; * = voorlopig" : "").Append(").\n\n");
        if (run.Data.Warnings.Count > 0)
        {
            sb.Append("## Waarschuwingen bij de monitorcijfers\n\n");
            foreach (var w in run.Data.Warnings) sb.Append("- ").Append(w).Append('\n');
            sb.Append('\n');
        }
        var cal = run.Calibration;
        sb.Append("## Herkalibratie\n\n");
        sb.Append($"{cal.ObservationCount} waargenomen cijfers, {cal.Parameters.Count} parameters; gewogen kwadratensom {DutchFormat.Number(cal.ObjectiveBefore, 1)} → {DutchFormat.Number(cal.ObjectiveAfter, 1)}. {cal.PopulationNote}\n\n");
        sb.Append(ModelVersionText(run)).Append(".\n\n");
        if (cal.Warnings.Count > 0)
        {
            sb.Append("### LET OP: deze kalibratie is niet te verdedigen zoals hij is\n\n");
            foreach (var w in cal.Warnings) sb.Append("- **").Append(w).Append("**\n");
            sb.Append("\nDeze waarschuwingen staan ook in model/model.json; elke analyse op dit gekalibreerde model (batch, report) herhaalt ze onder 'Let op'.\n\n");
        }
        else sb.Append("Geen parameter op een grens en elke indicator binnen zijn ruis.\n\n");
        sb.Append(cal.ObjectiveText).Append("\n\n");
        sb.Append("| parameter | was | nu | standaardfout | grenzen | prior (midden ± spreiding) | aandeel prior | beoordeling |\n|---|---:|---:|---:|---|---|---:|---|\n");
        foreach (var p in cal.Parameters)
            sb.Append($"| {p.Name} | {DutchFormat.Number(p.Before, 4)} | {DutchFormat.Number(p.After, 4)}{(p.AtBound ? " (op de grens)" : "")} | {(double.IsFinite(p.StandardError) ? DutchFormat.Number(p.StandardError, 4) : "n.v.t.")} | {DutchFormat.Number(p.Lower, 3)} – {DutchFormat.Number(p.Upper, 3)} | {(p.Prior is { } pr ? $"{DutchFormat.Number(pr.Mean, 4)} ± {DutchFormat.Number(pr.Sd, 4)}" : "geen")} | {(double.IsFinite(p.PriorShare) ? DutchFormat.Percent(p.PriorShare) : "n.v.t.")} | {CalibrationRendering.Verdict(p)} |\n");
        sb.Append("\n| indicator | cijfers | buiten 2× de ruis | grootste afwijking (× ruis) | beoordeling |\n|---|---:|---:|---:|---|\n");
        foreach (var c in cal.NoiseChecks)
            sb.Append($"| {c.Label} | {c.Figures} | {c.BeyondNoise} | {DutchFormat.Number(c.MaxAbsResidual, 1)} ({c.Worst.Band}, {c.Worst.Year}) | {(c.WithinNoise ? "binnen de ruis" : "mist de cijfers")} |\n");
        sb.Append("\nAfwijking van de fit per indicator (som |waargenomen − model| / som waargenomen): ")
          .Append(string.Join(", ", cal.RelativeDeviation.Select(kv => $"{kv.Key} {DutchFormat.Percent(kv.Value)}"))).Append(". Details per leeftijdsgroep en jaar (met de afwijking in ruiseenheden): kalibratie.csv en rapport.html.\n");
        foreach (var note in cal.NotFittedNotes) sb.Append("- ").Append(note).Append('\n');
        foreach (var note in cal.IdentificationNotes) sb.Append("- ").Append(note).Append('\n');
        sb.Append('\n');
        if (run.Comparison is null)
        {
            sb.Append("Geen vorige run opgegeven (--previous): er is niets om mee te vergelijken. Bewaar deze map en geef hem volgend jaar mee met --previous.\n");
            return sb.ToString();
        }
        sb.Append(run.Comparison.ToMarkdown(run.Suppression));
        return sb.ToString();
    }

    /// <summary>
    /// The content of <see cref="ReportHtml"/>: warnings on the monitor figures, the calibrated model version, the
    /// calibration, the results per scenario and payer, the wijken and the comparison with the previous run; all in Dutch.
    /// Its charts load <paramref name="plotly"/> (null = the CDN).
    /// </summary>
    public static string ToHtml(MonitorRun run, PlotlyScriptSource? plotly = null)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? string.Empty);
        var h = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Monitorupdate</title>")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:2px 6px}.illustratief{background:#fff3cd;padding:.5em}</style>")
            .Append((plotly ?? PlotlyScriptSource.Cdn).ToScriptTag()).Append("</head><body>");
        h.Append("<h1>Monitorupdate ").Append(E(RegionCode.Describe(run.Data.Region))).Append("</h1>");
        if (Notice(run) is { } n) h.Append("<p class=\"illustratief\"><strong>").Append(E(n)).Append("</strong></p>");
        h.Append("<p>Aantallen onder ").Append(run.Suppression.Threshold).Append(" worden niet getoond (").Append(E(run.Suppression.SmallText)).Append("); '.' = onbekend.</p>");
        if (run.Data.Warnings.Count > 0)
        {
            h.Append("<h2>Waarschuwingen bij de monitorcijfers</h2><ul>");
            foreach (var w in run.Data.Warnings) h.Append("<li>").Append(E(w)).Append("</li>");
            h.Append("</ul>");
        }
        h.Append("<p><strong>").Append(E(ModelVersionText(run))).Append(".</strong></p>");
        h.Append(run.Calibration.ToHtml(run.Suppression));
        h.Append("<h3>Waargenomen en model per indicator</h3><p>Per leeftijdsgroep en jaar het waargenomen aantal en het aantal van het gekalibreerde model, met de ruisband (± 2 × √(model + 25/12)). Een waargenomen staaf buiten de band is een cijfer dat het model niet volgt.</p>");
        var charts = run.Calibration.Charts(run.Suppression);
        for (var i = 0; i < charts.Count; i++) h.Append(charts[i].ToHtmlFragment($"kalibratie-{i + 1}"));
        h.Append("<h2>Resultaten per scenario en betaler</h2><table><thead><tr><th>scenario</th><th>betaler/toestand</th><th>maat</th><th>waarde</th></tr></thead><tbody>");
        foreach (var l in run.Results)
            h.Append("<tr><td>").Append(E(l.Scenario)).Append("</td><td>").Append(E(l.SubjectLabel)).Append("</td><td>").Append(E(l.MeasureLabel))
             .Append("</td><td style=\"text-align:right\">").Append(E(RunComparison.Format(l.Value, l.Unit, run.Suppression))).Append("</td></tr>");
        h.Append("</tbody></table>");
        if (run.Wijken is { } wijken) h.Append(wijken.ToHtml(run.Suppression));
        if (run.Comparison is null) h.Append("<p>Geen vorige run opgegeven: er is niets om mee te vergelijken.</p>");
        else h.Append(run.Comparison.ToHtml(run.Suppression));
        h.Append("</body></html>");
        return h.ToString();
    }

    /// <summary>
    /// The content of <see cref="Workbook"/>: sheets Toelichting, Kalibratie, Parameters, Resultaten, the wijk sheets
    /// when present, and Vergelijking (only the results that moved); each sheet starts with the notice when the data are illustrative.
    /// </summary>
    public static XlsxWorkbook ToWorkbook(MonitorRun run)
    {
        var s = run.Suppression;
        var wb = new XlsxWorkbook();
        var notice = Notice(run);
        void Banner(XlsxSheet sheet) { if (notice is not null) sheet.AddRow(notice); }

        var info = wb.AddSheet("Toelichting", "onderwerp", "waarde");
        Banner(info);
        info.AddRow("monitorbestand", Path.GetFileName(run.Data.File));
        info.AddRow("regio", RegionCode.Describe(run.Data.Region));
        info.AddRow("jaren", string.Join(", ", run.Data.Years));
        info.AddRow("drempel kleine aantallen", $"aantallen onder {s.Threshold} worden getoond als {s.SmallText}; '.' = onbekend");
        info.AddRow("versie", run.Manifest.Version);
        info.AddRow("seed", run.Manifest.Seed.ToString(CultureInfo.InvariantCulture));
        info.AddRow("gekalibreerd model", ModelVersionText(run));
        info.AddRow("vergelijking", run.Comparison is null ? "geen vorige run: niets om mee te vergelijken" : $"vorige run: {run.Comparison.Previous.Directory}");

        var fit = wb.AddSheet("Kalibratie", "indicator", "leeftijd", "jaar", "waargenomen", "model", "verschil", "in de fit");
        Banner(fit);
        foreach (var f in run.Calibration.Fits)
            fit.AddRow(f.IndicatorLabel, f.Band, f.Year + (f.Provisional ? "*" : ""), s.Cell(f.Observed), s.Cell(f.Fitted),
                s.Difference(f.Observed, f.Fitted) is { } d ? XlsxCell.Of(Math.Round(d), XlsxNumberFormat.Integer) : XlsxCell.Of("."), f.InObjective ? "ja" : "nee");

        var par = wb.AddSheet("Parameters", "parameter", "was", "nu", "standaardfout", "bron");
        Banner(par);
        foreach (var p in run.Calibration.Parameters)
            par.AddRow(p.Name, XlsxCell.Of(p.Before, XlsxNumberFormat.Decimal), XlsxCell.Of(Math.Round(p.After, 5)), XlsxCell.Of(double.IsFinite(p.StandardError) ? Math.Round(p.StandardError, 5) : null), p.Source);
        foreach (var u in run.PopulationUpdates)
            par.AddRow(u.Name, XlsxCell.Empty, s.Cell(u.Value), XlsxCell.Empty, u.Source);

        var res = wb.AddSheet("Resultaten", "scenario", "betaler/toestand", "maat", "waarde");
        Banner(res);
        foreach (var l in run.Results)
            res.AddRow(l.Scenario, l.SubjectLabel, l.MeasureLabel, l.Unit == ResultLine.Euro ? XlsxCell.Of(l.Value, XlsxNumberFormat.Euro) : s.Cell(l.Value));

        run.Wijken?.AddTo(wb, s, notice);

        var cmp = wb.AddSheet("Vergelijking", "scenario", "betaler/toestand", "maat", "vorige run", "deze run", "verschil", "vooral door");
        Banner(cmp);
        if (run.Comparison is null) cmp.AddRow("Geen vorige run opgegeven: er is niets om mee te vergelijken.");
        else
            foreach (var r in run.Comparison.Results.Where(RunComparison.Moved))
                cmp.AddRow(r.Current.Scenario, r.Current.SubjectLabel, r.Current.MeasureLabel,
                    r.Current.Unit == ResultLine.Euro ? XlsxCell.Of(r.Previous?.Value, XlsxNumberFormat.Euro) : s.Cell(r.Previous?.Value),
                    r.Current.Unit == ResultLine.Euro ? XlsxCell.Of(r.Current.Value, XlsxNumberFormat.Euro) : s.Cell(r.Current.Value),
                    RunComparison.FormatDelta(r, s), RunComparison.MainCauses(r, s));
        return wb;
    }
}
