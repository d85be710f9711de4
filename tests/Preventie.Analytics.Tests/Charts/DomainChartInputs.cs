using Preventie.Analytics.Interventions;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Population;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Charts;

/// <summary>Tiny synthetic inputs for the domain chart tests, and helpers to read numbers back out of a figure.</summary>
internal static class DomainChartInputs
{
    public const double Population80 = 1000, ShareSelfReliant = 0.8, Outflow = 0.1;

    /// <summary>
    /// 1.000 people, all 80+ (open band: nobody ages out), 80% zelfredzaam (s0) and 20% tijdelijk (s1), s0 → s1 with
    /// probability <paramref name="p"/> per year, no births, deaths or migration; s1 costs <paramref name="costS1"/>
    /// a year to the Wmo.
    /// </summary>
    public static SimulationResult Run80Plus(int cycles, double p = Outflow, double costS1 = 1000, string name = "test", double discountRate = 0.0225)
    {
        var model = TestModels.Chain(new[,] { { 0, p }, { 0, 0 } }, TestModels.OnlyIn(InventoryBands.Age80Plus, Population80),
            [ShareSelfReliant, 1 - ShareSelfReliant], costPerState: [0, costS1], payer: TestPayers.GemeenteWmo);
        return CompiledScenario.Compile(model, TestModels.Plain(cycles, discountRate) with { Name = name }).RunWithTrace();
    }

    public static PreventionActivity Activity(string name, PreventionForm form, IEnumerable<OldGoal> goals, params TargetGroup[] groups) =>
        new(1, null, name, "", goals.ToHashSet(), "", form, "", "", null, Financing.Onbekend, groups, null, null, null);

    public static double[] Numbers(Trace trace, string attribute) =>
        ((System.Collections.IEnumerable)trace.Attributes.Get(attribute)!).Cast<object?>().Select(v => Convert.ToDouble(v)).ToArray();

    public static string[] Texts(Trace trace, string attribute) =>
        ((System.Collections.IEnumerable)trace.Attributes.Get(attribute)!).Cast<object?>().Select(v => (string)v!).ToArray();

    public static double[][] Matrix(Trace trace) =>
        ((System.Collections.IEnumerable)trace.Attributes.Get("z")!).Cast<System.Collections.IEnumerable>()
            .Select(r => r.Cast<object?>().Select(v => Convert.ToDouble(v)).ToArray()).ToArray();
}
