
namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// The result of a <see cref="OneWaySensitivity"/> analysis: the base-case net benefits and one row per parameter,
/// ranked (largest effect first) for the municipality and for all payers together.
/// </summary>
[Display.TypeFormatterSource]
public sealed class OneWayResult
{
    /// <summary>Assembles the analysis of <paramref name="scenarioName"/> against <paramref name="comparatorName"/> from the base-case net benefits and the ranked <paramref name="rows"/>.</summary>
    public OneWayResult(string scenarioName, string comparatorName, double baseGemeente, double baseTotal, IReadOnlyList<OneWayRow> rows)
    {
        ScenarioName = scenarioName;
        ComparatorName = comparatorName;
        BaseGemeente = baseGemeente;
        BaseTotal = baseTotal;
        Rows = rows;
    }

    /// <summary>The name of the scenario whose net benefit was varied.</summary>
    public string ScenarioName { get; }
    /// <summary>The name of the comparator the net benefit is measured against.</summary>
    public string ComparatorName { get; }

    /// <summary>Municipal discounted net benefit at the point values.</summary>
    public double BaseGemeente { get; }

    /// <summary>Discounted net benefit of all payers at the point values.</summary>
    public double BaseTotal { get; }

    /// <summary>Rows in parameter order.</summary>
    public IReadOnlyList<OneWayRow> Rows { get; }

    /// <summary>Rows by decreasing effect on the municipality (ties by name): the municipal tornado.</summary>
    public IReadOnlyList<OneWayRow> RankedByGemeente =>
        Rows.OrderByDescending(r => r.GemeenteSwing).ThenBy(r => r.Parameter, StringComparer.Ordinal).ToList();

    /// <summary>Rows by decreasing effect on all payers together: the total tornado.</summary>
    public IReadOnlyList<OneWayRow> RankedByTotal =>
        Rows.OrderByDescending(r => r.TotalSwing).ThenBy(r => r.Parameter, StringComparer.Ordinal).ToList();

    /// <summary>A short description; the Dutch text and HTML are rendered by <c>Reporting.ResultRendering</c>.</summary>
    public override string ToString() => $"Eenzijdige gevoeligheidsanalyse: '{ScenarioName}' ten opzichte van '{ComparatorName}'";
}
