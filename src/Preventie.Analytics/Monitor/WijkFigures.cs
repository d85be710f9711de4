using Preventie.Analytics.Formatting;
using System.Net;
using System.Text;
using Preventie.Analytics.Input;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Monitor;

/// <summary>One monitor figure of one wijk: the wijk row itself or the sum of its buurten, against what the wijk's
/// share of the population would give.</summary>
/// <param name="Wijk">The wijk (from the wijk file).</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Band">"totaal" or the age band code.</param>
/// <param name="Year">Calendar year.</param>
/// <param name="Provisional">True when the figure (or one of its buurten) is provisional.</param>
/// <param name="Observed">The wijk's figure; null when unknown ("." in the wijk row or in one of its buurten).</param>
/// <param name="Buurten">Number of buurt rows summed (0 = the wijk's own row).</param>
/// <param name="Expected">For a count other than the population: the municipality's figure × the wijk's share of the
/// population (see <see cref="ExpectedBasis"/>); null when the municipality's figure is missing.</param>
/// <param name="ExpectedBasis">Where the population share came from: the monitor's population per wijk, or the wijk file.</param>
public sealed record WijkFigure(Wijk Wijk, MonitorIndicator Indicator, string Band, int Year, bool Provisional, double? Observed, int Buurten,
    double? Expected, string? ExpectedBasis);

/// <summary>
/// The monitor's wijk (<c>WK</c>) and buurt (<c>BU</c>) rows as figures per wijk: every code must lie in a wijk of the
/// wijk file (else a Dutch error naming file, row, column and value); buurten are summed into their wijk (a wijk's own
/// row takes precedence; one unknown buurt makes the sum unknown); each count is set against what the wijk's share of
/// the population would give of the municipality's figure (observed vs expected: a wijk above it is a finding, not an
/// error). The municipality's rows stay the city calibration's; these figures are shown, never fitted. Counts below the
/// suppression threshold are suppressed in every rendering.
/// </summary>
public sealed class WijkFigures
{
    private WijkFigures(MonitorData data, WijkSet wijken, IReadOnlyList<WijkFigure> rows, IReadOnlyList<string> notes)
    {
        Data = data;
        Wijken = wijken;
        Rows = rows;
        Notes = notes;
    }

    /// <summary>The monitor data the wijk and buurt rows came from.</summary>
    public MonitorData Data { get; }
    /// <summary>The wijken of the wijk file the rows were assigned to.</summary>
    public WijkSet Wijken { get; }
    /// <summary>Per wijk (wijk-file order), indicator, band and year.</summary>
    public IReadOnlyList<WijkFigure> Rows { get; }
    /// <summary>Dutch notes: buurten that add up to more than their wijk's own row.</summary>
    public IReadOnlyList<string> Notes { get; }
    /// <summary>True when the monitor file or the wijk file is illustrative.</summary>
    public bool IsIllustrative => Data.IsIllustrative || Wijken.IsIllustrative;

    /// <summary>Validates and aggregates <paramref name="data"/>'s wijk and buurt rows per wijk of <paramref name="wijken"/>.</summary>
    /// <param name="data">The monitor file's rows.</param>
    /// <param name="wijken">The wijk file the codes must lie in.</param>
    /// <param name="suppression">The small-count rule for the counts quoted in <see cref="Notes"/> (default: below 10).</param>
    /// <exception cref="DataValidationException">A code outside the wijk file (all such rows at once).</exception>
    public static WijkFigures Create(MonitorData data, WijkSet wijken, SmallCountSuppression? suppression = null)
    {
        var sup = suppression ?? SmallCountSuppression.Default;
        var errors = new ErrorCollector(data.File);
        foreach (var o in data.AreaObservations.Where(o => wijken.IndexOf(RegionCode.WijkOf(o.Region)!) < 0))
            errors.Add(o.Row, "regio", o.Region, wijken.UnknownAreaMessage(o.Region));
        errors.ThrowIfAny();

        var notes = new List<string>();
        var aggregated = new List<(Wijk Wijk, MonitorIndicator Indicator, string Band, int Year, bool Provisional, double? Value, int Buurten)>();
        foreach (var g in data.AreaObservations.GroupBy(o => (Wijk: wijken.IndexOf(RegionCode.WijkOf(o.Region)!), o.Indicator.Code, o.BandCode, o.Year))
                     .OrderBy(g => g.Key.Wijk).ThenBy(g => g.Key.Code, StringComparer.Ordinal).ThenBy(g => g.Key.BandCode, StringComparer.Ordinal).ThenBy(g => g.Key.Year))
        {
            var wijk = wijken.Wijken[g.Key.Wijk];
            var own = g.FirstOrDefault(o => RegionCode.IsWijk(o.Region));
            var buurten = g.Where(o => RegionCode.IsBuurt(o.Region)).ToList();
            double? sum = buurten.Any(b => b.Value is null) ? null : buurten.Sum(b => b.Value!.Value);
            if (own is not null && sum is { } s && own.Value is { } w && s > w)
                notes.Add($"{wijk.Name}, {g.Key.Code}, {g.Key.BandCode}, {g.Key.Year}: de buurten tellen op tot {sup.Text(s)}, meer dan de {sup.Text(w)} van de wijk zelf (rij {own.Row}); het wijkcijfer is gebruikt.");
            aggregated.Add(own is not null
                ? (wijk, own.Indicator, g.Key.BandCode, g.Key.Year, own.Period.IsProvisional, own.Value, 0)
                : (wijk, buurten[0].Indicator, g.Key.BandCode, g.Key.Year, buurten.Any(b => b.Period.IsProvisional), sum, buurten.Count));
        }

        var population = aggregated.Where(a => a.Indicator.IsPopulation && a.Value is > 0).ToDictionary(a => (a.Wijk.Code, a.Band, a.Year), a => a.Value!.Value);
        double? City(string indicator, string band, int year) =>
            data.Observations.FirstOrDefault(o => o.Indicator.Code == indicator && o.BandCode == band && o.Year == year)?.Value;
        var rows = aggregated.Select(a =>
        {
            if (a.Indicator.IsPopulation || City(a.Indicator.Code, a.Band, a.Year) is not { } city) return new WijkFigure(a.Wijk, a.Indicator, a.Band, a.Year, a.Provisional, a.Value, a.Buurten, null, null);
            double share;
            string basis;
            if (population.TryGetValue((a.Wijk.Code, a.Band, a.Year), out var p) && City(PopulationCode(data), a.Band, a.Year) is > 0 and { } cityPopulation)
                (share, basis) = (p / cityPopulation, "bevolking per wijk (monitor)");
            else (share, basis) = (a.Wijk.Inhabitants / wijken.TotalInhabitants, "inwoners (wijkbestand)");
            return new WijkFigure(a.Wijk, a.Indicator, a.Band, a.Year, a.Provisional, a.Value, a.Buurten, city * share, basis);
        }).ToList();
        return new WijkFigures(data, wijken, rows, notes);
    }

    private static string PopulationCode(MonitorData data) =>
        data.Observations.FirstOrDefault(o => o.Indicator.IsPopulation)?.Indicator.Code ?? "bevolking";





}
