using System.Collections.Immutable;
using Preventie.Analytics.Analysis;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// The council report (raadsrapportage): a scenario against its comparator as one Dutch <see cref="ReportDocument"/>:
/// the conclusion in plain words generated from the numbers, the charts, tables per payer per year (nominal and
/// discounted), every assumption (model parameters marked <c>aanname</c> and assumed scenario values), the data sources
/// and the run metadata with the SHA-256 of every input file.
/// <code>
/// var report = CouncilReport.Create("data/parameters", "data/scenarios/verschuiven-naar-voorliggend.yaml", "data/scenarios/basis.yaml");
/// report.Save("rapport.html");           // offline: plotly.js inlined from node_modules
/// report.SaveWorkbook("rapport.xlsx");   // the tables
/// </code>
/// In a notebook: <c>CouncilReport.Build(analysis)</c> on an analysis you already have (<see cref="AnalysisRunner"/>).
/// The document is its header (title, subtitle, run metadata), the chapters of <see cref="Chapters"/> in order (each a
/// pure function of the analysis, see <see cref="IReportChapter{TAnalysis}"/>), the assumptions and the data sources.
/// </summary>
public static class CouncilReport
{
    /// <summary>
    /// Loads the model in <paramref name="modelDirectory"/> and both scenarios (<see cref="AnalysisInputs"/>), analyses
    /// them (<see cref="AnalysisRunner"/>) and builds the report: a convenience over the one path, for notebooks.
    /// </summary>
    /// <exception cref="Input.DataValidationException">Bad input (Dutch messages naming file, row and field).</exception>
    public static ReportDocument Create(string modelDirectory, string scenarioFile, string comparatorFile, AnalysisOptions? options = null) =>
        Build(AnalysisRunner.Run(modelDirectory, scenarioFile, comparatorFile, options ?? new AnalysisOptions()));

    /// <summary>
    /// The chapters of the council report, in order: Conclusie, Let op, Wie betaalt wie bespaart, Per jaar, Inwoners,
    /// Per wijk, Het huidige preventieaanbod, Hoe zeker is dit?, Bijlage, Begrippen. "Waar investeren?" is for the whole
    /// set, its own document (<see cref="InvestmentDocument"/>), not repeated per scenario. A chapter that does not
    /// apply to an analysis (no warnings, no wijk file…) is left out. Pass a changed list to
    /// <see cref="Build(ScenarioAnalysis, IEnumerable{IReportChapter{ScenarioAnalysis}})"/> to add one.
    /// </summary>
    public static ImmutableList<IReportChapter<ScenarioAnalysis>> Chapters { get; } =
    [
        new ConclusionChapter(),
        new WarningsChapter(),
        new PayersChapter(),
        new YearsChapter(),
        new PopulationChapter(),
        new WijkChapter(),
        new InventoryChapter(),
        new UncertaintyChapter(),
        new AppendixChapter(),
        new GlossaryChapter(full: true),
    ];

    /// <summary>
    /// The council report of one analysis with the shipped <see cref="Chapters"/>: every number comes from
    /// <paramref name="analysis"/> (the city figures are its <see cref="ScenarioAnalysis.Comparison"/>, the sum over the
    /// wijken when there is a wijk file; the uncertainty its PSA and one-way analysis; the "Let op" items its warnings;
    /// the metadata its input hashes and model version). Nothing is computed here.
    /// </summary>
    public static ReportDocument Build(ScenarioAnalysis analysis) => Build(analysis, Chapters);

    /// <summary>
    /// The council report of one analysis with <paramref name="chapters"/> in their order: the header and metadata,
    /// each chapter's section (when it applies) and data sources, then the assumptions and the data sources of the
    /// scenarios and the inventory.
    /// </summary>
    public static ReportDocument Build(ScenarioAnalysis analysis, IEnumerable<IReportChapter<ScenarioAnalysis>> chapters)
    {
        var comparison = analysis.Comparison;
        var s = comparison.Scenario;
        var c = comparison.Comparator;
        var metadata = analysis.Metadata
            .WithExtra("Scenario", s.ScenarioName)
            .WithExtra("Vergeleken met", c.ScenarioName)
            .WithExtra("Jaren", $"{comparison.Years[0]}–{comparison.Years[^1]}")
            .WithExtra("Discontovoet", DutchFormat.Percent(comparison.DiscountRate, 2))
            .WithExtra("Onzekerheidsanalyse", UncertaintyStatus(analysis.Uncertainty?.Settings));

        var report = new ReportDocument($"Preventie: wat levert '{s.ScenarioName}' op, en voor wie?", metadata)
            .WithSubtitle($"Bijlage bij de raadsversie: de volledige berekening. Scenario '{s.ScenarioName}' vergeleken met '{c.ScenarioName}', {comparison.Years[0]}–{comparison.Years[^1]}.")
            .WithChapters(analysis, chapters)
            .WithAssumptions(Assumptions(comparison))
            .WithDraws(analysis.Uncertainty?.Settings.Draws);
        foreach (var source in DataSources(comparison, analysis.Inventory)) report = report.WithDataSource(source);
        return report;
    }

    private static string UncertaintyStatus(PsaOptions? psa) => psa is not null
        ? $"{DutchFormat.Count(psa.Draws, "trekking", "trekkingen")} (PSA), seed {psa.Seed}; eenzijdige gevoeligheidsanalyse op het 5e en 95e percentiel"
        : "niet gevraagd";

    /// <summary>
    /// Every assumption: each model parameter marked as an assumption (<see cref="Parameter.IsAssumption"/>), then each
    /// assumed value in the scenario and the comparator (reach, neighbourhood share, effects, costs of interventions).
    /// </summary>
    public static IReadOnlyList<ReportAssumption> Assumptions(ScenarioComparison comparison)
    {
        var model = comparison.Scenario.Compiled.Model;
        var list = model.Parameters.All.Where(p => p.IsAssumption)
            .Select(p => new ReportAssumption(p.Name, FormatValue(p.Value, p.Unit), p.Note ?? p.Source ?? "aanname van de modelmakers") { Number = p.Value, Unit = p.Unit?.Trim() })
            .ToList();
        foreach (var result in new[] { comparison.Scenario, comparison.Comparator })
        {
            var scenario = result.Compiled.Scenario;
            foreach (var iv in scenario.Interventions)
            {
                var prefix = $"{scenario.Name} – {iv.Name}: ";
                void Add(string what, SourcedValue value, string unit)
                {
                    if (!value.IsAssumption) return;
                    var v = result.ValueOf(value);
                    var rationale = value.Expression.IsConstant
                        ? "aanname in het scenariobestand"
                        : $"parameter {value.Expression.Text} (aanname)";
                    if (!string.IsNullOrWhiteSpace(value.Note)) rationale += ": " + value.Note.Trim();
                    list.Add(new ReportAssumption(prefix + what, FormatValue(v, unit), rationale) { Number = v, Unit = unit });
                }
                Add("bereik", iv.Reach, "aandeel");
                Add("wijkaandeel", iv.NeighbourhoodShare, "aandeel");
                foreach (var e in iv.Effects)
                    Add(e.Kind.Describe(model.States[e.From].Name, model.States[e.To].Name), e.Size, e.Kind.SizeUnit);
                foreach (var cost in iv.Costs)
                    Add($"kosten {cost.Payer.Label}", cost.AmountPerYear, "euro per jaar");
            }
        }
        return list;
    }

    /// <summary>
    /// The data sources: each model parameter with a source (value and source; "deels aanname" when the value also rests on an assumption), each sourced value in the scenarios, and the
    /// inventory file when given.
    /// </summary>
    public static IReadOnlyList<ReportDataSource> DataSources(ScenarioComparison comparison, Inventory.PreventionInventory? inventory = null)
    {
        var model = comparison.Scenario.Compiled.Model;
        var list = model.Parameters.All.Where(p => !string.IsNullOrWhiteSpace(p.Source))
            .Select(p => new ReportDataSource(p.Name, FormatValue(p.Value, p.Unit) + (p.IsAssumption ? " (deels aanname)" : ""), p.Source)
                { Number = p.Value, Unit = ((p.Unit?.Trim() ?? "") + (p.IsAssumption ? " (deels aanname)" : "")).Trim() })
            .ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in new[] { comparison.Scenario, comparison.Comparator })
            foreach (var iv in result.Compiled.Scenario.Interventions)
                foreach (var cost in iv.Costs)
                {
                    var v = cost.AmountPerYear;
                    if (v.IsAssumption || !v.Expression.IsConstant || string.IsNullOrWhiteSpace(v.Source) || v.Source == "standaard") continue;
                    var name = $"{iv.Name}: kosten {cost.Payer.Label}";
                    if (seen.Add(name + v.Source))
                    {
                        var amount = result.ValueOf(v);
                        list.Add(new ReportDataSource(name, FormatValue(amount, "euro per jaar"), v.Source) { Number = amount, Unit = "euro per jaar" });
                    }
                }
        if (inventory is not null)
            list.Add(new ReportDataSource("Inventarisatie preventieactiviteiten", $"{DutchFormat.Count(inventory.Activities.Count, "activiteit", "activiteiten")} (dekking van het aanbod)",
                Path.GetFileName(inventory.Source)));
        return list;
    }

    /// <summary>A parameter value for readers: "4.560 euro per persoon per jaar", "0,035 kans per jaar", "−0,1" (one minus sign).</summary>
    private static string FormatValue(double value, string? unit)
    {
        var magnitude = Math.Abs(value);
        var number = (value < 0 ? DutchFormat.Minus.ToString() : "") +
                     (magnitude >= 100 ? DutchFormat.Number(magnitude) : magnitude.ToString("#,##0.####", DutchFormat.Culture));
        return string.IsNullOrWhiteSpace(unit) ? number : number + " " + unit.Trim();
    }
}
