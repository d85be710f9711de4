namespace Preventie.Analytics.Optimisation;

/// <summary>
/// Per PSA draw, the values of the uncertain parameters and the incremental net benefit of the chosen portfolio over
/// the current one per payer group: the input of the EVPPI (<see cref="ValueOfInformation.Evppi"/>).
/// </summary>
/// <param name="ParameterNames">Names of the uncertain parameters (columns of <paramref name="Parameters"/>).</param>
/// <param name="Parameters">[draw][parameter].</param>
/// <param name="IncrementalNetBenefit">[group][draw], groups as the model's <see cref="Costs.PayerRows"/>.</param>
/// <param name="IncrementalLifeYears">[draw].</param>
/// <param name="Rows">The model's payer rows: what each group index of <paramref name="IncrementalNetBenefit"/> is.</param>
public sealed record DecisionSample(IReadOnlyList<string> ParameterNames, double[][] Parameters, double[][] IncrementalNetBenefit, double[] IncrementalLifeYears,
    Costs.PayerRows Rows);
