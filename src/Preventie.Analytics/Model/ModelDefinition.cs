using Preventie.Analytics.Costs;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;
using Preventie.Analytics.States;
using Preventie.Analytics.Transitions;

namespace Preventie.Analytics.Model;

/// <summary>
/// The population pyramid model without any policy: parameters (the shared vector), states, demography, start shares,
/// transitions, payers and state costs. Load the shipped default with <c>ModelFiles.Load</c>; scenarios are compiled
/// against it with <see cref="Simulation.CompiledScenario.Compile"/>.
/// </summary>
public sealed class ModelDefinition
{
    /// <summary>A model from its parts, as read from a model folder or changed in memory (e.g. recalibrated); <paramref name="sourceDirectory"/> and <paramref name="version"/> are null for a model built in memory.</summary>
    public ModelDefinition(
        ParameterSet parameters,
        IReadOnlyList<ModelState> states,
        IReadOnlyList<BandDemography> demography,
        ValueExpression birthRate,
        IReadOnlyList<StartShare> startShares,
        IReadOnlyList<TransitionRule> transitions,
        IReadOnlyList<StateCost> costs,
        PayerSet payers,
        string? sourceDirectory = null,
        IReadOnlyList<TransitionCost>? transitionCosts = null,
        IReadOnlyList<ParameterCorrelation>? correlations = null,
        ModelVersion? version = null)
    {
        Parameters = parameters;
        States = states;
        Demography = demography;
        BirthRate = birthRate;
        StartShares = startShares;
        Transitions = transitions;
        Costs = costs;
        Payers = payers ?? throw new ArgumentNullException(nameof(payers));
        SourceDirectory = sourceDirectory;
        TransitionCosts = transitionCosts ?? [];
        Correlations = correlations ?? [];
        Version = version;
        Bands = new AgeBandSet(demography.Select(d => d.Band));
    }

    /// <summary>
    /// The same model with another parameter set (same names; e.g. recalibrated values). The copy has no
    /// <see cref="Version"/>: its values are no longer those of the folder it was read from.
    /// </summary>
    public ModelDefinition WithParameters(ParameterSet parameters) =>
        new(parameters, States, Demography, BirthRate, StartShares, Transitions, Costs, Payers, SourceDirectory, TransitionCosts, Correlations);

    /// <summary>
    /// The same model with <paramref name="added"/> appended to its parameters (e.g. the reach and effects of the
    /// optimiser's candidates, read from the evidence files). Unlike <see cref="WithParameters"/> the copy keeps
    /// <see cref="Version"/>: every value read from the model folder is unchanged, so the results still rest on that
    /// model version; the added parameters are inputs of their own.
    /// </summary>
    public ModelDefinition WithAddedParameters(IEnumerable<Parameter> added) =>
        new(new ParameterSet(Parameters.All.Concat(added)), States, Demography, BirthRate, StartShares, Transitions, Costs, Payers, SourceDirectory,
            TransitionCosts, Correlations, Version);

    /// <summary>The same model with other start shares (no <see cref="Version"/>, as for <see cref="WithParameters"/>).</summary>
    public ModelDefinition WithStartShares(IReadOnlyList<StartShare> startShares) =>
        new(Parameters, States, Demography, BirthRate, startShares, Transitions, Costs, Payers, SourceDirectory, TransitionCosts, Correlations);

    /// <summary>The shared parameter vector definition.</summary>
    public ParameterSet Parameters { get; }
    /// <summary>The model's states (<c>toestanden.csv</c>), in the order of the state dimension of every result.</summary>
    public IReadOnlyList<ModelState> States { get; }
    /// <summary>
    /// The model's age bands, youngest first (<c>leeftijdsklassen.csv</c>): the bands of <see cref="Demography"/>, which
    /// has one entry per band in band order. The engine's band count and ageing rates (1/width per year) come from them.
    /// </summary>
    public AgeBandSet Bands { get; }
    /// <summary>One entry per age band, in band order (see <see cref="Bands"/>).</summary>
    public IReadOnlyList<BandDemography> Demography { get; }
    /// <summary>Births per living inhabitant per year; they enter the youngest band.</summary>
    public ValueExpression BirthRate { get; }
    /// <summary>The start population per band and state: the share of each band's inhabitants in each state at time point 0.</summary>
    public IReadOnlyList<StartShare> StartShares { get; }
    /// <summary>The yearly transition probabilities between states, per band and optionally per range of years.</summary>
    public IReadOnlyList<TransitionRule> Transitions { get; }
    /// <summary>The payers (<c>betalers.csv</c>): the payer dimension of every result, their groups and labels.</summary>
    public PayerSet Payers { get; }
    /// <summary>Yearly costs per person per state (<c>kosten.csv</c>); never on an outflow state.</summary>
    public IReadOnlyList<StateCost> Costs { get; }
    /// <summary>One-off costs per transition into a state (<c>overgangskosten.csv</c>, optional).</summary>
    public IReadOnlyList<TransitionCost> TransitionCosts { get; }
    /// <summary>Correlations between parameters for the PSA (<c>correlaties.csv</c>, optional).</summary>
    public IReadOnlyList<ParameterCorrelation> Correlations { get; }
    /// <summary>
    /// The version of the model folder this model was read from (<c>ModelFiles.Load</c>): content hash, calibrated
    /// or not, on which monitor data. Null for a model built or changed in memory.
    /// </summary>
    public ModelVersion? Version { get; }
    /// <summary>Directory the model was read from, if any.</summary>
    public string? SourceDirectory { get; }

    /// <summary>Index of a state by name (case-insensitive), or -1.</summary>
    public int StateIndex(string name)
    {
        for (var i = 0; i < States.Count; i++)
            if (string.Equals(States[i].Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <summary>Dutch message listing the valid state names.</summary>
    public string UnknownStateMessage(string name) =>
        $"onbekende toestand '{name}' (geldig: {string.Join(", ", States.Select(s => s.Name))})";
}
