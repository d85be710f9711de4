using System.Globalization;

namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// Thrown when a distribution is declared with impossible parameters (a beta mean outside (0, 1), a negative
/// spread, minimum above maximum…). <see cref="Exception.Message"/> is a Dutch sentence that names the parameter,
/// e.g. <c>parameter 'kans_herstel': het gemiddelde van een bèta-verdeling moet tussen 0 en 1 liggen (gekregen: 1,2)</c>.
/// Loaders turn it into a <see cref="Input.DataError"/> with file, row and field via <see cref="Problem"/>.
/// </summary>
public sealed class InvalidDistributionException : Exception
{
    /// <summary>Reports that the distribution of <paramref name="parameter"/> is impossible; <paramref name="problem"/> is the Dutch reason.</summary>
    public InvalidDistributionException(string parameter, string problem)
        : base($"parameter '{parameter}': {problem}")
    {
        Parameter = parameter;
        Problem = problem;
    }

    /// <summary>The name of the parameter whose distribution is invalid.</summary>
    public string Parameter { get; }

    /// <summary>What is wrong, in Dutch, without the parameter name.</summary>
    public string Problem { get; }

    /// <summary>A number as a Dutch reader expects it in a message: "0,25", "-3", "1.500".</summary>
    internal static string Show(double value) =>
        double.IsNaN(value) ? "geen getal"
        : Math.Abs(value) >= Formatting.DutchFormat.PowerOfTenThreshold ? Formatting.DutchFormat.Number(value)
        : value.ToString("#,##0.######", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));

    /// <summary>Throws unless <paramref name="value"/> is a finite number.</summary>
    internal static void RequireFinite(string parameter, string what, double value)
    {
        if (!double.IsFinite(value))
            throw new InvalidDistributionException(parameter, $"{what} is geen geldig eindig getal (gekregen: {value.ToString(CultureInfo.InvariantCulture)})");
    }

    /// <summary>Throws when a spread (sd) is negative.</summary>
    internal static void RequireNonNegativeSpread(string parameter, double sd)
    {
        RequireFinite(parameter, "de spreiding (sd)", sd);
        if (sd < 0)
            throw new InvalidDistributionException(parameter, $"de spreiding (sd) mag niet negatief zijn (gekregen: {Show(sd)})");
    }
}
