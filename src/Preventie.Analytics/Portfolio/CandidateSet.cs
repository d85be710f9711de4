using Preventie.Analytics.Formatting;
using System.Globalization;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Evidence;
using Preventie.Analytics.Input;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;
using Preventie.Analytics.Scenarios;

namespace Preventie.Analytics.Portfolio;

/// <summary>
/// The candidate interventions of a portfolio choice, built by <c>CandidateSet.Load</c> (analysis layer) from
/// <list type="bullet">
/// <item>the baseline scenario's interventions (the current portfolio, scale 1),</item>
/// <item>the interventions of the other shipped scenarios that the baseline does not have (scale 0 today),</item>
/// <item>the inventory activities that the evidence table gives cost, reach and effects (scale 0 today; their effect
/// sizes become model parameters <c>effect_inv{nr}_{k}</c> with a normal prior whose width follows the evidence level,
/// their reach <c>bereik_inv{nr}</c> = residents reached per year / inhabitants of the target bands).</item>
/// </list>
/// Inventory activities without cost, reach, bands or effect are listed in <see cref="Unavailable"/>.
/// Every scenario is loaded against ONE model (<see cref="Model"/>: the model plus the evidence parameters), so all
/// portfolios share one parameter vector (common random numbers).
/// </summary>
public sealed class CandidateSet
{
    internal CandidateSet(ModelDefinition model, Scenario current, IReadOnlyList<Candidate> candidates, IReadOnlyList<UnavailableActivity> unavailable,
        IReadOnlyList<Parameter> evidenceParameters)
    {
        Model = model;
        Current = current;
        Candidates = candidates;
        Unavailable = unavailable;
        EvidenceParameters = evidenceParameters;
    }

    /// <summary>The model extended with the evidence parameters; every portfolio is compiled against it.</summary>
    public ModelDefinition Model { get; }

    /// <summary>The baseline scenario (current policy) as loaded.</summary>
    public Scenario Current { get; }

    /// <summary>The candidate interventions the optimiser can scale, with their origin and allowed scales.</summary>
    public IReadOnlyList<Candidate> Candidates { get; }

    /// <summary>Inventory activities that lack data.</summary>
    public IReadOnlyList<UnavailableActivity> Unavailable { get; }

    /// <summary>The parameters added from the evidence table (effect sizes and reach of inventory activities).</summary>
    public IReadOnlyList<Parameter> EvidenceParameters { get; }

    /// <summary>The scales of today's portfolio, in candidate order.</summary>
    public double[] CurrentScales => Candidates.Select(c => c.CurrentScale).ToArray();

    /// <summary>Yearly municipal cost of a portfolio (point values): Σ scale × <see cref="Candidate.CostPerYear"/>.</summary>
    public double CostPerYear(IReadOnlyList<double> scales) => Candidates.Select((c, i) => scales[i] * c.CostPerYear).Sum();

    /// <summary>
    /// The scenario of a portfolio: the baseline's horizon and discount rate with every candidate whose scale is above 0,
    /// its reach and costs multiplied by the scale.
    /// </summary>
    public Scenario Build(IReadOnlyList<double> scales, string name)
    {
        if (scales.Count != Candidates.Count) throw new ArgumentException($"expected {Candidates.Count} scales", nameof(scales));
        var interventions = new List<Intervention>();
        for (var i = 0; i < Candidates.Count; i++)
            if (scales[i] > 0) interventions.Add(Scale(Candidates[i].Intervention, scales[i]));
        return Current with { Name = name, Interventions = interventions, Description = null };
    }

    /// <summary>An intervention with reach and every cost multiplied by <paramref name="scale"/>.</summary>
    public static Intervention Scale(Intervention intervention, double scale) => scale == 1.0 ? intervention : intervention with
    {
        Reach = intervention.Reach with { Expression = intervention.Reach.Expression.Affine(0, scale) },
        Costs = intervention.Costs.Select(c => c with { AmountPerYear = c.AmountPerYear with { Expression = c.AmountPerYear.Expression.Affine(0, scale) } }).ToList(),
    };

    /// <summary>Net yearly cost of an intervention to the four municipal budgets, point values.</summary>
    public static double MunicipalCost(Intervention iv, double[] vector) =>
        iv.Costs.Where(c => c.Payer.IsOwnBudget).Sum(c => c.AmountPerYear.Expression.Evaluate(vector));

}
