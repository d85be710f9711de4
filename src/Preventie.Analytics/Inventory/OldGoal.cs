namespace Preventie.Analytics.Inventory;

/// <summary>The four prevention goals of the 2022 contour sketch, used in the inventory and its pivots (seed 000, lines 529-698).</summary>
public enum OldGoal
{
    /// <summary>Doelstelling 1: inkomsten en daginvulling.</summary>
    Goal1 = 1,
    /// <summary>Doelstelling 2: vitaal en regie.</summary>
    Goal2 = 2,
    /// <summary>Doelstelling 3: netwerken en voorzieningen.</summary>
    Goal3 = 3,
    /// <summary>Doelstelling 4: toegankelijke en veilige omgeving.</summary>
    Goal4 = 4,
}

/// <summary>Labels and keys of <see cref="OldGoal"/>.</summary>
public static class OldGoals
{
    /// <summary>The four old goals, in number order.</summary>
    public static IReadOnlyList<OldGoal> All { get; } = Enum.GetValues<OldGoal>();

    /// <summary>The number as text, "1".."4" (JSON keys, file columns).</summary>
    public static string Key(this OldGoal goal) => ((int)goal).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The short Dutch label the seed's charts use, e.g. "Doelstelling 1 - inkomsten en daginvulling".</summary>
    public static string DutchLabel(this OldGoal goal) => goal switch
    {
        OldGoal.Goal1 => "Doelstelling 1 - inkomsten en daginvulling",
        OldGoal.Goal2 => "Doelstelling 2 - vitaal en regie",
        OldGoal.Goal3 => "Doelstelling 3 - netwerken en voorzieningen",
        OldGoal.Goal4 => "Doelstelling 4 - toegankelijke en veilige omgeving",
        _ => throw new ArgumentOutOfRangeException(nameof(goal)),
    };
}
