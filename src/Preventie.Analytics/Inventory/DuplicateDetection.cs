using Preventie.Analytics.Input;

namespace Preventie.Analytics.Inventory;

/// <summary>
/// Finds, for every activity, an earlier activity it is likely a duplicate of — without comparing all pairs.
/// <para><b>Rule</b> (unchanged from the all-pairs version): two activities match when their names are equal (after
/// <see cref="ColumnName.Normalize"/>), or their names, or else their intended effects, have a
/// <see cref="TextSimilarity"/> overlap of at least <see cref="DataQualityReport.DuplicateThreshold"/> with at least
/// <see cref="DataQualityReport.MinimumWords"/> content words each. Each activity is reported at most once: with the
/// first activity of the same name if there is one, otherwise with the earliest similar activity — so the number of
/// findings grows with the inventory, not with its square.</para>
/// <para><b>Blocking</b> (prefix filtering on shared content words): order all words by how rare they are. For a
/// pair with the smaller set S (s words) and the larger L, an overlap ≥ t·s needs k = ⌈t·s⌉ shared words, so the
/// s − k + 1 rarest words of S (its <i>prefix</i>) contain at least one word of L. Only activities that share such
/// a word are compared: each activity probes an index of earlier prefixes with all its words, and an index of earlier
/// full word sets with its own prefix. A row with the name of an earlier row is settled by a dictionary, so a large
/// cluster of identical rows costs one look-up per row. Words are integer ids and sets sorted arrays, so a comparison
/// is one merge. The result is exactly that of the plain double loop (a test checks this).</para>
/// </summary>
public static class DuplicateDetection
{
    /// <summary>One likely duplicate: <see cref="Later"/> resembles the earlier <see cref="Earlier"/> (indices into the list).</summary>
    public readonly record struct Match(int Earlier, int Later, string Why);

    /// <summary>For each activity that has one, the earlier activity it matches (see the class summary), in file order.</summary>
    public static IEnumerable<Match> FirstMatches(IReadOnlyList<PreventionActivity> activities)
    {
        var names = activities.Select(a => TextSimilarity.ContentWords(a.Name)).ToList();
        var effects = activities.Select(a => TextSimilarity.ContentWords(a.IntendedEffect)).ToList();
        var keys = activities.Select(a => ColumnName.Normalize(a.Name)).ToArray();
        var nameBlocks = new Blocks(names);
        var effectBlocks = new Blocks(effects);
        var firstWithName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < activities.Count; j++)
        {
            if (firstWithName.TryGetValue(keys[j], out var same))
                yield return new Match(same, j, "dezelfde naam");
            else
            {
                firstWithName[keys[j]] = j;
                // the earliest similar activity: a pair similar in names shares a blocking word in the name indexes, one
                // similar in effects in the effect indexes, so each index only checks its own field
                var best = nameBlocks.EarliestSimilar(j, int.MaxValue);
                best = effectBlocks.EarliestSimilar(j, best);
                if (best != int.MaxValue)
                    yield return new Match(best, j, nameBlocks.Similar(best, j) is { } ns
                        ? $"namen lijken op elkaar (overlap {Reporting.DutchFormat.Percent(ns, 0)})"
                        : $"beoogd effect lijkt op elkaar (overlap {Reporting.DutchFormat.Percent(effectBlocks.Similar(best, j)!.Value, 0)}: {string.Join(", ", effects[best].Intersect(effects[j]).Order())})");
            }
            nameBlocks.Add(j);
            effectBlocks.Add(j);
        }
    }

    /// <summary>
    /// One text field (names or effects): every word set as a sorted array of word ids, the id being the word's rank
    /// from rarest to most common (so a set's prefix is its first elements), and the two inverted indexes, filled in
    /// file order.
    /// </summary>
    private sealed class Blocks
    {
        private readonly int[][] _sets;
        private readonly int[] _prefixLength;
        private readonly List<int>?[] _byPrefixWord;
        private readonly List<int>?[] _byWord;
        private readonly int[] _lastVisit;

        public Blocks(IReadOnlyList<IReadOnlySet<string>> sets)
        {
            var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var set in sets)
                foreach (var w in set)
                    frequency[w] = frequency.GetValueOrDefault(w) + 1;
            var id = frequency.OrderBy(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select((kv, rank) => (kv.Key, rank)).ToDictionary(x => x.Key, x => x.rank, StringComparer.Ordinal);
            _sets = sets.Select(set => set.Select(w => id[w]).Order().ToArray()).ToArray();
            _prefixLength = _sets.Select(set => set.Length < DataQualityReport.MinimumWords ? 0
                : set.Length - (int)Math.Ceiling(DataQualityReport.DuplicateThreshold * set.Length - 1e-9) + 1).ToArray();
            _byPrefixWord = new List<int>?[id.Count];
            _byWord = new List<int>?[id.Count];
            _lastVisit = new int[sets.Count];
            Array.Fill(_lastVisit, -1);
        }

        /// <summary>
        /// The smallest index below <paramref name="bound"/> of an earlier activity similar to <paramref name="j"/> in
        /// this field, or <paramref name="bound"/>. Posting lists are in ascending order, so each is read only up to the
        /// best match found so far.
        /// </summary>
        public int EarliestSimilar(int j, int bound)
        {
            if (_prefixLength[j] == 0) return bound;
            var best = bound;
            void Scan(List<int>? list)
            {
                if (list is null) return;
                foreach (var i in list)
                {
                    if (i >= best) return;
                    if (_lastVisit[i] == j) continue;
                    _lastVisit[i] = j;
                    if (Similar(i, j) is not null) { best = i; return; }
                }
            }
            foreach (var w in _sets[j]) Scan(_byPrefixWord[w]);
            for (var k = 0; k < _prefixLength[j]; k++) Scan(_byWord[_sets[j][k]]);
            return best;
        }

        public void Add(int j)
        {
            if (_prefixLength[j] == 0) return;
            for (var k = 0; k < _prefixLength[j]; k++) (_byPrefixWord[_sets[j][k]] ??= []).Add(j);
            foreach (var w in _sets[j]) (_byWord[w] ??= []).Add(j);
        }

        /// <summary>The overlap coefficient of sets <paramref name="i"/> and <paramref name="j"/> when it reaches the threshold (both with enough words); otherwise null.</summary>
        public double? Similar(int i, int j)
        {
            if (_prefixLength[i] == 0 || _prefixLength[j] == 0) return null;
            var (a, b) = (_sets[i], _sets[j]);
            int x = 0, y = 0, shared = 0;
            while (x < a.Length && y < b.Length)
            {
                if (a[x] == b[y]) { shared++; x++; y++; }
                else if (a[x] < b[y]) x++;
                else y++;
            }
            var score = (double)shared / Math.Min(a.Length, b.Length);
            return score >= DataQualityReport.DuplicateThreshold ? score : null;
        }
    }
}
