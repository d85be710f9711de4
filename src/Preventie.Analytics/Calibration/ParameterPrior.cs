using Preventie.Analytics.Formatting;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Calibration;

/// <summary>
/// The penalty of one free parameter in the penalised fit: a normal prior centred on the model's own point value
/// (<see cref="Mean"/>) with the spread of its PSA distribution in <c>parameters.csv</c> (<see cref="Sd"/>), or
/// <see cref="DefaultRelativeSpread"/> of the value when the parameter has no usable distribution. It adds
/// ((value − <see cref="Mean"/>) / <see cref="Sd"/>)² to the objective, so a parameter the data barely inform stays near
/// the model's value instead of running to a bound.
/// </summary>
/// <param name="Name">Parameter name.</param>
/// <param name="Mean">Centre: the parameter's value in the model before calibration.</param>
/// <param name="Sd">Spread (standard deviation) of the prior, &gt; 0.</param>
/// <param name="Basis">Dutch: where the spread comes from, e.g. "sd van beta(10; 190) in parameters.csv".</param>
public sealed record ParameterPrior(string Name, double Mean, double Sd, string Basis)
{
    /// <summary>Spread of the prior, as a fraction of the value, for a parameter without a usable distribution (0,5: weak).</summary>
    public const double DefaultRelativeSpread = 0.5;

    /// <summary>The prior of <paramref name="p"/>: its value as centre, the standard deviation of its distribution as spread.</summary>
    /// <param name="p">The parameter as the model holds it.</param>
    /// <param name="lower">Lower bound of the calibration (floor for the default spread).</param>
    /// <param name="upper">Upper bound of the calibration.</param>
    public static ParameterPrior For(Parameter p, double lower, double upper)
    {
        var floor = 1e-3 * (upper - lower);
        if (p.Distribution is { Kind: not DistributionKind.Dirichlet } d)
        {
            try
            {
                var dist = UncertainParameters.FromSpec(p.Name, d);
                var sd = Math.Sqrt(dist.Variance);
                if (double.IsFinite(sd) && sd > floor)
                    return new ParameterPrior(p.Name, p.Value, sd, $"sd van de verdeling {d} in parameters.csv");
            }
            catch (InvalidDistributionException)
            {
                // fall through to the default spread
            }
        }
        var spread = Math.Max(DefaultRelativeSpread * Math.Abs(p.Value), floor);
        return new ParameterPrior(p.Name, p.Value, spread, $"geen bruikbare verdeling: standaard {DutchFormat.Number(DefaultRelativeSpread * 100, 0)}% van de waarde");
    }

    /// <summary>The penalty ((value − mean) / sd)² this prior adds to the objective.</summary>
    public double Penalty(double value) => (value - Mean) * (value - Mean) / (Sd * Sd);
}
