using Preventie.Analytics.Costs;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Population;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.States;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Tests.Simulation;

/// <summary>
/// Checks that follow from the structure of each shipped scenario (not from earlier output): the investment is the
/// funded amounts of the YAML, nothing differs before the first year an effect differs, and a scenario whose effects
/// can only keep people self-reliant gains self-reliant life-years in every year and has fewer people in maatwerk.
/// </summary>
public class ShippedScenarioSignTests
{
    private static string Basis => Path.Combine(TestModels.ScenarioDir, "basis.yaml");

    public static TheoryData<string> Pilots() =>
        new(Directory.GetFiles(TestModels.ScenarioDir, "*.yaml").Select(Path.GetFileName).OfType<string>().Where(f => f != "basis.yaml"));

    /// <summary>Σ over interventions of reach · wijk · intensity · size on (band, from, to) in a year, at the point values.</summary>
    private static Dictionary<(AgeBand, int, int, EffectKind), double> Effects(CompiledScenario c, CalendarYear year, double[] v)
    {
        var d = new Dictionary<(AgeBand, int, int, EffectKind), double>();
        foreach (var iv in c.Scenario.Interventions)
            foreach (var e in iv.Effects)
                foreach (var b in iv.TargetBands)
                {
                    var key = (b, e.From, e.To, e.Kind);
                    d[key] = d.GetValueOrDefault(key) + iv.Reach.Expression.Evaluate(v) * iv.NeighbourhoodShare.Expression.Evaluate(v) * iv.Intensity(year) * e.Size.Expression.Evaluate(v);
                }
        return d;
    }

    [Theory]
    [MemberData(nameof(Pilots))]
    public void Investment_is_the_funded_amounts_and_nothing_differs_before_the_first_differing_effect(string file)
    {
        var pair = ScenarioPair.Load(TestModels.DefaultModelDir, Path.Combine(TestModels.ScenarioDir, file), Basis);
        var cmp = pair.Compare();
        var v = pair.Model.Parameters.DefaultVector();
        double Funded(CompiledScenario c, Payer p, CalendarYear year) => c.Scenario.Interventions.Where(i => i.IsFunded(year))
            .SelectMany(i => i.Costs).Where(x => x.Payer == p).Sum(x => x.AmountPerYear.Expression.Evaluate(v));
        for (var t = 0; t < cmp.Years.Count; t++)
            foreach (var p in TestPayers.Deventer.All)
                Assert.Equal(Funded(pair.Scenario, p, cmp.Years[t]) - Funded(pair.Comparator!, p, cmp.Years[t]), cmp.For(p).InvestmentByYear[t], 6);

        // care costs and life-years can only start to differ in the first year in which the effects differ
        var first = cmp.Years.FirstOrDefault(y =>
        {
            var s = Effects(pair.Scenario, y, v);
            var c = Effects(pair.Comparator!, y, v);
            return s.Keys.Union(c.Keys).Any(k => s.GetValueOrDefault(k) != c.GetValueOrDefault(k));
        });
        Assert.NotEqual(default, first);
        for (var t = 0; cmp.Years[t] < first; t++)
        {
            Assert.All(cmp.Payers, o => Assert.Equal(0, o.SavingsByYear[t]));
            Assert.Equal(0, cmp.Ledger.LifeYearsByYear[t]);
        }
        Assert.True(cmp.Payers.Any(o => o.SavingsByYear[first - cmp.Years[0]] != 0));
    }

    [Theory]
    [MemberData(nameof(Pilots))]
    public void A_scenario_that_only_keeps_people_self_reliant_gains_life_years_and_lowers_maatwerk(string file)
    {
        var pair = ScenarioPair.Load(TestModels.DefaultModelDir, Path.Combine(TestModels.ScenarioDir, file), Basis);
        var model = pair.Model;
        var v = model.Parameters.DefaultVector();
        var zelfredzaam = model.StateIndex("zelfredzaam");
        var maatwerk = Enumerable.Range(0, model.States.Count).Where(s => model.States[s].Route == SupportRoute.Maatwerk).ToArray();
        var voorliggend = model.StateIndex("tijdelijk_voorliggend");
        // structurally beneficial: every difference from the comparator is a lower relative inflow out of zelfredzaam,
        // or a larger route shift from tijdelijk maatwerk to voorliggend (same need tier, no maatwerk costs)
        var cmp = pair.Compare();
        var targeted = new HashSet<AgeBand>();
        var beneficial = cmp.Years.All(y =>
        {
            var s = Effects(pair.Scenario, y, v);
            var c = Effects(pair.Comparator!, y, v);
            return s.Keys.Union(c.Keys).All(k =>
            {
                var diff = s.GetValueOrDefault(k) - c.GetValueOrDefault(k);
                if (diff == 0) return true;
                targeted.Add(k.Item1);
                var (_, from, to, kind) = k;
                return kind == EffectKind.TransitionChange ? from == zelfredzaam && diff < 0
                    : from == model.StateIndex("tijdelijk_maatwerk") && to == voorliggend && diff > 0;
            });
        });
        if (!beneficial)
        {
            // verschuiven-naar-voorliggend stops the youth prevention subsidy (an effect that kept youth self-reliant): mixed by design
            Assert.Equal("verschuiven-naar-voorliggend.yaml", file);
            return;
        }
        var s = cmp.Scenario;
        var c = cmp.Comparator;
        for (var t = 0; t < cmp.Years.Count; t++)
        {
            Assert.True(cmp.Ledger.LifeYearsByYear[t] >= -1e-9, $"{cmp.Years[t]}: {cmp.Ledger.LifeYearsByYear[t]}");
            // in the bands the effects target (other bands change only through births and ageing of survivors)
            foreach (var band in targeted)
                Assert.True(maatwerk.Sum(m => s.Count(t + 1, band, m)) <= maatwerk.Sum(m => c.Count(t + 1, band, m)) + 1e-9, $"{band} {cmp.Years[t]}");
            // Wmo and Jeugdwet pay per person in maatwerk only: their care savings cannot be negative
            Assert.True(cmp.For(TestPayers.GemeenteWmo).SavingsByYear[t] >= -1e-6);
        }
        Assert.True(cmp.SelfReliantYearsGained > 0);
        Assert.True(cmp.SelfReliantYearsGainedDiscounted > 0);
        Assert.True(cmp.For(TestPayers.GemeenteWmo).SavingsDiscounted + cmp.For(TestPayers.GemeenteJeugdwet).SavingsDiscounted > 0);
    }

    [Fact]
    public void Jonge_kind_only_lowers_inflow_of_the_youngest_so_zvw_and_wlz_save_and_youth_care_saves_every_year()
    {
        var cmp = ScenarioPair.Load(TestModels.DefaultModelDir, Path.Combine(TestModels.ScenarioDir, "jonge-kind.yaml"), Basis).Compare();
        for (var t = 0; t < cmp.Years.Count; t++)
        {
            Assert.True(cmp.For(TestPayers.GemeenteJeugdwet).SavingsByYear[t] >= 0);
            Assert.True(cmp.For(TestPayers.Wlz).SavingsByYear[t] >= 0);
            Assert.True(cmp.For(TestPayers.Zvw).SavingsByYear[t] >= 0);
        }
        Assert.True(cmp.For(TestPayers.GemeenteJeugdwet).SavingsDiscounted > 0);
        // the investment is the € 300.000 a year from 2025 on, for the prevention budget only
        Assert.Equal(0, cmp.For(TestPayers.GemeentePreventie).InvestmentByYear[0]);
        Assert.All(cmp.For(TestPayers.GemeentePreventie).InvestmentByYear.Skip(1), i => Assert.Equal(300_000, i, 6));
    }

    [Fact]
    public void Readme_claim_about_returns_per_euro_holds_for_the_shipped_scenarios()
    {
        // README (Scenario engine, "About the numbers"): with the default (assumed) effects, the scenarios with a net
        // investment return between € 0,50 (jonge-kind) and € 2,20 per euro over 2024-2035 for all payers together;
        // jonge-kind is the only one below € 1.
        var returns = Directory.GetFiles(TestModels.ScenarioDir, "*.yaml").Where(f => Path.GetFileName(f) != "basis.yaml")
            .Select(f => (File: Path.GetFileName(f), Cmp: ScenarioPair.Load(TestModels.DefaultModelDir, f, Basis).Compare()))
            .Where(x => x.Cmp.Total.ReturnPerEuro is not null)
            .ToDictionary(x => x.File, x => x.Cmp.Total.ReturnPerEuro!.Value);
        Assert.True(returns.Count >= 4);
        Assert.All(returns.Values, r => Assert.InRange(r, 0.50, 2.20));
        Assert.Equal(["jonge-kind.yaml"], returns.Where(kv => kv.Value < 1).Select(kv => kv.Key).ToArray());
    }
}
