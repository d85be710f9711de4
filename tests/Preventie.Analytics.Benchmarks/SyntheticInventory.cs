using System.Text;

namespace Preventie.Analytics.Benchmarks;

/// <summary>
/// A large, seeded, realistic-looking inventory CSV for scale tests: the 23 shipped rows' columns, names of 2–5 and
/// intended effects of 4–12 words drawn from a vocabulary of 3,136 invented Dutch-looking words (a fifth of them from
/// the 40 most common, so some words are very common), 3% rows that repeat an earlier name and 2% that repeat an earlier effect. Shared by the
/// benchmark and the scale test (linked into the test project), so both measure the same data.
/// </summary>
public static class SyntheticInventory
{
    private static readonly string[] Syllables =
    [
        "wijk", "buur", "zorg", "hulp", "jeugd", "gezin", "sport", "taal", "werk", "huis", "kind", "ouder", "school", "club",
        "thuis", "mee", "groen", "stad", "dorp", "koffie", "eten", "samen", "lopen", "fiets", "muziek", "spel", "leer", "geld",
    ];

    private static readonly string[] Forms = ["universeel", "selectief", "geïndiceerd", ""];

    /// <summary>The CSV text with <paramref name="rows"/> activities.</summary>
    public static string Csv(int rows, int seed = 11)
    {
        var random = new Random(seed);
        var vocabulary = new List<string>();
        foreach (var a in Syllables)
            foreach (var b in Syllables)
                foreach (var c in new[] { "", "en", "er", "ing" })
                    vocabulary.Add(a + b + c);
        // a fifth of the words from the 40 most common ones (Zipf-like among them), the rest from the whole vocabulary
        string Word() => random.NextDouble() < 0.2
            ? vocabulary[(int)Math.Pow(40, random.NextDouble()) - 1]
            : vocabulary[random.Next(vocabulary.Count)];
        string Words(int min, int max) => string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Word()));

        var names = new List<string>(rows);
        var effects = new List<string>(rows);
        var sb = new StringBuilder("nr;naam;beoogd effect;doel 1;doel 2;doel 3;doel 4;doelgroep;vorm;organisatie;opmerkingen;bronregel\n");
        for (var i = 0; i < rows; i++)
        {
            var name = i > 0 && random.NextDouble() < 0.03 ? names[random.Next(i)] : Words(2, 5);
            var effect = i > 0 && random.NextDouble() < 0.02 ? effects[random.Next(i)] : Words(4, 12);
            names.Add(name);
            effects.Add(effect);
            var goal = random.Next(4);
            sb.Append(i + 1).Append(';').Append(name).Append(';').Append(effect).Append(';')
              .Append(string.Join(';', Enumerable.Range(0, 4).Select(g => g == goal ? "X" : ""))).Append(';')
              .Append("inwoners van ").Append(Word()).Append(';').Append(Forms[random.Next(Forms.Length)]).Append(';')
              .Append(Word()).Append(';').Append(random.NextDouble() < 0.1 ? "klopt dit?" : "").Append(';').Append(i + 2).Append('\n');
        }
        return sb.ToString();
    }
}
