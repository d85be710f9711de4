using Preventie.Analytics.Timeline;
namespace Preventie.Analytics.Uncertainty;

/// <summary>Settings of a probabilistic sensitivity analysis.</summary>
public sealed record PsaOptions
{
    /// <summary>The documented default seed: 20240101.</summary>
    public const ulong DefaultSeed = 20240101;

    /// <summary>Most draws the CLI accepts.</summary>
    public const int MaxDraws = 100_000;

    /// <summary>Number of draws (default 1,000; 1 to <see cref="MaxDraws"/>).</summary>
    public int Draws { get; init; } = 1000;

    /// <summary>Run seed; same seed and inputs, same numbers — whatever <see cref="MaxDegreeOfParallelism"/>.</summary>
    public ulong Seed { get; init; } = DefaultSeed;

    /// <summary>Worker threads (0 = all processors). Does not change the results.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Draws per chunk (see <see cref="DrawRunner"/>). Does not change the results.</summary>
    public int ChunkSize { get; init; } = DrawRunner.DefaultChunkSize;

    /// <summary>
    /// The values of a zelfredzaam life-year (euro) for the acceptability and EVPI curves; default 0 to 100,000 in steps
    /// of 5,000. The first value is used for the headline EVPI (0 = money only).
    /// </summary>
    public IReadOnlyList<double> ValuesPerLifeYear { get; init; } = AcceptabilityCurveAccumulator.Grid(100_000, 20);

    /// <summary>First year of the council term for the municipal break-even probability (default 2026).</summary>
    public CalendarYear CouncilTermStart { get; init; } = new(2026);

    /// <summary>Last year of the council term (default 2030).</summary>
    public CalendarYear CouncilTermEnd { get; init; } = new(2030);

    /// <summary>
    /// Draws kept for the PSA cloud (<see cref="PsaResult.Cloud"/>): the first this many in draw order, so the sample
    /// is the same for any number of threads and memory stays bounded whatever <see cref="Draws"/> is (default 1,000;
    /// 0 keeps none).
    /// </summary>
    public int CloudDraws { get; init; } = 1000;


    /// <summary>Dutch messages for invalid settings (empty when valid).</summary>
    public IEnumerable<string> Validate()
    {
        if (Draws < 1 || Draws > MaxDraws) yield return $"het aantal trekkingen moet tussen 1 en {MaxDraws.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))} liggen (gekregen: {Draws.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))})";
        if (CloudDraws < 0 || CloudDraws > MaxDraws) yield return $"het aantal trekkingen voor de puntenwolk moet tussen 0 en {MaxDraws.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))} liggen (gekregen: {CloudDraws.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))})";
        if (CouncilTermEnd < CouncilTermStart) yield return "de raadsperiode eindigt voor ze begint";
        if (ValuesPerLifeYear.Count == 0) yield return "geef minstens één waarde per zelfredzaam levensjaar";
    }
}
