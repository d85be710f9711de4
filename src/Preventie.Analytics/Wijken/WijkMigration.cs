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

    private WijkMigration(double[,,] share, string file, bool illustrative)
    {
        _share = share;
        var n = share.GetLength(1);
        _moves = Enumerable.Range(0, share.GetLength(0)).Select(b =>
            (from f in Enumerable.Range(0, n) from t in Enumerable.Range(0, n) where share[b, f, t] != 0 select (f, t, share[b, f, t])).ToArray()).ToArray();
        _stay = Enumerable.Range(0, share.GetLength(0)).Select(b => Enumerable.Range(0, n).Select(f => 1 - Enumerable.Range(0, n).Sum(t => share[b, f, t])).ToArray()).ToArray();
        File = file;
        IsIllustrative = illustrative;
    }

    public string File { get; }
    /// <summary>True when a row's <c>bron</c> or a comment line says the shares are illustrative.</summary>
    public bool IsIllustrative { get; }
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

    /// <summary>Reads and validates <paramref name="path"/> against <paramref name="wijken"/> and the model's age
    /// bands <paramref name="bandSet"/>.</summary>
    /// <exception cref="DataValidationException">Unknown wijk, a move to the same wijk, a share outside [0, 1], a
    /// duplicate row, shares per origin and band above 1, or a missing source.</exception>
    public static WijkMigration Read(string path, WijkSet wijken, AgeBandSet bandSet)
    {
        var t = TableReader.Read(path, ["van"], ["naar"], ["aandeel"], ["bron"]);
        var errors = new ErrorCollector(path);
        var n = wijken.Count;
        var bands = bandSet.Count;
        var share = new double[bands, n, n];
        var specific = new bool[bands, n, n];
        var seen = new Dictionary<(int From, int To, int Band), int>(); // band −1 = every band
        var rowOf = new Dictionary<(int From, int Band), int>();
        var illustrative = false;
        foreach (var row in t.Rows)
        {
            var fromText = row.Get(t.IndexOf("van"));
            var toText = row.Get(t.IndexOf("naar"));
            var from = wijken.IndexOf(fromText);
            var to = wijken.IndexOf(toText);
            if (from < 0) errors.Add(row.Number, "van", fromText, wijken.UnknownMessage(fromText));
            if (to < 0) errors.Add(row.Number, "naar", toText, wijken.UnknownMessage(toText));
            if (from >= 0 && from == to) errors.Add(row.Number, "naar", toText, "verhuizen binnen dezelfde wijk telt niet: van en naar moeten verschillen");
            var shareText = row.Get(t.IndexOf("aandeel")).Trim();
            if (!DutchNumber.TryParse(shareText, out var value) || !(value is >= 0 and <= 1))
            { errors.Add(row.Number, "aandeel", shareText, "aandeel moet een getal tussen 0 en 1 zijn (deel van de inwoners dat per jaar verhuist)"); continue; }
            var bandText = row.Get(t.IndexOf("leeftijd")).Trim();
            var band = -1;
            if (bandText.Length > 0)
            {
                if (bandSet.TryParse(bandText, out var b)) band = b.Index;
                else { errors.Add(row.Number, "leeftijd", bandText, $"onbekende leeftijdsgroep (leeg = alle, of: {string.Join(", ", bandSet.Select(x => x.Code))})"); continue; }
            }
            var source = row.Get(t.IndexOf("bron")).Trim();
            if (source.Length == 0) errors.Add(row.Number, "bron", source, "bron ontbreekt: geef de herkomst of schrijf 'illustratief' of 'aanname'");
            illustrative |= source.Contains("illustratief", StringComparison.OrdinalIgnoreCase);
            if (from < 0 || to < 0 || from == to) continue;
            if (seen.TryGetValue((from, to, band), out var earlier))
            { errors.Add(row.Number, "naar", toText, $"{wijken.Wijken[from].Name} → {wijken.Wijken[to].Name}{(band < 0 ? "" : $" ({bandText})")} staat ook in rij {earlier}"); continue; }
            seen[(from, to, band)] = row.Number;
            for (var b = 0; b < bands; b++)
            {
                if (band >= 0 && b != band) continue;
                if (band < 0 && specific[b, from, to]) continue; // a band's own row wins
                share[b, from, to] = value;
                if (band >= 0) specific[b, from, to] = true;
                rowOf.TryAdd((from, b), row.Number);
            }
        }
        for (var from = 0; from < n; from++)
        {
            var over = new List<(int Band, double Sum)>();
            for (var b = 0; b < bands; b++)
            {
                var sum = 0.0;
                for (var to = 0; to < n; to++) sum += share[b, from, to];
                if (sum > 1 + 1e-12) over.Add((b, sum));
            }
            if (over.Count == 0) continue;
            var worst = over.MaxBy(o => o.Sum);
            errors.Add(rowOf[(from, worst.Band)], "aandeel", Reporting.DutchFormat.Number(worst.Sum, 3),
                $"de aandelen die uit {wijken.Wijken[from].Name} verhuizen tellen op tot meer dan 1 " +
                $"(leeftijdsgroep {string.Join(", ", over.Select(o => bandSet[o.Band].Code))}): samen kan niet meer dan de hele wijk verhuizen");
        }
        errors.ThrowIfAny();
        illustrative |= System.IO.File.ReadLines(path).Take(20).Any(l => l.TrimStart().StartsWith('#') && l.Contains("illustratief", StringComparison.OrdinalIgnoreCase));
        return new WijkMigration(share, path, illustrative);
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
            .Select(x => $"{Path.GetFileName(File)}: uit {wijken.Wijken[x.from].Name} verhuist tot {Reporting.DutchFormat.Percent(x.worst, 1)} " +
                         $"van de inwoners per jaar naar andere wijken; dat is ongebruikelijk hoog (boven {Reporting.DutchFormat.Percent(HighOutflowShare, 0)}): " +
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
               $"gemiddeld over de leeftijdsgroepen verhuist zo'n {Reporting.DutchFormat.Percent(total, 1)} van de inwoners per jaar naar een andere wijk)" +
               (IsIllustrative ? "; de verhuiscijfers zijn illustratief." : ".") +
               string.Concat(Warnings(wijken).Select(w => " Let op: " + w + "."));
    }
}
