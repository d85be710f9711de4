using Preventie.Analytics.Analysis;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// "Per wijk": the analysis's per-wijk results (<see cref="ScenarioAnalysis.Wijken"/>) — what they mean, the table
/// (small counts suppressed) and the chart — and the wijk file as a data source; absent without a wijk file.
/// </summary>
public sealed class WijkChapter : IReportChapter<ScenarioAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(ScenarioAnalysis analysis) => analysis.Wijken is { } wijken ? Section(wijken) : null;

    /// <inheritdoc />
    public IEnumerable<ReportDataSource> DataSources(ScenarioAnalysis analysis) =>
        analysis.Wijken is { } wijken ? [DataSource(wijken)] : [];

    /// <inheritdoc />
    public IEnumerable<IReportBlock> Method(ScenarioAnalysis analysis) =>
        analysis.Wijken is { Uncertainty: not null } wijken
            ? [new ReportParagraph($"Per wijk: de onzekerheid per wijk (het 90%-interval en de kans in de wijktabel) komt uit {DutchFormat.Count(wijken.Draws, "trekking", "trekkingen")} " +
                                   $"met startwaarde van het toeval (seed) {wijken.Seed}; het interval loopt van het 5e tot het 95e percentiel van de trekkingen.")]
            : [];

    /// <summary>The council-report section: what the wijk results mean, the table (small counts suppressed) and the chart.</summary>
    public static ReportSection Section(WijkComparison wijken)
    {
        var targeted = new[] { wijken.CityComparison.Scenario, wijken.CityComparison.Comparator }
            .SelectMany(r => r.Compiled.Scenario.Interventions.Where(i => i.Wijken.Count > 0)
                .Select(i => $"'{i.Name}' werkt alleen in {string.Join(" en ", i.Wijken)} en bereikt daar {DutchFormat.Percent(r.ValueOf(i.Reach), 0)} van de doelgroep"))
            .Distinct().ToList();
        var best = wijken.Rows.OrderByDescending(r => r.NetTotal).First();
        var section = new ReportSection("Per wijk");
        if (wijken.IsIllustrative) section = section.WithIllustrativeNotice(WijkSet.IllustrativeNote, IllustrativeSubject);
        if (wijken.NeedNote() is { } needNote) section = section.WithParagraph(needNote);
        section = section.WithParagraph(
            $"Het model rekent per wijk ({wijken.Rows.Count} wijken uit {Path.GetFileName(wijken.Model.Wijken.File ?? "")}); de stad is de som van de wijken, " +
            "en alle stadscijfers in dit rapport zijn die som. " +
            (targeted.Count > 0 ? string.Join("; ", targeted) + ", en nergens anders. " + string.Concat(wijken.Warnings.Select(w => $"Let op: {w.Message}. "))
                : "Alle interventies werken in de hele stad; hun kosten zijn naar inwonertal over de wijken verdeeld. ") +
            BestWijkSentence(best.Wijk, best.NetTotal) +
            (wijken.Model.Migration is { } migration ? migration.Note(wijken.Model.Wijken) + " " : "Inwoners verhuizen in het model niet tussen wijken. ") +
            "Aantallen personen onder de 10 per wijk worden niet getoond (<10).");
        return section.WithTable(wijken.Table()).WithFigure(wijken.Chart(), "Netto baten per wijk, contante waarde; de stad is de som van de wijken.");
    }

    /// <summary>
    /// "De grootste netto baat voor alle betalers samen ligt in Rivierenwijk (€ 1,2 mln, contante waarde). " when the best
    /// wijk gains; "In geen enkele wijk houden alle betalers samen geld over; het kleinste verlies is in De Hoven (€ 42.708, contante waarde). "
    /// when every wijk loses (a "grootste baat" that is negative reads wrong).
    /// </summary>
    public static string BestWijkSentence(string wijk, double netTotal) => netTotal switch
    {
        >= 0.5 => $"De grootste netto baat voor alle betalers samen ligt in {wijk} ({DutchFormat.EuroCompact(netTotal)}, contante waarde). ",
        <= -0.5 => $"In geen enkele wijk houden alle betalers samen geld over; het kleinste verlies is in {wijk} ({DutchFormat.EuroCompact(-netTotal)}, contante waarde). ",
        _ => $"In geen enkele wijk houden alle betalers samen per saldo geld over; in {wijk} spelen zij quitte. ",
    };

    /// <summary>What is illustrative when the wijk figures are (the subject of the chapter's <see cref="ReportIllustrativeNotice"/>).</summary>
    public const string IllustrativeSubject = "de wijkcijfers";

    /// <summary>The wijk file as a data source, saying when its figures are illustrative.</summary>
    public static ReportDataSource DataSource(WijkComparison wijken) =>
        new("Wijkbestand", $"{wijken.Model.Wijken.Count} wijken, {DutchFormat.Number(wijken.Model.Wijken.TotalInhabitants)} inwoners" + (wijken.IsIllustrative ? "; illustratief, geen echte Deventer-cijfers" : "") +
            (wijken.Model.NeedFile is { } needFile ? $"; behoefte per wijk uit het behoeftemodel op {Path.GetFileName(needFile)}" : ""),
            wijken.Model.Wijken.File is { } f ? Path.GetFileName(f) : null);
}
