namespace Preventie.Analytics.ValueOfInformation;

/// <summary>
/// The expected value of partial perfect information of one parameter or one group of parameters for one payer group,
/// in euros for Deventer's whole population over the model's horizon (the model is a population model, so no further
/// scaling), with the metamodel's out-of-fold R².
/// </summary>
/// <param name="Name">The parameter, or the group's Dutch label.</param>
/// <param name="IsGroup">True for a group.</param>
/// <param name="Parameters">The parameters in it.</param>
/// <param name="PayerGroup">Payer group code (gemeente, totaal, zvw…).</param>
/// <param name="Value">EVPPI in euros (≥ 0).</param>
/// <param name="RSquared">Out-of-fold R² of the metamodel.</param>
public sealed record EvppiEstimate(string Name, bool IsGroup, IReadOnlyList<string> Parameters, string PayerGroup, double Value, double RSquared);
