using Preventie.Analytics.Analysis;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.States;

namespace Preventie.Analytics.Reporting;

/// <summary>"Inwoners en hun behoefte aan ondersteuning": the population pyramid, the need tiers over time, the
/// person-years per tier and the self-reliant life expectancy.</summary>
public sealed class PopulationChapter : IReportChapter<ScenarioAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(ScenarioAnalysis analysis) => Section(analysis.Comparison);

    private static ReportSection Section(ScenarioComparison comparison) =>
        new ReportSection("Inwoners en hun behoefte aan ondersteuning")
            .WithParagraph("Het model volgt de inwoners van jaar tot jaar: zelfredzaam, tijdelijk ondersteund of blijvend ondersteund. " +
                           "De verschillen tussen de scenario's zijn klein ten opzichte van de hele bevolking; de tabel geeft ze precies.")
            .WithFigure(PopulationCharts.Pyramid(comparison.Scenario),
                $"Scenario '{comparison.Scenario.ScenarioName}'. Links de inwoners aan het begin, rechts aan het eind van de looptijd, per leeftijdsgroep.")
            .WithFigure(PopulationCharts.NeedTiersOverTime(comparison.Scenario, comparison.Comparator),
                "Aantal inwoners per behoefte aan ondersteuning op 1 januari van elk jaar.")
            .WithTable(PersonYearsTable(comparison))
            .WithTable(LifeExpectancyTable(comparison));

    /// <summary>
    /// Zelfredzame levensverwachting per age band, scenario against comparator (see
    /// <see cref="ScenarioComparison.SelfReliantLifeExpectancy"/>), and the zelfredzame levensjaren gained over the
    /// horizon, undiscounted and discounted.
    /// </summary>
    public static ReportTable LifeExpectancyTable(ScenarioComparison comparison)
    {
        var table = new ReportTable("Zelfredzame levensverwachting per leeftijdsgroep (jaren)",
            "Leeftijd", comparison.Scenario.ScenarioName, comparison.Comparator.ScenarioName, "Verschil");
        foreach (var (band, scenario, comparator) in comparison.SelfReliantLifeExpectancy)
            table = table.WithRow(band.Code, ReportCell.Number(scenario, 2), ReportCell.Number(comparator, 2), ReportCell.Number(scenario - comparator, 3));
        return table.WithSheetName("Zelfredzame levensverwachting").WithNote("Het verwachte aantal jaren zonder ondersteuning voor een inwoner uit die leeftijdsgroep, vanaf het startjaar, " +
                              "als de kansen van het scenario blijven gelden (zoals de gezonde levensverwachting). Zelfredzame levensjaren gewonnen over de looptijd: " +
                              $"{DutchFormat.Number(comparison.SelfReliantYearsGained, 1)} onverdisconteerd, {DutchFormat.Number(comparison.SelfReliantYearsGainedDiscounted, 1)} contant " +
                              $"(verdisconteerd zoals de kosten, {DutchFormat.Percent(comparison.DiscountRate, 2)}).");
    }

    /// <summary>Person-years per need tier over the horizon: scenario, comparator and difference.</summary>
    public static ReportTable PersonYearsTable(ScenarioComparison comparison)
    {
        var table = new ReportTable("Levensjaren per behoefte",
            "Behoefte", comparison.Scenario.ScenarioName, comparison.Comparator.ScenarioName, "Verschil");
        foreach (var tier in PopulationCharts.LivingTiers)
            table = table.WithRow(PopulationCharts.Capitalise(tier.DutchLabel()),
                ReportCell.Number(comparison.Scenario.PersonYears(tier), 1), ReportCell.Number(comparison.Comparator.PersonYears(tier), 1),
                ReportCell.Number(comparison.PersonYearsGained[tier], 1));
        return table.WithSheetName("Levensjaren per behoefte").WithNote("Levensjaren over de hele looptijd: het aantal inwoners maal de tijd die zij in die toestand doorbrengen, opgeteld over alle jaren.");
    }
}
