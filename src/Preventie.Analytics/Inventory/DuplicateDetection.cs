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
/// a word are compared: an activity j probes an index of prefixes with all its words for the earlier activities no
/// larger than itself (<i>length filter</i>: there the earlier one is S), and an index of full word sets with its own
/// prefix for the larger ones. The first shared word met this way is the rarest shared word, so its positions in both
/// sets bound the overlap (<i>positional filter</i>: 1 + the words after it in the shorter remainder); a candidate
/// that cannot reach k is dropped unverified, and the verifying merge starts after that word and stops as soon as
/// k is out of reach. A row with the name of an earlier row is settled by a dictionary, so a large cluster of
/// identical rows costs one look-up per row. Words are integer ids and sets sorted arrays.</para>
/// <para><b>Threads</b>: the indexes are built once for all rows; then every row's search (earlier rows only, posting
/// lists read in row order up to the best match so far) is independent of the others and runs in parallel, each
/// result in its own slot, so the findings are the same whatever the number of threads. The result is exactly that
/// of the plain double loop (tests check both).</para>
/// </summary>
public static class DuplicateDetection
{
    /// <summary>One likely duplicate: <see cref="Later"/> resembles the earlier <see cref="Earlier"/> (indices into the list).</summary>
    public readonly record struct Match(int Earlier, int Later, string Why);

    /// <summary>
    /// For each activity that has one, the earlier activity it matches (see the class summary), in file order.
    /// <paramref name="maxThreads"/>: at most this many threads (0: one per processor); the result does not depend on it.
    /// </summary>
    public static IReadOnlyList<Match> FirstMatches(IReadOnlyList<PreventionActivity> activities, int maxThreads = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxThreads);
        var n = activities.Count;
        var names = new Field(activities.Select(a => a.Name).ToList());
        var effects = new Field(activities.Select(a => a.IntendedEffect).ToList());

        // same name first: a dictionary in file order
        var earlier = new int[n];
        var firstWithName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < n; j++)
        {
            var key = ColumnName.Normalize(activities[j].Name);
            if (firstWithName.TryGetValue(key, out var same)) earlier[j] = same;
            else
            {
                firstWithName[key] = j;
                earlier[j] = -1;
            }
        }

        // the earliest similar activity of every other row: independent searches, each written to its own slot
        var similar = new int[n];
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, n, Math.Max(256, n / 64)),
            new ParallelOptions { MaxDegreeOfParallelism = maxThreads == 0 ? -1 : maxThreads },
            () => (Names: new Search(names), Effects: new Search(effects)),
            (range, _, search) =>
            {
                for (var j = range.Item1; j < range.Item2; j++)
                {
                    if (earlier[j] >= 0) continue;
                    // a pair similar in names shares a blocking word in the name indexes, one similar in effects in the
                    // effect indexes, so each index only checks its own field
                    var best = search.Names.EarliestSimilar(j, j);
                    similar[j] = search.Effects.EarliestSimilar(j, best);
                }
                return search;
            },
            _ => { });

        var matches = new List<Match>();
        for (var j = 0; j < n; j++)
        {
            if (earlier[j] >= 0)
                matches.Add(new Match(earlier[j], j, "dezelfde naam"));
            else if (similar[j] < j)
            {
                var best = similar[j];
                matches.Add(new Match(best, j, names.Overlap(best, j) is { } ns
                    ? $"namen lijken op elkaar (overlap {Reporting.DutchFormat.Percent(ns, 0)})"
                    : $"beoogd effect lijkt op elkaar (overlap {Reporting.DutchFormat.Percent(effects.Overlap(best, j)!.Value, 0)}: {string.Join(", ", effects.SharedWords(best, j).Order())})"));
            }
        }
        return matches;
    }

    /// <summary>
    /// Shared words needed for an overlap of at least the threshold when the smaller set has <paramref name="size"/>
    /// words (rounded down a hair, so the filters never drop a pair the exact test in <see cref="Field.Overlap"/> keeps).
    /// </summary>
    private static int Needed(int size) => (int)Math.Ceiling(DataQualityReport.DuplicateThreshold * size - 1e-9);

    /// <summary>One entry of a posting list: a row, the position of the word in that row's set, and the set's size.</summary>
    private readonly record struct Posting(int Row, int Position, int Size);

    /// <summary>
    /// One text field (names or effects): every word set as a sorted array of word ids, the id being the word's rank
    /// from rarest to most common (so a set's prefix is its first elements), and the two inverted indexes (prefix
    /// words and all words), each posting list in row order. Read-only once built.
    /// </summary>
    private sealed class Field
    {
        private readonly string[] _words;
        private readonly int[][] _sets;
        private readonly int[] _prefixLength;
        private readonly Posting[][] _byPrefixWord;
        private readonly Posting[][] _byWord;

        public Field(IReadOnlyList<string?> texts)
        {
            // intern the content words (first-seen ids), each set without repeats
            var provisional = new Dictionary<string, int>(StringComparer.Ordinal);
            var lookup = provisional.GetAlternateLookup<ReadOnlySpan<char>>();
            var frequency = new List<int>();
            var raw = new int[texts.Count][];
            var current = new List<int>();
            foreach (var (text, row) in texts.Select((t, r) => (t, r)))
            {
                current.Clear();
                TextSimilarity.EachContentWord(text, w =>
                {
                    if (!lookup.TryGetValue(w, out var id))
                    {
                        id = provisional.Count;
                        lookup[w] = id;
                        frequency.Add(0);
                    }
                    current.Add(id);
                });
                raw[row] = current.Distinct().ToArray();
                foreach (var id in raw[row]) frequency[id]++;
            }

            // rank: rarest first, ties by the word
            _words = new string[provisional.Count];
            foreach (var (word, id) in provisional) _words[id] = word;
            var order = Enumerable.Range(0, _words.Length)
                .OrderBy(id => frequency[id]).ThenBy(id => _words[id], StringComparer.Ordinal).ToArray();
            var rank = new int[order.Length];
            for (var r = 0; r < order.Length; r++) rank[order[r]] = r;
            _words = order.Select(id => _words[id]).ToArray();
            _sets = raw.Select(set =>
            {
                var ranked = set.Select(id => rank[id]).ToArray();
                Array.Sort(ranked);
                return ranked;
            }).ToArray();
            _prefixLength = _sets.Select(set => set.Length < DataQualityReport.MinimumWords ? 0 : set.Length - Needed(set.Length) + 1).ToArray();

            // the indexes, filled in row order: count, then place
            var prefixCount = new int[_words.Length];
            var wordCount = new int[_words.Length];
            for (var row = 0; row < _sets.Length; row++)
            {
                if (_prefixLength[row] == 0) continue;
                for (var k = 0; k < _prefixLength[row]; k++) prefixCount[_sets[row][k]]++;
                foreach (var w in _sets[row]) wordCount[w]++;
            }
            _byPrefixWord = prefixCount.Select(c => new Posting[c]).ToArray();
            _byWord = wordCount.Select(c => new Posting[c]).ToArray();
            Array.Clear(prefixCount);
            Array.Clear(wordCount);
            for (var row = 0; row < _sets.Length; row++)
            {
                if (_prefixLength[row] == 0) continue;
                var set = _sets[row];
                                for (var k = 0; k < set.Length; k++)
                {
                    var posting = new Posting(row, k, set.Length);
                    if (k < _prefixLength[row]) _byPrefixWord[set[k]][prefixCount[set[k]]++] = posting;
                    _byWord[set[k]][wordCount[set[k]]++] = posting;
                }
            }
        }

        public int Rows => _sets.Length;
        public int[] Set(int row) => _sets[row];
        public int PrefixLength(int row) => _prefixLength[row];
        public Posting[] ByPrefixWord(int word) => _byPrefixWord[word];
        public Posting[] ByWord(int word) => _byWord[word];

        /// <summary>The overlap coefficient of sets <paramref name="i"/> and <paramref name="j"/> when it reaches the threshold (both with enough words); otherwise null.</summary>
        public double? Overlap(int i, int j)
        {
            if (_prefixLength[i] == 0 || _prefixLength[j] == 0) return null;
            var score = (double)Shared(_sets[i], 0, _sets[j], 0, 0, 0) / Math.Min(_sets[i].Length, _sets[j].Length);
            return score >= DataQualityReport.DuplicateThreshold ? score : null;
        }

        /// <summary>The words sets <paramref name="i"/> and <paramref name="j"/> have in common.</summary>
        public IEnumerable<string> SharedWords(int i, int j) => _sets[i].Intersect(_sets[j]).Select(w => _words[w]);

        /// <summary>
        /// <paramref name="shared"/> plus the words <paramref name="a"/> and <paramref name="b"/> share from positions
        /// <paramref name="x"/> and <paramref name="y"/> on; stops early (returning less than <paramref name="needed"/>)
        /// once <paramref name="needed"/> is out of reach.
        /// </summary>
        public static int Shared(int[] a, int x, int[] b, int y, int shared, int needed)
        {
            while (x < a.Length && y < b.Length)
            {
                if (shared + Math.Min(a.Length - x, b.Length - y) < needed) return shared;
                if (a[x] == b[y]) { shared++; x++; y++; }
                else if (a[x] < b[y]) x++;
                else y++;
            }
            return shared;
        }
    }

    /// <summary>One thread's search in one field, with its state: which rows the current row has already met.</summary>
    private sealed class Search(Field field)
    {
        private readonly int[] _metBy = Enumerable.Repeat(-1, field.Rows).ToArray();

        /// <summary>
        /// The smallest row below <paramref name="bound"/> similar to row <paramref name="j"/> in this field,
        /// or <paramref name="bound"/>. Posting lists are in row order, so each is read only up to the best match so far.
        /// </summary>
        public int EarliestSimilar(int j, int bound)
        {
            if (field.PrefixLength(j) == 0) return bound;
            var set = field.Set(j);
            var best = bound;
            // earlier rows no larger than j: one of their prefix words is among j's words
            for (var p = 0; p < set.Length; p++)
                best = Scan(field.ByPrefixWord(set[p]), p, j, best, smaller: true);
            // earlier rows larger than j: one of j's prefix words is among theirs
            for (var p = 0; p < field.PrefixLength(j); p++)
                best = Scan(field.ByWord(set[p]), p, j, best, smaller: false);
            return best;
        }

        private int Scan(Posting[] list, int p, int j, int best, bool smaller)
        {
            var set = field.Set(j);
            var rest = set.Length - p - 1;
            foreach (var posting in list)
            {
                var i = posting.Row;
                if (i >= best) break;
                if (smaller ? posting.Size > set.Length : posting.Size <= set.Length) continue;
                if (_metBy[i] == j) continue;
                // met first through the rarest shared word (if the pair can match at all): the positional bound holds
                _metBy[i] = j;
                var needed = Needed(Math.Min(posting.Size, set.Length));
                if (1 + Math.Min(posting.Size - posting.Position - 1, rest) < needed) continue;
                if (Field.Shared(field.Set(i), posting.Position + 1, set, p + 1, 1, needed) >= needed) return i;
            }
            return best;
        }
    }
}
