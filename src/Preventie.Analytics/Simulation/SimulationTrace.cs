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

    /// <summary>Number of yearly cycles T.</summary>
    public int Cycles { get; }
    /// <summary>Number of age bands B.</summary>
    public int Bands { get; }
    /// <summary>Number of states S.</summary>
    public int States { get; }
    /// <summary>Number of interventions I of the scenario.</summary>
    public int Interventions { get; }
    /// <summary>Number of payers P.</summary>
    public int Payers { get; }
    /// <summary>[(point·B + band)·S + state]: people at time point 0..T (0 = start population).</summary>
    public double[] Counts { get; }
    /// <summary>[(t·B + band)·S + state]: person-years during cycle t = 0..T−1.</summary>
    public double[] PersonYears { get; }
    /// <summary>[((t·B + band)·S + state)·P + payer]: nominal yearly care cost of the state in cycle t (person-years × cost rate; one-off transition costs are not in it).</summary>
    public double[] StateCosts { get; }
    /// <summary>[(t·I + intervention)·P + payer]: nominal cost of the intervention in cycle t.</summary>
    public double[] InterventionCosts { get; }
}
