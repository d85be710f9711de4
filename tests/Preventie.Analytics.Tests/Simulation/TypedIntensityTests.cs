using Preventie.Analytics.Interventions;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Tests.Simulation;

/// <summary>
/// The intensity of an intervention is asked by calendar year (<see cref="CalendarYear"/>), so
/// <c>iv.Intensity(t)</c> with a cycle index no longer compiles. These tests check the typed path against a table
/// computed by hand, both on <see cref="Intervention.Intensity"/> and through a compiled run.
/// </summary>
public class TypedIntensityTests
{
    // start 2026, funded to 2029, ramp-up 3, fade-out 2; horizon 2024-2033. By hand:
    // 2024, 2025 before the start: 0; ramp-up 1/3, 2/3, 1 in 2026-2028; 2029 (last funded year) 1;
    // fade-out after 2029: 1 × (1 − 1/3) = 2/3 in 2030, 1 × (1 − 2/3) = 1/3 in 2031; from 2032 on 0.
    private static readonly double[] Table = [0, 0, 1.0 / 3, 2.0 / 3, 1, 1, 2.0 / 3, 1.0 / 3, 0, 0];

    private static Intervention Programme(InterventionEffect? effect = null) => new()
    {
        Name = "programma", TargetBands = InventoryBands.All, Reach = SourcedValue.One,
        StartYear = new CalendarYear(2026), EndYear = new CalendarYear(2029), RampUpYears = 3, FadeOutYears = 2,
        Effects = effect is null ? [] : [effect],
    };

    [Fact]
    public void Intensity_by_calendar_year_matches_the_hand_computed_table()
    {
        var iv = Programme();
        var years = CalendarYear.Range(new CalendarYear(2024), new CalendarYear(2033)).ToArray();
        Assert.Equal(Table.Length, years.Length);
        for (var i = 0; i < years.Length; i++) Assert.Equal(Table[i], iv.Intensity(years[i]), 15);
        // funding: exactly the start to the end year
        Assert.Equal([false, false, true, true, true, true, false, false, false, false], years.Select(iv.IsFunded).ToArray());
    }

    [Fact]
    public void A_compiled_run_uses_the_intensity_of_each_cycle_s_calendar_year()
    {
        // one transition s0 → s1 with p = 0.1, switched off by the effect in proportion to the intensity:
        // p_t = 0.1 · (1 − I(year of cycle t)); nobody returns, dies, ages out (80+), is born or migrates
        const double p = 0.1, n = 1000;
        var model = TestModels.Chain(new[,] { { 0, p }, { 0, 0 } }, TestModels.OnlyIn(InventoryBands.Age80Plus, n), [1.0, 0.0]);
        var effect = new InterventionEffect(EffectKind.TransitionChange, 0, 1, new SourcedValue(ValueExpression.Of(-1), "test", false));
        var scenario = TestModels.Plain(Table.Length, 0, [Programme(effect)]);
        Assert.Equal(new CalendarYear(2024), scenario.StartYear);
        var result = CompiledScenario.Compile(model, scenario).RunWithTrace();
        var stay = n;
        for (var t = 0; t < Table.Length; t++)
        {
            Assert.Equal(new CalendarYear(2024 + t), scenario.YearOf(new CycleIndex(t)));
            stay *= 1 - p * (1 - Table[t]);
            Assert.Equal(stay, result.Count(t + 1, 0), 9);
        }
        // and it differs from what intensity 0 in every cycle (the old int mix-up) would give
        Assert.NotEqual(n * Math.Pow(1 - p, Table.Length), result.Count(Table.Length, 0), 6);
    }
}
