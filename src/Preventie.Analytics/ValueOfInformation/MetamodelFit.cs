namespace Preventie.Analytics.ValueOfInformation;

/// <summary>
/// A regression metamodel's predictions of the incremental net benefit given a subset of the parameters, made out of
/// fold (each draw predicted by a model trained on the other fold), with the out-of-fold R².
/// </summary>
/// <param name="Predictions">Fitted conditional expectation per draw.</param>
/// <param name="RSquared">1 − SSE/SST of the out-of-fold predictions; ≤ 0 means no better than the mean.</param>
public sealed record MetamodelFit(double[] Predictions, double RSquared);
