using Preventie.Analytics.Analysis;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Reporting;

/// <summary>"Bijlage: kosten per betaler per jaar": the nominal costs per payer per year of the scenario and of the
/// comparator.</summary>
public sealed class AppendixChapter : IReportChapter<ScenarioAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(ScenarioAnalysis analysis) => Section(analysis.Comparison);

    private static ReportSection Section(ScenarioComparison comparison) =>
        new ReportSection("Bijlage: kosten per betaler per jaar")
            .WithTable(CostsPerYearTable(comparison.Scenario).WithSheetName("Kosten per jaar scenario"))
            .WithTable(CostsPerYearTable(comparison.Comparator).WithSheetName("Kosten per jaar vergelijking"));

    /// <summary>Nominal costs (care plus interventions) per year (rows) per payer (columns) of one simulation.</summary>
    public static ReportTable CostsPerYearTable(SimulationResult result)
    {
        var header = new[] { "Jaar" }.Concat(result.Payers.All.Select(p => p.ShortLabel)).ToArray();
        var table = new ReportTable($"Kosten per jaar – {result.ScenarioName}", header);
        for (var t = 0; t < result.Cycles; t++)
        {
            var costs = result.Payers.All.Select(p => result.Costs(p, t)).ToArray();
            table = table.WithRow(new ReportCell[] { ReportCell.Year(result.Years[t].Value) }
                .Concat(costs.Select(v => ReportCell.Euro(v))).ToArray());
        }
        var own = result.Payers.OwnGroup.Members.Select(p => p.ShortLabel).ToList();
        return table.WithSheetName("Kosten per jaar").WithNote("Kosten per betaler per jaar, nominaal: zorgkosten en kosten van interventies samen. " +
                              (own.Count == 1 ? $"{own[0]} is de begroting van de gemeente." : $"{DutchList.Join(own)} zijn budgetten van de gemeente."));
    }
}
