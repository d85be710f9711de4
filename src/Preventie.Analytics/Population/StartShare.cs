using Preventie.Analytics.Parameters;

namespace Preventie.Analytics.Population;

/// <summary>Share of a band's inhabitants in a state at the start (<c>startverdeling.csv</c>); shares per band sum to 1.
/// Births enter the youngest band with that band's start shares.</summary>
public sealed record StartShare(AgeBand Band, int State, ValueExpression Share, int Row);
