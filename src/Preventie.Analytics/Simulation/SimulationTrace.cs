using Preventie.Analytics.Costs;

namespace Preventie.Analytics.Simulation;

/// <summary>
/// The full trace of a deterministic run (flat arrays, T = cycles, B = the model's age bands, S = states, P = payers, I = interventions):
/// <list type="bullet">
/// <item><see cref="Counts"/>[(point·B + band)·S + state], point 0..T (0 = start population);</item>
/// <item><see cref="PersonYears"/>[(t·B + band)·S + state], cycle t = 0..T−1;</item>
/// <item><see cref="StateCosts"/>[((t·B + band)·S + state)·P + payer], nominal;</item>
/// <item><see cref="InterventionCosts"/>[(t·I + intervention)·P + payer], nominal.</item>
/// </list>
/// Use the accessors of <see cref="SimulationResult"/> rather than indexing by hand.
/// </summary>
public sealed class SimulationTrace
{
    internal SimulationTrace(int cycles, int bands, int states, int interventions, int payers)
    {
        Cycles = cycles; Bands = bands; States = states; Interventions = interventions; Payers = payers;
        Counts = new double[(cycles + 1) * bands * states];
        PersonYears = new double[cycles * bands * states];
        StateCosts = new double[cycles * bands * states * payers];
        InterventionCosts = new double[cycles * interventions * payers];
    }

    public int Cycles { get; }
    public int Bands { get; }
    public int States { get; }
    public int Interventions { get; }
    public int Payers { get; }
    public double[] Counts { get; }
    public double[] PersonYears { get; }
    public double[] StateCosts { get; }
    public double[] InterventionCosts { get; }
}
