using System.Globalization;
using Preventie.Analytics.Input;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Analysis;

/// <summary>The probabilistic (PSA) and one-way sensitivity analyses of a scenario pair, with the settings checked first.</summary>
/// <param name="Settings">Draws and seed.</param>
/// <param name="Psa">The PSA on the pair's own compiled scenario and comparator (common random numbers).</param>
/// <param name="OneWay">The one-way sensitivity analysis (5th and 95th percentile of each uncertain parameter).</param>
public sealed record UncertaintyRun(PsaOptions Settings, PsaResult Psa, OneWayResult OneWay)
{
    /// <summary>The PSA settings for <paramref name="draws"/> and <paramref name="seed"/>; null without draws.</summary>
    /// <exception cref="DataValidationException">A negative seed or an invalid number of draws (Dutch, naming the option).</exception>
    public static PsaOptions? SettingsFor(int? draws, int? seed)
    {
        if (draws is not { } n || n == 0) return null;
        if (seed is < 0)
            throw new DataValidationException(new DataError("--seed", null, null, seed.Value.ToString(CultureInfo.InvariantCulture), "de seed moet 0 of groter zijn"));
        var psa = new PsaOptions { Draws = n, Seed = seed is { } s ? (ulong)s : PsaOptions.DefaultSeed };
        var problems = psa.Validate().ToList();
        if (problems.Count > 0)
            throw new DataValidationException(problems.Select(m => new DataError("--psa", null, null, n.ToString(CultureInfo.InvariantCulture), m)));
        return psa;
    }

    /// <summary>Runs both analyses on <paramref name="pair"/> (which needs a comparator); PSA progress to <paramref name="progress"/>.</summary>
    public static UncertaintyRun Run(ScenarioPair pair, PsaOptions settings, Action<int>? progress = null) =>
        Run(pair.Scenario, pair.RequireComparator("onzekerheidsanalyse"), settings, progress);

    /// <summary>Runs both analyses on <paramref name="scenario"/> against <paramref name="comparator"/> — on the city
    /// model, or compiled per wijk (then every figure is the city's sum over the wijken, the headline's model); PSA
    /// progress to <paramref name="progress"/>.</summary>
    public static UncertaintyRun Run(IRunnableScenario scenario, IRunnableScenario comparator, PsaOptions settings, Action<int>? progress = null)
    {
        var uncertain = UncertainParameters.For(scenario.VectorModel);
        var psa = ProbabilisticAnalysis.Run(scenario, comparator, uncertain, settings, progress);
        return new UncertaintyRun(settings, psa, OneWaySensitivity.Run(scenario, comparator, uncertain));
    }
}
