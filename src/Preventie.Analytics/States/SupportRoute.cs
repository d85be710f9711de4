using Preventie.Analytics.Input;

namespace Preventie.Analytics.States;

/// <summary>The route through which support is given.</summary>
public enum SupportRoute
{
    /// <summary>No support.</summary>
    Geen,
    /// <summary>A general, freely accessible provision ("voorliggende voorziening"), no individual assessment.</summary>
    Voorliggend,
    /// <summary>Indicated municipal care ("maatwerk": Wmo, Jeugdwet).</summary>
    Maatwerk,
    /// <summary>Long-term care under the Wet langdurige zorg.</summary>
    Wlz,
}

/// <summary>Parsing of <see cref="SupportRoute"/>.</summary>
public static class SupportRoutes
{
    /// <summary>Parses a route: "geen" (or empty), "voorliggend", "maatwerk"/"geïndiceerd" or "wlz" (case, accents, spaces ignored); false when unknown.</summary>
    public static bool TryParse(string? text, out SupportRoute route)
    {
        route = default;
        var k = ColumnName.Normalize(text);
        switch (k)
        {
            case "geen" or "": route = SupportRoute.Geen; return true;
            case "voorliggend" or "voorliggendevoorziening": route = SupportRoute.Voorliggend; return true;
            case "maatwerk" or "geindiceerd": route = SupportRoute.Maatwerk; return true;
            case "wlz": route = SupportRoute.Wlz; return true;
            default: return false;
        }
    }
}
