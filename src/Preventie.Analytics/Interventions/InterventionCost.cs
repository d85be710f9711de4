using Preventie.Analytics.Costs;

namespace Preventie.Analytics.Interventions;

/// <summary>
/// A yearly amount an intervention costs a payer while it is funded (start year to end year). Negative amounts are
/// savings on a budget, e.g. cutting youth prevention subsidies (Hengelo, seed 004: €350,000).
/// </summary>
public sealed record InterventionCost(Payer Payer, SourcedValue AmountPerYear);
