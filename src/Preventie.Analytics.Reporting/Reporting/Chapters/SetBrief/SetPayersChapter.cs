using Preventie.Analytics.Analysis;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// Raadsversie of the set, chapter 3 "Wie betaalt, wie wint": per scenario the net result of each payer group and of all
/// payers together, and of each municipal budget (the comparisons, as in each scenario's raadsversie), with the scenarios
/// whose budgets shift money (<see cref="BriefPayersChapter.Shifts"/>) that the municipal total hides.
/// </summary>
public sealed class SetPayersChapter : IReportChapter<BatchAnalysis>
{
    /// <summary>The chapter's heading.</summary>
    public const string Heading = BriefPayersChapter.Heading;

    /// <inheritdoc />
    public ReportSection? Build(BatchAnalysis analysis)
    {
        var comparisons = analysis.Scenarios.Select(a => a.Comparison).ToList();
        if (comparisons.Count == 0) return null;
        var section = new ReportSection(Heading).WithTable(Table(analysis));
        if (comparisons[0].PayerSet.OwnGroup.Members.Count < 2) return section;
        section = section.WithTable(BudgetTable(analysis));
        var shifting = analysis.Scenarios.Where(a => BriefPayersChapter.Shifts(a.Comparison) is not null).Select(a => $"'{a.Comparison.Scenario.ScenarioName}'").ToList();
        return shifting.Count == 0 ? section
            : section.WithParagraph(shifting.Count == comparisons.Count
                ? $"In elk scenario verschuift geld tussen de budgetten van de gemeente: het ene houdt geld over, het andere heeft extra geld nodig. De kolom '{comparisons[0].PayerSet.OwnGroup.Label}' hierboven telt ze op en verbergt dat."
                : $"Bij {DutchList.Join(shifting)} verschuift geld tussen de budgetten van de gemeente: het ene houdt geld over, het andere heeft extra geld nodig. De kolom '{comparisons[0].PayerSet.OwnGroup.Label}' hierboven telt ze op en verbergt dat.");
    }

    /// <summary>Per scenario the net result (discounted) of each municipal budget, so the shifts inside the municipality show.</summary>
    public static ReportTable BudgetTable(BatchAnalysis analysis)
    {
        var comparisons = analysis.Scenarios.Select(a => a.Comparison).ToList();
        var budgets = comparisons[0].PayerSet.OwnGroup.Members;
        return new ReportTable($"Per saldo per budget van de gemeente, {comparisons[0].Years[0]}–{comparisons[0].Years[^1]}",
                new[] { "Scenario" }.Concat(budgets.Select(p => Capitalised(BriefPayersChapter.BudgetName(p)))).ToArray())
            .WithRows(comparisons.Select(c => new[] { (ReportCell)c.Scenario.ScenarioName }
                .Concat(budgets.Select(p => ReportCell.Euro(c.For(p).NetBenefitDiscounted))).ToArray()));
    }

    /// <summary>Per scenario the net result (discounted) of each payer group of the model and of all payers together.</summary>
    public static ReportTable Table(BatchAnalysis analysis)
    {
        var comparisons = analysis.Scenarios.Select(a => a.Comparison).ToList();
        var groups = comparisons[0].PayerSet.Groups;
        return new ReportTable($"Per saldo per betaler, {comparisons[0].Years[0]}–{comparisons[0].Years[^1]}",
                new[] { "Scenario" }.Concat(groups.Select(g => g.ShortLabel)).Append("Alle betalers").ToArray())
            .WithRows(comparisons.Select(c => new[] { (ReportCell)c.Scenario.ScenarioName }
                .Concat(c.GroupsAndTotal.Select(o => ReportCell.Euro(o.NetBenefitDiscounted))).ToArray()))
            .WithNote("Met de uitgangswaarden van de berekening" +
                      (analysis.Scenarios.Any(a => a.Psa is not null) ? ", dus iets anders dan 'naar verwachting' hierboven" : "") +
                      ". Negatief: de betaler legt per saldo geld toe.");
    }

    private static string Capitalised(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
