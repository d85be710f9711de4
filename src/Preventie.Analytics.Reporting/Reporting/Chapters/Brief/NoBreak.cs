namespace Preventie.Analytics.Reporting;

/// <summary>Keeps an amount on one line in running text: a no-break space after "€" and before "mln" ("€ 2,7 mln" never splits).</summary>
internal static class NoBreak
{
    /// <summary><paramref name="text"/> with "€ " and " mln" joined by no-break spaces.</summary>
    public static string Amounts(string text) => text.Replace("€ ", "€\u00A0", StringComparison.Ordinal).Replace(" mln", "\u00A0mln", StringComparison.Ordinal);
}
