using Preventie.Analytics.Input;
using Preventie.Analytics.Population;

namespace Preventie.Analytics.Inventory;

/// <summary>Which kind of target group a <see cref="TargetGroup"/> is.</summary>
public enum TargetGroupKind
{
    /// <summary>One of the inventory's eight age bands (<see cref="InventoryBands"/>).</summary>
    AgeBand,
    /// <summary>"Inwoners algemeen": all residents.</summary>
    InwonersAlgemeen,
    /// <summary>"Specifiek": a specific group not defined by age.</summary>
    Specifiek,
}

/// <summary>
/// A target group column of the seed's pivots: an age band of the inventory (<see cref="InventoryBands"/>), "inwoners algemeen" or "specifiek".
/// Use <see cref="All"/> for the pivot order (inwoners algemeen, the eight bands, specifiek).
/// </summary>
public readonly record struct TargetGroup(TargetGroupKind Kind, AgeBand? Band)
{
    /// <summary>Activities for all inhabitants, without an age band.</summary>
    public static TargetGroup InwonersAlgemeen { get; } = new(TargetGroupKind.InwonersAlgemeen, null);

    /// <summary>Activities for a specific group, not an age band.</summary>
    public static TargetGroup Specifiek { get; } = new(TargetGroupKind.Specifiek, null);

    /// <summary>Activities for the inventory age band <paramref name="band"/>.</summary>
    public static TargetGroup Of(AgeBand band) => new(TargetGroupKind.AgeBand, band);

    /// <summary>Pivot order: inwoners algemeen, 0-3 … 80+, specifiek.</summary>
    public static IReadOnlyList<TargetGroup> All { get; } =
        new[] { InwonersAlgemeen }.Concat(InventoryBands.All.Select(Of)).Append(Specifiek).ToArray();

    /// <summary>Key for data files and JSON: "inwoners-algemeen", "0-3" … "80+", "specifiek".</summary>
    public string Key => Kind switch
    {
        TargetGroupKind.InwonersAlgemeen => "inwoners-algemeen",
        TargetGroupKind.Specifiek => "specifiek",
        _ => Band!.Code,
    };

    /// <summary>Dutch label for reports.</summary>
    public string DutchLabel => Kind switch
    {
        TargetGroupKind.InwonersAlgemeen => "inwoners algemeen",
        TargetGroupKind.Specifiek => "specifiek",
        _ => Band!.Label,
    };

    /// <summary>The key, e.g. "inwoners-algemeen", "13-17" or "specifiek".</summary>
    public override string ToString() => Key;

    /// <summary>Parses a key or label: "inwoners algemeen"/"alle inwoners", "specifiek", or any inventory age band <see cref="AgeBandSet.TryParse"/> accepts.</summary>
    public static bool TryParse(string? text, out TargetGroup group)
    {
        group = default;
        var key = ColumnName.Normalize(text);
        if (key is "inwonersalgemeen" or "alleinwoners" or "algemeen") { group = InwonersAlgemeen; return true; }
        if (key is "specifiek") { group = Specifiek; return true; }
        if (!InventoryBands.All.TryParse(text, out var band)) return false;
        group = Of(band);
        return true;
    }
}
