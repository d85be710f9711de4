using Preventie.Analytics.Analysis;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Reporting;

/// <summary>"Per jaar": costs per payer per year (chart), the net result per year nominal and discounted, and per
/// municipal budget.</summary>
public sealed class YearsChapter : IReportChapter<ScenarioAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(ScenarioAnalysis analysis) => Section(analysis.Comparison);

    private static ReportSection Section(ScenarioComparison comparison) =>
        new ReportSection("Per jaar")
            .WithFigure(PayerCharts.CostsPerYear(comparison),
                "Kosten per betaler per jaar (zorg en interventies, nominaal). Doorgetrokken: scenario; gestreept: vergelijking. Let op: elke betaler heeft zijn eigen schaal.")
            .WithTable(NetBenefitPerYearTable(comparison, discounted: false))
            .WithTable(NetBenefitPerYearTable(comparison, discounted: true))
            .WithTable(MunicipalBudgetsPerYearTable(comparison));

    /// <summary>The payer groups of the per-year tables: the municipality, the other groups (Zvw, Wlz…) and all payers.</summary>
    private static IReadOnlyList<PayerOutcome> YearColumns(ScenarioComparison c) => c.GroupsAndTotal;

    /// <summary>Net benefit per year (rows) per payer group (columns), nominal or discounted, with a total row.</summary>
    public static ReportTable NetBenefitPerYearTable(ScenarioComparison comparison, bool discounted) =>
        PerYearTable(comparison, YearColumns(comparison), discounted,
            discounted ? "Netto per jaar (contant)" : "Netto per jaar (nominaal)")
            .WithSheetName(discounted ? "Netto per jaar contant" : "Netto per jaar nominaal");

    /// <summary>Net benefit per year of each municipal budget (nominal), with the municipality's total.</summary>
    public static ReportTable MunicipalBudgetsPerYearTable(ScenarioComparison comparison) =>
        PerYearTable(comparison, comparison.PayerSet.OwnGroup.Members.Select(comparison.For).Append(comparison.Gemeente).ToList(), false,
            "Gemeentebudgetten per jaar", "Netto resultaat per gemeentelijk budget per jaar (nominaal)")
            .WithSheetName("Gemeentebudgetten per jaar");

    private static ReportTable PerYearTable(ScenarioComparison comparison, IReadOnlyList<PayerOutcome> columns, bool discounted, string caption,
        string notePrefix = "Netto resultaat per betaler per jaar")
    {
        var header = new[] { "Jaar" }.Concat(columns.Select(o => ColumnLabel(comparison, o))).ToArray();
        var table = new ReportTable(caption, header);
        var values = columns.Select(o => discounted ? comparison.NetBenefitByYearDiscounted(o) : o.NetBenefitByYear).ToList();
        for (var t = 0; t < comparison.Years.Count; t++)
            table = table.WithRow([ReportCell.Year(comparison.Years[t].Value), .. values.Select(v => ReportCell.Euro(v[t]))]);
        table = table.WithRow([(ReportCell)"Totaal", .. columns.Select(o => ReportCell.Euro(discounted ? o.NetBenefitDiscounted : o.NetBenefitNominal))]);
        return table.WithNote(notePrefix.TrimEnd(':', ' ') + " = vermeden zorgkosten min extra uitgaven aan preventie; positief = de betaler houdt geld over." +
                              (discounted ? $" Contant: elk jaar teruggerekend naar {comparison.Years[0]} met {DutchFormat.Percent(comparison.DiscountRate, 2)} per jaar." : ""));
    }

    /// <summary>A short column header: "Wmo", "Zvw", "Gemeente totaal", "Alle betalers".</summary>
    private static string ColumnLabel(ScenarioComparison comparison, PayerOutcome o)
    {
        var row = Enumerable.Range(0, comparison.Rows.Count).FirstOrDefault(i => ReferenceEquals(comparison.Rows[i], o), -1);
        var rows = comparison.PayerSet.Rows;
        if (row == rows.Total || row < 0) return o.Label;
        if (rows.IsPayer(row)) return comparison.PayerSet[row].ShortLabel;
        return comparison.PayerSet.Groups.First(g => rows.Of(g) == row).Label + " totaal";
    }
}
