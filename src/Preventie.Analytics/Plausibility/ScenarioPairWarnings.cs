using Preventie.Analytics.Input;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Plausibility;

/// <summary>The plausibility warnings of a <see cref="ScenarioPair"/> (<c>pair.Warnings</c>).</summary>
public static class ScenarioPairWarnings
{
    extension(ScenarioPair pair)
    {
        /// <summary>
        /// Legal but unusual values in either scenario (<see cref="ScenarioPlausibility"/>), as Dutch warnings naming file,
        /// field and value: the CLI prints them, the council report and the batch overview show them under "Let op".
        /// </summary>
        public IReadOnlyList<DataError> Warnings => ScenarioPlausibility.Warnings(pair.Scenario, pair.Comparator);
    }
}
