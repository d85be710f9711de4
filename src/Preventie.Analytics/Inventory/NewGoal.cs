using Preventie.Analytics.Input;

namespace Preventie.Analytics.Inventory;

/// <summary>The three goals of the 2023 prevention plan (seed 000, lines 329, 339, 351).</summary>
public enum NewGoal
{
    /// <summary>Bestaanszekerheid: income security.</summary>
    Bestaanszekerheid,
    /// <summary>Kansengelijkheid: equal opportunities.</summary>
    Kansengelijkheid,
    /// <summary>Gezond leven: healthy living.</summary>
    GezondLeven,
}

/// <summary>Labels and parsing of <see cref="NewGoal"/>.</summary>
public static class NewGoals
{
    /// <summary>The three goals, in the plan's order.</summary>
    public static IReadOnlyList<NewGoal> All { get; } = Enum.GetValues<NewGoal>();

    /// <summary>The Dutch label, e.g. "bestaanszekerheid".</summary>
    public static string DutchLabel(this NewGoal goal) => goal switch
    {
        NewGoal.Bestaanszekerheid => "bestaanszekerheid",
        NewGoal.Kansengelijkheid => "kansengelijkheid",
        NewGoal.GezondLeven => "gezond leven",
        _ => throw new ArgumentOutOfRangeException(nameof(goal)),
    };

    /// <summary>Parses "bestaanszekerheid", "kansengelijkheid", "gezond leven" (case, accents and spacing ignored).</summary>
    public static bool TryParse(string? text, out NewGoal goal)
    {
        goal = default;
        var key = ColumnName.Normalize(text);
        foreach (var g in All)
        {
            if (ColumnName.Normalize(g.DutchLabel()) != key) continue;
            goal = g;
            return true;
        }
        return false;
    }
}
