using Preventie.Analytics.Formatting;
using Preventie.Analytics.Input;
using Preventie.Analytics.Population;

namespace Preventie.Analytics.Wijken;

/// <summary>
/// Moves between wijken: the yearly share of a wijk's inhabitants (per age band) that moves to another wijk, read from
/// <c>verhuizingen.csv</c> beside the wijk file: <c>van;naar;aandeel;leeftijd;bron</c>. <c>van</c> and <c>naar</c> are
/// wijk names or codes of the wijk file (different wijken); <c>aandeel</c> a share in [0, 1] per year; <c>leeftijd</c>
/// empty (every band) or a band such as 65-79, which replaces the every-band row of the same pair for that band;
/// <c>bron</c> a source or "illustratief"/"aanname". Per origin and band the shares may add up to at most 1. All errors
/// at once, naming file, row, field and value.
/// <para>Applied once per cycle, after the cycle's transitions, ageing, net migration and births (so newborns move
/// too) and before its person-years and costs are counted: of every living state in band b of wijk w, a share
/// m_b(w→v) moves to wijk v, keeping state and band. People who died do not move. The moves conserve the people of
/// every band and state over the city.</para>
/// </summary>
public sealed class WijkMigration
{
    /// <summary>The file name looked for beside the wijk file.</summary>
    public const string DefaultName = "verhuizingen.csv";

    private readonly double[,,] _share; // [band, from, to]
    private readonly (int From, int To, double Share)[][] _moves; // per band: the non-zero shares
    private readonly double[][] _stay; // per band and wijk: 1 − the shares moving out

    internal WijkMigration(double[,,] share, string file, bool illustrative)
    {
        _share = share;
        var n = share.GetLength(1);
        _moves = Enumerable.Range(0, share.GetLength(0)).Select(b =>
            (from f in Enumerable.Range(0, n) from t in Enumerable.Range(0, n) where share[b, f, t] != 0 select (f, t, share[b, f, t])).ToArray()).ToArray();
        _stay = Enumerable.Range(0, share.GetLength(0)).Select(b => Enumerable.Range(0, n).Select(f => 1 - Enumerable.Range(0, n).Sum(t => share[b, f, t])).ToArray()).ToArray();
        File = file;
        IsIllustrative = illustrative;
    }

    /// <summary>The moves file the shares were read from (named in errors and notes).</summary>
    public string File { get; }
    /// <summary>True when a row's <c>bron</c> or a comment line says the shares are illustrative.</summary>
    public bool IsIllustrative { get; }
    /// <summary>Number of wijken (the wijk file's order).</summary>
    public int Wijken => _share.GetLength(1);

    /// <summary>Number of age bands (the model's, <see cref="AgeBandSet"/>).</summary>
    public int Bands => _share.GetLength(0);

    /// <summary>Yearly share of band <paramref name="band"/> (index in the model's <see cref="AgeBandSet"/>) of wijk
    /// <paramref name="from"/> moving to wijk <paramref name="to"/>.</summary>
    public double Share(int band, int from, int to) => _share[band, from, to];

    /// <summary>A migration with the given shares [band, from, to] (tests, notebooks).</summary>
    public static WijkMigration Of(double[,,] share, string file = "verhuizingen", bool illustrative = false)
    {
        if (share.GetLength(0) == 0 || share.GetLength(1) != share.GetLength(2)) throw new ArgumentException("shares must be [band, from, to]", nameof(share));
        return new WijkMigration((double[,,])share.Clone(), file, illustrative);
    }

    /// <summary>
    /// Moves people between the wijken's counts in place: <paramref name="counts"/>[w][b·S + s] for wijk w, band b and
    /// state s; only living states move. Per band, every wijk keeps 1 − (its shares moving out) of each living count
    /// and receives share × the origin's count from each origin, all computed from the counts before any move (so the
    /// order of the wijken does not matter); <paramref name="scratch"/> (length wijken × S) avoids allocations.
    /// </summary>
    internal void Apply(IReadOnlyList<double[]> counts, int states, int[] livingStates, double[] scratch)
    {
        var n = counts.Count;
        for (var b = 0; b < _moves.Length; b++)
        {
            var moves = _moves[b];
            if (moves.Length == 0) continue;
            var first = b * states;
            for (var w = 0; w < n; w++) Array.Copy(counts[w], first, scratch, w * states, states);
            var stay = _stay[b];
            for (var w = 0; w < n; w++)
            {
                var keep = stay[w];
                if (keep == 1) continue;
                var c = counts[w];
                var from = w * states;
                foreach (var s in livingStates) c[first + s] = scratch[from + s] * keep;
            }
            foreach (var (from, to, share) in moves)
            {
                var c = counts[to];
                var at = from * states;
                foreach (var s in livingStates) c[first + s] += share * scratch[at + s];
            }
        }
    }

    /// <summary>
    /// A yearly share moving out of one wijk (in one band) above this is legal but unusual: in the Netherlands about 10%
    /// of the inhabitants move per year, about half of them within their municipality (CBS, Verhuisde personen), so more
    /// than 15% of a wijk's band leaving for other wijken every year is most likely a unit mistake (percent for share).
    /// </summary>
    public const double HighOutflowShare = 0.15;

    /// <summary>Dutch warnings for origins whose yearly share moving out (summed over the destinations) exceeds
    /// <see cref="HighOutflowShare"/> in some band; empty when none does.</summary>
    public IReadOnlyList<string> Warnings(WijkSet wijken) =>
        Enumerable.Range(0, Wijken).Select(from => (from, worst: Enumerable.Range(0, Bands).Max(b => 1 - _stay[b][from])))
            .Where(x => x.worst > HighOutflowShare)
            .Select(x => $"{Path.GetFileName(File)}: uit {wijken.Wijken[x.from].Name} verhuist tot {DutchFormat.Percent(x.worst, 1)} " +
                         $"van de inwoners per jaar naar andere wijken; dat is ongebruikelijk hoog (boven {DutchFormat.Percent(HighOutflowShare, 0)}): " +
                         "controleer of de aandelen als deel (0,05) en niet als procent (5) zijn ingevuld")
            .ToList();

    /// <summary>Dutch sentence for reports: that and how inhabitants move between wijken, with
    /// <see cref="Warnings"/> when a share is unusually high.</summary>
    public string Note(WijkSet wijken)
    {
        // the yearly share moving out, weighted by the wijken's inhabitants, averaged over the bands
        var total = 0.0;
        for (var b = 0; b < Bands; b++)
            for (var from = 0; from < Wijken; from++)
                for (var to = 0; to < Wijken; to++) total += wijken.Wijken[from].Inhabitants * _share[b, from, to] / wijken.TotalInhabitants / Bands;
        return $"Inwoners verhuizen tussen wijken volgens {Path.GetFileName(File)} (jaarlijkse aandelen per wijk en leeftijdsgroep; " +
               $"gemiddeld over de leeftijdsgroepen verhuist zo'n {DutchFormat.Percent(total, 1)} van de inwoners per jaar naar een andere wijk)" +
               (IsIllustrative ? "; de verhuiscijfers zijn illustratief." : ".") +
               string.Concat(Warnings(wijken).Select(w => " Let op: " + w + "."));
    }
}
