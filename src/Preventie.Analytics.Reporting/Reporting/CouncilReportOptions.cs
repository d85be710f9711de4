using Preventie.Analytics.Inventory;

namespace Preventie.Analytics.Reporting;

/// <summary>Choices for a <see cref="CouncilReport"/>.</summary>
/// <param name="PsaDraws">Draws asked for the uncertainty analysis (<c>--psa</c>); null = none asked.</param>
/// <param name="Seed">Seed of the uncertainty analysis (<c>--seed</c>, 0 or more); null = <see cref="Uncertainty.PsaOptions.DefaultSeed"/>
/// when <paramref name="PsaDraws"/> is given. Shown in the run metadata.</param>
/// <param name="CreatedAt">The report's date; null = now.</param>
/// <param name="Inventory">The current prevention inventory, for the coverage chart; null leaves that section out.</param>
/// <param name="PsaProgress">Called with the number of PSA draws done (e.g. for a progress bar); null = silent.</param>
/// <param name="Wijken">The same comparison per wijk (<see cref="Wijken.WijkComparison.Load(Wijken.WijkModel, string, string, int?, ulong)"/>); null leaves that section out.</param>
/// <param name="Investment">The "waar investeren" advice (portfolio, frontier, EVPPI) for its chapter; null leaves it out.</param>
public sealed record CouncilReportOptions(
    int? PsaDraws = null,
    int? Seed = null,
    DateTimeOffset? CreatedAt = null,
    PreventionInventory? Inventory = null,
    Action<int>? PsaProgress = null,
    Wijken.WijkComparison? Wijken = null,
    Optimisation.InvestmentAdvice? Investment = null);
