using Preventie.Analytics.Calibration;
using Preventie.Analytics.Portfolio;
using Preventie.Analytics.ValueOfInformation;

namespace Preventie.Analytics.Optimisation;

/// <summary>
/// "Waar investeren": the portfolio optimisation and the EVPPI of the choice between the current and the chosen
/// portfolio, as one call — the path the CLI (<c>preventie optimize</c>), <c>batch</c>, the council report and
/// notebook 05 share.
/// </summary>
/// <param name="Result">Portfolio, evaluation, frontier, marginal returns.</param>
/// <param name="Evppi">EVPPI per parameter and group, or null when switched off.</param>
public sealed record InvestmentAdvice(PortfolioResult Result, EvppiResult? Evppi)
{
    /// <summary>Optimises and — unless <see cref="OptimisationOptions.ComputeEvppi"/> is false — estimates the EVPPI
    /// per parameter and for the groups: the reach and effects of each activity, each rate the monitor update
    /// calibrates (<paramref name="calibration"/>), and all uncertain parameters together.</summary>
    public static InvestmentAdvice Run(CandidateSet set, OptimisationOptions options, CalibrationSpec? calibration = null, Action<string>? progress = null)
    {
        var result = PortfolioOptimiser.Run(set, options, progress);
        if (!options.ComputeEvppi) return new InvestmentAdvice(result, null);
        progress?.Invoke("welke onzekerheid het meest uitmaakt: de waarde van betere informatie per aanname (EVPPI)");
        var evppi = DecisionEvppi.Compute(result.Sample, Groups(set, calibration), maxDegreeOfParallelism: options.MaxDegreeOfParallelism);
        return new InvestmentAdvice(result, evppi);
    }

    /// <summary>The EVPPI groups: each candidate's reach and effects, each calibrated monitor rate.</summary>
    public static IReadOnlyList<EvppiGroup> Groups(CandidateSet set, CalibrationSpec? calibration) =>
        set.Candidates.Select(c => new EvppiGroup($"effecten van {c.Name}", c.Parameters))
            .Concat((calibration?.Parameters ?? []).Select(p => new EvppiGroup($"monitor: {p.Name}{(p.Note is null ? "" : " (" + p.Note + ")")}", [p.Name])))
            .ToList();
}
