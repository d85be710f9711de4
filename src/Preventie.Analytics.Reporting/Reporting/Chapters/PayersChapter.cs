using Preventie.Analytics.Analysis;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Reporting;

/// <summary>"Wie betaalt, wie bespaart": per payer the investment, the avoided care costs and the net result (chart
/// and table), and the cumulative net result per year.</summary>
public sealed class PayersChapter : IReportChapter<ScenarioAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(ScenarioAnalysis analysis) => Section(analysis.Comparison);

    private static ReportSection Section(ScenarioComparison comparison) =>
        new ReportSection("Wie betaalt, wie bespaart")
            .WithParagraph("Per betaler: wat hij extra uitgeeft aan preventie (investering), wat hij minder kwijt is aan zorg (vermeden zorgkosten) en het verschil (netto). " +
                           "Een bezuiniging op bestaande activiteiten telt als negatieve investering; meer zorgkosten als negatieve besparing.")
            .WithFigure(PayerCharts.NetBenefitPerPayer(comparison),
                "Contante waarden over de hele looptijd. Rood omlaag: investering; groen omhoog: vermeden zorgkosten; ruit: netto.")
            .WithTable(PayerSummaryTable(comparison))
            .WithFigure(PayerCharts.CumulativeNetBenefit(comparison),
                "Opgeteld netto resultaat tot en met elk jaar (nominaal, zoals in de begroting). Waar de lijn boven nul komt en blijft, is de investering terugverdiend.");

    /// <summary>Per payer (and the municipality and all payers together): investment, savings and net, discounted and nominal, return per euro, break-even year.</summary>
    public static ReportTable PayerSummaryTable(ScenarioComparison comparison)
    {
        var table = new ReportTable("Resultaat per betaler (contant)",
            "Betaler", "Investering", "Besparing", "Netto", "Netto nominaal", "Per euro", "Terugverdiend");
        foreach (var o in comparison.Rows)
            table = table.WithRow(o.Label, ReportCell.Euro(o.InvestmentDiscounted), ReportCell.Euro(o.SavingsDiscounted),
                ReportCell.Euro(o.NetBenefitDiscounted), ReportCell.Euro(o.NetBenefitNominal),
                o.ReturnPerEuro is { } r ? ReportCell.Euro(r, 2) : "n.v.t.",
                o.BreakEvenYear is { } year ? ReportCell.Year(year.Value) : o.IsUninvolved ? "–" : "niet binnen looptijd");
        return table.WithSheetName("Resultaat per betaler").WithNote($"Investering, besparing en netto zijn contante waarden: teruggerekend naar {comparison.Years[0]} met {DutchFormat.Percent(comparison.DiscountRate, 2)} per jaar " +
                              "(het eerste jaar telt volledig). Netto nominaal: de jaarbedragen opgeteld, zoals in de begroting. Per euro: besparing per geïnvesteerde euro. " +
                              "Terugverdiend: het eerste jaar vanaf wanneer het opgetelde netto resultaat positief is en blijft.");
    }
}
