using Preventie.Analytics.Population;

namespace Preventie.Analytics.Inventory;

/// <summary>
/// The eight age bands of the Deventer inventory template (seed 000): pregnancy to 3, 4-12, 13-17, 18-27, 28-44,
/// 45-64, 65-79 and 80+. They are the inventory's own layout (its target group columns), fixed like the template.
/// A model has its own bands (<c>leeftijdsklassen.csv</c>, <see cref="Model.ModelDefinition.Bands"/>; the shipped
/// Deventer model uses these same eight); where inventory activities feed a model, their bands are mapped onto the
/// model's bands by age range (<see cref="AgeBandSet.Overlapping(IEnumerable{AgeBand})"/>).
/// </summary>
public static class InventoryBands
{
    /// <summary>All eight bands, youngest first.</summary>
    public static AgeBandSet All { get; } = new([
        new AgeBand(0, "0-3", 0, 3, "-9 mnd t/m 3 jaar"),
        new AgeBand(1, "4-12", 4, 12, "4 t/m 12 jaar"),
        new AgeBand(2, "13-17", 13, 17, "13 t/m 17 jaar"),
        new AgeBand(3, "18-27", 18, 27, "18 t/m 27 jaar"),
        new AgeBand(4, "28-44", 28, 44, "28 t/m 44 jaar"),
        new AgeBand(5, "45-64", 45, 64, "45 t/m 64 jaar"),
        new AgeBand(6, "65-79", 65, 79, "65 t/m 79 jaar"),
        new AgeBand(7, "80+", 80, null, "80 jaar en ouder"),
    ]);

    /// <summary>"min 9 maanden tot 4 jaar": pregnancy up to and including age 3.</summary>
    public static AgeBand Pregnancy0To3 => All[0];
    /// <summary>The band "4-12" (ages 4 to 12).</summary>
    public static AgeBand Age4To12 => All[1];
    /// <summary>The band "13-17" (ages 13 to 17).</summary>
    public static AgeBand Age13To17 => All[2];
    /// <summary>The band "18-27" (ages 18 to 27).</summary>
    public static AgeBand Age18To27 => All[3];
    /// <summary>The band "28-44" (ages 28 to 44).</summary>
    public static AgeBand Age28To44 => All[4];
    /// <summary>The band "45-64" (ages 45 to 64).</summary>
    public static AgeBand Age45To64 => All[5];
    /// <summary>The band "65-79" (ages 65 to 79).</summary>
    public static AgeBand Age65To79 => All[6];
    /// <summary>The band "80+" (ages 80 and over).</summary>
    public static AgeBand Age80Plus => All[7];
}
