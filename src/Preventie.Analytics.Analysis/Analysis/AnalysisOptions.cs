using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Analysis;

/// <summary>What to compute beyond the deterministic comparison.</summary>
/// <param name="PsaDraws">Draws of the probabilistic analysis per scenario (and for "waar investeren"); null or 0 = none.</param>
/// <param name="Seed">Seed of every draw (same seed, same numbers); null = <see cref="PsaOptions.DefaultSeed"/>.</param>
/// <param name="CreatedAt">The run's date and time for the metadata; null = now.</param>
/// <param name="Investment">Run "waar investeren" (portfolio, frontier, EVPPI) in a batch when the evidence folder exists and there are draws.</param>
public sealed record AnalysisOptions(int? PsaDraws = null, int? Seed = null, DateTimeOffset? CreatedAt = null, bool Investment = true)
{
    /// <summary>The seed as the samplers take it.</summary>
    public ulong SamplerSeed => Seed is { } s ? (ulong)s : PsaOptions.DefaultSeed;

    /// <summary>True when a probabilistic analysis is asked for.</summary>
    public bool HasPsa => PsaDraws is > 0;
}

/// <summary>Progress of a long run, for a progress bar or a log: the step that starts, and PSA draws done.</summary>
/// <param name="Step">Called with a Dutch description when a step starts (e.g. "Scenario wijkpilot").</param>
/// <param name="StepDone">Called when that step is done.</param>
/// <param name="PsaDraws">Called with the number of draws done in the current PSA.</param>
/// <param name="Detail">Called with a Dutch description of a part of the current step (e.g. the optimiser's frontier,
/// the EVPPI), for the long "waar investeren" step.</param>
public sealed record AnalysisProgress(Action<string>? Step = null, Action? StepDone = null, Action<int>? PsaDraws = null, Action<string>? Detail = null)
{
    /// <summary>No progress reported.</summary>
    public static AnalysisProgress Silent { get; } = new();
}
