using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;

namespace Preventie.Analytics.Costs;

/// <summary>
/// A one-off cost per person for a payer when someone enters state <paramref name="To"/> from state
/// <paramref name="From"/> through a transition (<c>overgangskosten.csv</c>; heemod's transition costs), e.g. an intake
/// or a Wlz indication assessment. Counted in the cycle of the transition, on the number of people making it; entering
/// a band by ageing, migration or birth costs nothing. Part of the payer's care costs.
/// </summary>
public sealed record TransitionCost(int From, int To, AgeBand Band, Payer Payer, ValueExpression AmountPerPerson, int Row);
