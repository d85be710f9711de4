namespace Preventie.Analytics.Reporting;

/// <summary>Items in a Dutch sentence: "a", "a en b", "a, b en c".</summary>
internal static class DutchList
{
    /// <summary>The items joined with commas and a final "en"; "" when there are none.</summary>
    public static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " en " + list[^1],
        };
    }
}
