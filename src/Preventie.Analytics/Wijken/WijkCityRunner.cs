using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Wijken;

/// <summary>The runner of a <see cref="WijkScenario"/>: every wijk on the one vector (in lock-step when people move
/// between wijken), then the city's buffer as the sum over the wijken — the same sum as <see cref="CitySum"/>.</summary>
internal sealed class WijkCityRunner : ScenarioRunner
{
    private readonly WijkScenario _scenario;
    private readonly SimulationBuffer[] _wijken;
    private readonly SimulationBuffer _city;

    public WijkCityRunner(WijkScenario scenario)
    {
        _scenario = scenario;
        _wijken = [.. scenario.PerWijk.Select(c => c.CreateBuffer())];
        _city = scenario.City.CreateBuffer();
    }

    public override SimulationBuffer Result => _city;

    public override void Run(ReadOnlySpan<double> parameters)
    {
        _scenario.Run(parameters, _wijken);
        _city.ClearResults();
        foreach (var wijk in _wijken) _city.Add(wijk);
    }
}
