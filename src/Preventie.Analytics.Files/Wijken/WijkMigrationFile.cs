using Preventie.Analytics.Formatting;
using Preventie.Analytics.Input;
using Preventie.Analytics.Population;

namespace Preventie.Analytics.Wijken;

/// <summary>Reads <see cref="WijkMigration"/> from its file (<c>WijkMigration.Load</c>): the core type holds the data, this layer the file access.</summary>
public static class WijkMigrationFile
{
    extension(WijkMigration)
    {
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
                errors.Add(rowOf[(from, worst.Band)], "aandeel", DutchFormat.Number(worst.Sum, 3),
                    $"de aandelen die uit {wijken.Wijken[from].Name} verhuizen tellen op tot meer dan 1 " +
                    $"(leeftijdsgroep {string.Join(", ", over.Select(o => bandSet[o.Band].Code))}): samen kan niet meer dan de hele wijk verhuizen");
            }
            errors.ThrowIfAny();
            illustrative |= t.Comments.Any(c => c.Number <= 20 && c.Cells[0].Contains("illustratief", StringComparison.OrdinalIgnoreCase));
            return new WijkMigration(share, path, illustrative);
        }
    }
}
