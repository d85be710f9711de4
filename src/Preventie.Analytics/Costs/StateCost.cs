using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;

namespace Preventie.Analytics.Costs;

/// <summary>Yearly cost per person in a state, band and payer (<c>kosten.csv</c>; heemod's state values).</summary>
public sealed record StateCost(int State, AgeBand Band, Payer Payer, ValueExpression AmountPerPerson, int Row);
