using Preventie.Analytics.Parameters;

namespace Preventie.Analytics.Population;

/// <summary>
/// Demography of one age band (<c>bevolking.csv</c>): inhabitants at the start and yearly net migration as a fraction
/// of the band's living population (negative = net outflow). Mortality is a transition to the outflow state in
/// <c>overgangen.csv</c>; births are the parameter <c>geboortecijfer</c> (births per inhabitant per year).
/// </summary>
public sealed record BandDemography(AgeBand Band, ValueExpression Inhabitants, ValueExpression NetMigration);
