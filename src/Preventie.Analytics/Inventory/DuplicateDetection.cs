using Preventie.Analytics.Formatting;
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
/// pair with the smaller set S (s words) and the larger L, an overlap ≥ t·s needs k = ⌈t·s⌉ ≥ 2 shared words, so the
/// s − k + 2 rarest words of S (its <i>prefix</i>) contain at least two words of L. An activity j therefore counts
/// how often it meets each earlier activity in an index of prefixes, probed with all of j's words, for the earlier
/// activities no larger than j (<i>length filter</i>: there the earlier one is S), and in an index of full word sets,
/// probed with j's own prefix, for the larger ones; only an activity met twice is verified. The first meeting is
/// through the rarest shared word, so its positions bound the overlap (<i>positional filter</i>: it and the words
/// after it in the shorter remainder); one that cannot reach k is dropped at once. Posting lists are grouped by set
/// size, so whole groups that the length or positional filter excludes are skipped, and the verifying merge stops as
/// soon as k is out of reach. A row with the name of an earlier row is settled by a dictionary, so a large cluster
/// of identical rows costs one look-up per row. Words are integer ids and sets sorted arrays.</para>
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
        if (n == 0) return [];
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
                    ? $"namen lijken op elkaar (overlap {DutchFormat.Percent(ns, 0)})"
                    : $"beoogd effect lijkt op elkaar (overlap {DutchFormat.Percent(effects.Overlap(best, j)!.Value, 0)}: {string.Join(", ", effects.SharedWords(best, j).Order())})"));
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
    /// words and all words), each posting list ordered by set size and within one size by row, with the start of each
    /// size's group. Read-only once built.
    /// </summary>
    private sealed class Field
    {
        private readonly string[] _words;
        private readonly int[][] _sets;
        private readonly int[] _prefixLength;
        private readonly Posting[][] _byPrefixWord;
        private readonly Posting[][] _byWord;
        private readonly int[][] _prefixGroups;
        private readonly int[][] _wordGroups;

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
            _prefixLength = _sets.Select(set => set.Length < DataQualityReport.MinimumWords ? 0 : set.Length - Needed(set.Length) + 2).ToArray();

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
            _prefixGroups = _byPrefixWord.Select(BySize).ToArray();
            _wordGroups = _byWord.Select(BySize).ToArray();
        }

        /// <summary>Orders <paramref name="list"/> (filled in row order) by set size, then row, and returns where each size's group starts.</summary>
        private static int[] BySize(Posting[] list)
        {
            Array.Sort(list, static (a, b) => a.Size != b.Size ? a.Size.CompareTo(b.Size) : a.Row.CompareTo(b.Row));
            var starts = new List<int>();
            for (var k = 0; k < list.Length; k++)
                if (k == 0 || list[k].Size != list[k - 1].Size) starts.Add(k);
            return starts.ToArray();
        }

        public int Rows => _sets.Length;
        public int[] Set(int row) => _sets[row];
        public int PrefixLength(int row) => _prefixLength[row];
        public (Posting[] List, int[] Groups) ByPrefixWord(int word) => (_byPrefixWord[word], _prefixGroups[word]);
        public (Posting[] List, int[] Groups) ByWord(int word) => (_byWord[word], _wordGroups[word]);

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

    /// <summary>One thread's search in one field, with its state: how often the current row has met each earlier row.</summary>
    private sealed class Search(Field field)
    {
        private const int Dead = int.MinValue / 2;
        private readonly int[] _metBy = Enumerable.Repeat(-1, field.Rows).ToArray();
        private readonly int[] _count = new int[field.Rows];

        /// <summary>
        /// The smallest row below <paramref name="bound"/> similar to row <paramref name="j"/> in this field,
        /// or <paramref name="bound"/>. Within a size group posting lists are in row order, so each group is read only
        /// up to the best match so far.
        /// </summary>
        public int EarliestSimilar(int j, int bound)
        {
            if (field.PrefixLength(j) == 0) return bound;
            var set = field.Set(j);
            var best = bound;
            // earlier rows no larger than j: two of their prefix words are among j's words
            for (var p = 0; p < set.Length; p++)
                best = Scan(field.ByPrefixWord(set[p]), p, j, best, smaller: true);
            // earlier rows larger than j: two of j's prefix words are among theirs
            for (var p = 0; p < field.PrefixLength(j); p++)
                best = Scan(field.ByWord(set[p]), p, j, best, smaller: false);
            return best;
        }

        /// <summary>
        /// Reads the posting list of j's word at position <paramref name="p"/>: the size groups the length filter
        /// allows (<paramref name="smaller"/>: sizes up to j's, while j's words from p on can still supply the
        /// overlap such a size needs; otherwise sizes above j's), each up to the best row so far, counting how often
        /// each row is met. A row met for the first time is met through the rarest word it shares with j (if it can
        /// match j at all), so the positional bound decides whether it stays a candidate; a candidate met a second
        /// time is verified.
        /// </summary>
        private int Scan((Posting[] List, int[] Groups) postings, int p, int j, int best, bool smaller)
        {
            var (list, groups) = postings;
            var set = field.Set(j);
            var room = set.Length - p;
            for (var g = 0; g < groups.Length; g++)
            {
                var start = groups[g];
                var end = g + 1 < groups.Length ? groups[g + 1] : list.Length;
                var size = list[start].Size;
                int needed;
                if (smaller)
                {
                    if (size > set.Length) break;
                    needed = Needed(size);
                    if (needed > room + 1) break; // grows with the size; even a second shared word here leaves too few
                }
                else
                {
                    if (size <= set.Length) continue;
                    needed = Needed(set.Length);
                }
                for (var k = start; k < end; k++)
                {
                    var posting = list[k];
                    var i = posting.Row;
                    if (i >= best) break;
                    if (_metBy[i] != j)
                    {
                        _metBy[i] = j;
                        _count[i] = Math.Min(size - posting.Position, room) >= needed ? 1 : Dead;
                        continue;
                    }
                    if (++_count[i] != 2) continue;
                    if (Field.Shared(field.Set(i), 0, set, 0, 0, needed) >= needed)
                    {
                        best = i;
                        break;
                    }
                }
            }
            return best;
        }
    }
}
