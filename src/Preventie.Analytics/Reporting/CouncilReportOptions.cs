using Preventie.Analytics.Inventory;

namespace Preventie.Analytics.Reporting;

/// <summary>Choices for a <see cref="CouncilReport"/>.</summary>
/// <param name="PsaDraws">Draws asked for the uncertainty analysis (<c>--psa</c>); null = none asked.</param>
/// <param name="Seed">Seed of the uncertainty analysis (<c>--seed</c>); shown in the run metadata.</param>
/// <param name="CreatedAt">The report's date; null = now.</param>
/// <param name="Inventory">The current prevention inventory, for the coverage chart; null leaves that section out.</param>
public sealed record CouncilReportOptions(
    int? PsaDraws = null,
    int? Seed = null,
    DateTimeOffset? CreatedAt = null,
    PreventionInventory? Inventory = null);
