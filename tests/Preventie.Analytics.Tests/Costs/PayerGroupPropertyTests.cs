using FsCheck.Xunit;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Costs;

/// <summary>
/// On random models with random payer sets (1-6 payers, an own-budget group, other groups of one or more payers): the
/// comparison has one row per payer, one per group of several payers (the own group always) and the total; a group's
/// row is the sum of its payers' rows and the total the sum of all payers, year by year.
/// </summary>
public class PayerGroupPropertyTests
{
    [Property(MaxTest = 60)]
    public bool Group_rows_are_the_sums_of_their_payers(Guid seed)
    {
        var (model, scenario) = RandomModels.Create(seed.GetHashCode());
        var payers = model.Payers;
        var comparator = scenario with { Name = "zonder interventies", Interventions = [] };
        var cmp = ScenarioComparison.Create(new CompiledScenario(model, scenario).RunWithTrace(), new CompiledScenario(model, comparator).RunWithTrace());
        var aggregates = payers.Groups.Count(g => g.IsOwnBudget || g.Members.Count > 1);
        if (cmp.Rows.Count != payers.Count + aggregates + 1 || cmp.Payers.Count != payers.Count) return false;
        if (!ReferenceEquals(cmp.For(payers.OwnGroup), cmp.Gemeente)) return false;
        static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a));
        for (var t = 0; t < cmp.Years.Count; t++)
        {
            foreach (var g in payers.Groups)
            {
                var row = cmp.For(g);
                if (!Close(g.Members.Sum(p => cmp.For(p).SavingsByYear[t]), row.SavingsByYear[t])) return false;
                if (!Close(g.Members.Sum(p => cmp.For(p).InvestmentByYear[t]), row.InvestmentByYear[t])) return false;
            }
            if (!Close(cmp.Payers.Sum(o => o.SavingsByYear[t]), cmp.Total.SavingsByYear[t])) return false;
            if (!Close(cmp.Payers.Sum(o => o.InvestmentByYear[t]), cmp.Total.InvestmentByYear[t])) return false;
        }
        return cmp.GroupsAndTotal.Count == payers.Groups.Count + 1;
    }
}
