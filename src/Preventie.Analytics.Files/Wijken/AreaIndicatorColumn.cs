using Preventie.Analytics.Formatting;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Wijken;

/// <summary>
/// The meaning of an indicator of the buurt/wijk indicator file (<see cref="AreaIndicatorFile"/>), declared once per kind
/// and checked for every row: its unit, the largest legal value (above it a value is a typing or unit error and is
/// refused) and the largest plausible value (above it a warning). The kind follows from the indicator code as the file
/// documents it (data/wijken/README.md): <c>bevolking</c> is a number of inhabitants, <c>aandeel_…</c> a fraction of
/// the inhabitants (0 to 1, as 0,155 for 15,5%), <c>…_clienten</c>, <c>huishoudens_…</c> and <c>aantal_…</c> a number of
/// people or households of that area (never more than its <c>bevolking</c>); any other code is a free number.
/// </summary>
/// <param name="Unit">The unit in the user's words (Dutch).</param>
/// <param name="Absurd">Above this a value is refused.</param>
/// <param name="Plausible">Above this a value is legal but warned.</param>
/// <param name="IsCount">A number of people or households: a whole number, at most the area's <see cref="Population"/>.</param>
public sealed record AreaIndicatorColumn(string Unit, double Absurd, double Plausible, bool IsCount)
{
    /// <summary>The indicator with the number of inhabitants (the need model's exposure).</summary>
    public const string PopulationCode = "bevolking";

    /// <summary>Above this share of its area's inhabitants a count is legal but warned (no Wmo, youth-care or social
    /// assistance figure comes near half of a buurt).</summary>
    public const double PlausibleCountShare = 0.5;

    /// <summary>Inhabitants of one wijk or buurt: more than a million is more than the largest Dutch municipality
    /// (Amsterdam, about 930.000) and refused; more than 100.000 in one wijk or buurt is warned.</summary>
    public static readonly AreaIndicatorColumn Population = new("inwoners (aantal personen)", 1_000_000, 100_000, IsCount: true);

    /// <summary>A share of the inhabitants as a fraction from 0 to 1 (the documented unit; 15,5% is written 0,155).</summary>
    public static readonly AreaIndicatorColumn Share = new("aandeel van de inwoners (fractie van 0 tot en met 1)", 1, 1, IsCount: false);

    /// <summary>A number of people or households in the area: at most its inhabitants (checked per area), warned above
    /// <see cref="PlausibleCountShare"/> of them.</summary>
    public static readonly AreaIndicatorColumn Count = new("aantal personen of huishoudens", 1_000_000, 1_000_000, IsCount: true);

    /// <summary>Any other indicator: a free number, refused only beyond any figure of a wijk or buurt (a billion).</summary>
    public static readonly AreaIndicatorColumn Other = new("getal", 1_000_000_000, 1_000_000_000, IsCount: false);

    /// <summary>Shares of age groups that exclude each other: together at most 1 in every area.</summary>
    public static readonly IReadOnlyList<string> DisjointShares = [ColumnName.Normalize("aandeel_0_17"), ColumnName.Normalize("aandeel_65plus")];

    /// <summary>The meaning of <paramref name="indicator"/> (an indicator code as written; compared as
    /// <see cref="ColumnName.Normalize"/> does, so <c>aandeel_65plus</c> and <c>Aandeel 65plus</c> are one code).</summary>
    public static AreaIndicatorColumn For(string indicator)
    {
        var code = ColumnName.Normalize(indicator);
        return code == PopulationCode ? Population
            : code.StartsWith("aandeel", StringComparison.Ordinal) ? Share
            : code.EndsWith("clienten", StringComparison.Ordinal) || code.StartsWith("huishoudens", StringComparison.Ordinal)
              || code.StartsWith("aantal", StringComparison.Ordinal) ? Count
            : Other;
    }

    /// <summary>The Dutch rule a single value <paramref name="value"/> of <paramref name="indicator"/> breaks (refused), or null.</summary>
    public string? Refusal(string indicator, double value)
    {
        if (value <= Absurd) return null;
        if (ReferenceEquals(this, Share))
            return value <= 100
                ? $"een aandeel is een fractie van 0 tot en met 1 (regel: {indicator} in {Unit}); {DutchFormat.Number(value, 1)} lijkt een percentage: schrijf {DutchFormat.Number(value, 1)}% als {DutchFormat.Number(value / 100, 3)}"
                : $"een aandeel is een fractie van 0 tot en met 1 (regel: {indicator} in {Unit}); {DutchFormat.Number(value)} is geen aandeel";
        return $"{DutchFormat.Number(value)} is onmogelijk groot voor {indicator} van één wijk of buurt (regel: hoogstens {DutchFormat.Number(Absurd)} {Unit}); controleer de eenheid en of de kolommen niet verschoven zijn";
    }

    /// <summary>The Dutch warning for a legal but implausible value (an unusually large population, or a count that is
    /// not a whole number), or null.</summary>
    public string? Warning(string indicator, double value)
    {
        if (value > Plausible)
            return $"{DutchFormat.Number(value)} {Unit} is ongewoon groot voor één wijk of buurt (meer dan {DutchFormat.Number(Plausible)}); controleer of het cijfer niet van de hele gemeente is";
        if (IsCount && value != Math.Floor(value))
            return $"{indicator} is een aantal, maar {DutchFormat.Number(value, 2)} is geen heel getal; controleer of het geen aandeel, gemiddelde of cijfer per 1.000 inwoners is";
        return null;
    }

    /// <summary>The Dutch rule a count <paramref name="count"/> of <paramref name="indicator"/> breaks against the area's
    /// <paramref name="population"/> (refused), or null.</summary>
    public static string? CountRefusal(string indicator, double count, double population) =>
        count > population
            ? $"{DutchFormat.Number(count)} {indicator} in een gebied met {DutchFormat.Number(population)} inwoners (regel: een aantal personen of huishoudens is hoogstens de bevolking van het gebied); controleer de regio en de eenheid"
            : null;

    /// <summary>The Dutch warning for a count above <see cref="PlausibleCountShare"/> of the area's inhabitants, or null.</summary>
    public static string? CountWarning(string indicator, double count, double population) =>
        population > 0 && count > PlausibleCountShare * population
            ? $"{DutchFormat.Number(count)} {indicator} is {DutchFormat.Percent(count / population, 0)} van de {DutchFormat.Number(population)} inwoners: ongewoon hoog (meer dan {DutchFormat.Percent(PlausibleCountShare, 0)}); controleer het cijfer"
            : null;
}
