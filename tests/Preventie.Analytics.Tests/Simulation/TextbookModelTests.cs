using MathNet.Numerics.LinearAlgebra;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.States;
using Preventie.Analytics.Transitions;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Tests.Simulation;

/// <summary>
/// A small textbook cohort model (3 states — healthy, sick, dead —, 20 cycles, one band, no births or migration)
/// against a reference computed here with MathNet matrices: trace x_k = x_{k−1}·P, and for each counting method the
/// yearly state costs, one-off transition costs and person-years, discounted at 0% and 3%.
/// </summary>
public class TextbookModelTests
{
    private const int Cycles = 20;
    private static readonly double[,] P =
    {
        { 0.85, 0.10, 0.05 },
        { 0.20, 0.65, 0.15 },
        { 0.00, 0.00, 1.00 },
    };
    private static readonly double[] StartCounts = [1000, 0, 0];
    private static readonly double[] CostPerYear = [100, 2500, 0];  // gemeente_wmo, per person per year
    private const double IntakeCost = 400;                           // zvw, once when healthy → sick

    internal static ModelDefinition Build()
    {
        var parameters = new List<Parameter>();
        ValueExpression Ref(string name, double value)
        {
            parameters.Add(new Parameter(name, value, "", "test", false, null));
            return ValueExpression.Reference(parameters.Count - 1, name);
        }
        var states = new List<ModelState>
        {
            new("gezond", "Gezond", NeedTier.Zelfredzaam, SupportRoute.Geen),
            new("ziek", "Ziek", NeedTier.Tijdelijk, SupportRoute.Maatwerk),
            new("dood", "Overleden", NeedTier.Uitstroom, SupportRoute.Geen),
        };
        // one band: everyone in 80+, which nobody leaves by ageing
        var demo = InventoryBands.All.Select(b => new BandDemography(b, Ref("pop_" + (int)b, b == InventoryBands.Age80Plus ? StartCounts.Sum() : 0), Ref("mig_" + (int)b, 0))).ToList();
        var birth = Ref(ModelFiles.BirthRateParameter, 0);
        var shares = new List<StartShare>();
        for (var s = 0; s < 3; s++)
        {
            var e = Ref("share_" + s, StartCounts[s] / StartCounts.Sum());
            shares.AddRange(InventoryBands.All.Select(b => new StartShare(b, s, e, 0)));
        }
        var rules = new List<TransitionRule>();
        for (var i = 0; i < 2; i++)
            for (var j = 0; j < 3; j++)
                if (i != j && P[i, j] > 0)
                {
                    var e = Ref($"p_{i}_{j}", P[i, j]);
                    rules.AddRange(InventoryBands.All.Select(b => new TransitionRule(i, j, b, null, null, e, 0)));
                }
        var costs = new List<StateCost>();
        for (var s = 0; s < 2; s++)
        {
            var e = Ref("cost_" + s, CostPerYear[s]);
            costs.AddRange(InventoryBands.All.Select(b => new StateCost(s, b, TestPayers.GemeenteWmo, e, 0)));
        }
        var intake = Ref("intake", IntakeCost);
        var transitionCosts = InventoryBands.All.Select(b => new TransitionCost(0, 1, b, TestPayers.Zvw, intake, 0)).ToList();
        return new ModelDefinition(new ParameterSet(parameters), states, demo, birth, shares, rules, costs, TestPayers.Deventer, null, transitionCosts);
    }

    private static Scenario Scenario(double rate, CountingMethod method) => new()
    {
        Name = "leerboek", StartYear = new CalendarYear(2024), EndYear = new CalendarYear(2024 + Cycles - 1), CountingMethod = method,
        DiscountRate = new SourcedValue(ValueExpression.Of(rate), "test", false),
    };

    private static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");

    [Theory]
    [InlineData(CountingMethod.LifeTable, 0.0)]
    [InlineData(CountingMethod.LifeTable, 0.03)]
    [InlineData(CountingMethod.Beginning, 0.0)]
    [InlineData(CountingMethod.Beginning, 0.03)]
    [InlineData(CountingMethod.End, 0.0)]
    [InlineData(CountingMethod.End, 0.03)]
    public void Trace_and_totals_equal_the_matrix_reference(CountingMethod method, double rate)
    {
        // reference: x_k = x_{k−1} P (row vectors), with MathNet
        var p = Matrix<double>.Build.DenseOfArray(P);
        var x = new List<Vector<double>> { Vector<double>.Build.DenseOfArray(StartCounts) };
        for (var k = 1; k <= Cycles; k++) x.Add(p.LeftMultiply(x[k - 1]));
        var c = Vector<double>.Build.DenseOfArray(CostPerYear);
        var healthy = Vector<double>.Build.DenseOfArray([1.0, 0, 0]);
        Vector<double> Counted(int k) => method switch
        {
            CountingMethod.Beginning => x[k - 1],
            CountingMethod.End => x[k],
            _ => (x[k - 1] + x[k]) * 0.5,
        };
        double D(int k) => Math.Pow(1 + rate, -(k - 1));
        var wmo = Enumerable.Range(1, Cycles).Select(k => Counted(k) * c).ToArray();
        var zvw = Enumerable.Range(1, Cycles).Select(k => x[k - 1][0] * P[0, 1] * IntakeCost).ToArray();
        var lifeYears = Enumerable.Range(1, Cycles).Select(k => Counted(k) * healthy).ToArray();

        var result = CompiledScenario.Compile(Build(), Scenario(rate, method)).RunWithTrace();
        for (var k = 0; k <= Cycles; k++)
            for (var s = 0; s < 3; s++)
            {
                Close(x[k][s], result.Count(k, s));
                Close(x[k][s], result.Count(k, InventoryBands.Age80Plus, s));
            }
        for (var k = 1; k <= Cycles; k++)
        {
            Close(wmo[k - 1], result.Costs(TestPayers.GemeenteWmo, k - 1));
            Close(zvw[k - 1], result.Costs(TestPayers.Zvw, k - 1));
            Close(zvw[k - 1], result.TransitionCosts(TestPayers.Zvw, k - 1));
            Close(lifeYears[k - 1], result.PersonYears(k - 1, InventoryBands.Age80Plus, 0));
        }
        Close(wmo.Select((v, i) => v * D(i + 1)).Sum(), result.DiscountedCosts(TestPayers.GemeenteWmo));
        Close(zvw.Select((v, i) => v * D(i + 1)).Sum(), result.DiscountedCosts(TestPayers.Zvw));

        // the comparison arithmetic against "nothing": discounted totals and discounted life-years
        var ledger = new ComparisonLedger(Cycles, new CalendarYear(2024), result.States, result.Payers);
        ledger.Compute(result.Buffer, null, rate);
        Close(wmo.Select((v, i) => v * D(i + 1)).Sum(), ledger.TotalCostsDiscounted(TestPayers.GemeenteWmo.Index));
        Close(lifeYears.Sum(), ledger.SelfReliantYearsGained);
        Close(lifeYears.Select((v, i) => v * D(i + 1)).Sum(), ledger.SelfReliantYearsGainedDiscounted);
    }

    [Fact]
    public void Counting_methods_order_as_expected_for_a_shrinking_cohort()
    {
        // the healthy cohort only shrinks, so beginning ≥ life-table ≥ end for healthy person-years
        double Ly(CountingMethod m)
        {
            var r = CompiledScenario.Compile(Build(), Scenario(0, m)).RunWithTrace();
            return Enumerable.Range(0, Cycles).Sum(t => r.PersonYears(t, InventoryBands.Age80Plus, 0));
        }
        Assert.True(Ly(CountingMethod.Beginning) > Ly(CountingMethod.LifeTable));
        Assert.True(Ly(CountingMethod.LifeTable) > Ly(CountingMethod.End));
        Assert.Equal((Ly(CountingMethod.Beginning) + Ly(CountingMethod.End)) / 2, Ly(CountingMethod.LifeTable), 9);
    }

    [Theory]
    [InlineData(CountingMethod.LifeTable)]
    [InlineData(CountingMethod.Beginning)]
    [InlineData(CountingMethod.End)]
    public void Self_reliant_life_expectancy_equals_the_fundamental_matrix_reference(CountingMethod method)
    {
        // absorbing chain: expected visits to each transient state from the start, N = (I − Q)⁻¹; counted at the start of
        // each year that is (πN)[healthy]; at the end of each year minus the start, (πN)[healthy] − π[healthy]; life-table the mean
        var q = Matrix<double>.Build.DenseOfArray(new[,] { { P[0, 0], P[0, 1] }, { P[1, 0], P[1, 1] } });
        var n = (Matrix<double>.Build.DenseIdentity(2) - q).Inverse();
        var visits = n.Row(0)[0]; // start: healthy
        var expected = method switch
        {
            CountingMethod.Beginning => visits,
            CountingMethod.End => visits - 1,
            _ => visits - 0.5,
        };
        var result = CompiledScenario.Compile(Build(), Scenario(0.03, method)).RunWithTrace();
        // the same probabilities in every band, so ageing does not matter: every band has the same expectancy
        Assert.All(result.SelfReliantLifeExpectancy, e => Close(expected, e));

        // halving the inflow into sickness through an intervention raises it to the reference with that probability
        var halved = new Interventions.Intervention
        {
            Name = "preventie", TargetBands = InventoryBands.All, StartYear = new CalendarYear(2024), Reach = new SourcedValue(ValueExpression.Of(1), "test", false),
            Effects = [new InterventionEffect(EffectKind.TransitionChange, 0, 1, new SourcedValue(ValueExpression.Of(-0.5), "test", false))],
        };
        var q2 = Matrix<double>.Build.DenseOfArray(new[,] { { P[0, 0] + P[0, 1] / 2, P[0, 1] / 2 }, { P[1, 0], P[1, 1] } });
        var visits2 = (Matrix<double>.Build.DenseIdentity(2) - q2).Inverse().Row(0)[0];
        var with = CompiledScenario.Compile(Build(), Scenario(0.03, method) with { Interventions = [halved] }).RunWithTrace();
        var cmp = ScenarioComparison.Create(with, result);
        Assert.All(cmp.SelfReliantLifeExpectancy, x =>
        {
            Close(visits2 - (expected == visits ? 0 : visits - expected), x.Scenario);
            Close(expected, x.Comparator);
            Assert.True(x.Scenario > x.Comparator);
        });
    }
}
