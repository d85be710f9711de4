using Preventie.Analytics.Interventions;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Scenarios;

/// <summary>
/// A scenario (heemod's strategy): a named set of interventions on top of the model, over a horizon of calendar years,
/// with the discount rate to use. Load with <c>ScenarioFile.Load</c>; compile with
/// <see cref="Simulation.CompiledScenario.Compile"/>.
/// </summary>
public sealed record Scenario
{
    /// <summary>The scenario's name, as reports and errors show it.</summary>
    public required string Name { get; init; }
    /// <summary>A short description for reports, or null.</summary>
    public string? Description { get; init; }
    /// <summary>The YAML file it was read from.</summary>
    public string? File { get; init; }
    /// <summary>The inheritance chain, own file first (e.g. [wijkpilot.yaml, basis.yaml]).</summary>
    public IReadOnlyList<string> Chain { get; init; } = [];
    /// <summary>First calendar year = cycle 1 (default 2024).</summary>
    public CalendarYear StartYear { get; init; } = new(2024);
    /// <summary>Last calendar year, inclusive (default 2035).</summary>
    public CalendarYear EndYear { get; init; } = new(2035);
    /// <summary>Real yearly discount rate (default parameter <c>discontovoet</c>, 2.25%).</summary>
    public required SourcedValue DiscountRate { get; init; }
    /// <summary>The interventions on top of the model, inherited ones included.</summary>
    public IReadOnlyList<Intervention> Interventions { get; init; } = [];
    /// <summary>How person-years and yearly state costs of a cycle are counted (key <c>telmethode</c>; default life-table).</summary>
    public CountingMethod CountingMethod { get; init; } = CountingMethod.LifeTable;

    /// <summary>Number of yearly cycles.</summary>
    public int Cycles => EndYear - StartYear + 1;

    /// <summary>The calendar year of cycle <paramref name="cycle"/> (start year + t).</summary>
    public CalendarYear YearOf(CycleIndex cycle) => cycle.YearIn(StartYear);

    /// <summary>The calendar years of the cycles, in order (start year to end year).</summary>
    public IReadOnlyList<CalendarYear> Years => CalendarYear.Range(StartYear, EndYear).ToArray();
}
