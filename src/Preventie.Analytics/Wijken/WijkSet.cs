namespace Preventie.Analytics.Wijken;

/// <summary>
/// The wijken of a model. <see cref="WholeCity"/> is the model without a wijk file: one wijk, "heel Deventer", that is
/// the city itself.
/// </summary>
public sealed class WijkSet
{
    /// <summary>The name of the single wijk of a model without a wijk file.</summary>
    public const string WholeCityName = "heel Deventer";

    /// <summary>The wijken of <paramref name="file"/> (null: no wijk file), in file order; at least one.</summary>
    public WijkSet(IReadOnlyList<Wijk> wijken, string? file)
    {
        if (wijken.Count == 0) throw new ArgumentException("at least one wijk", nameof(wijken));
        Wijken = wijken;
        File = file;
    }

    /// <summary>The model without a wijk file: one wijk covering the whole city (no population of its own: the city's).</summary>
    public static WijkSet WholeCity { get; } = new([new Wijk("GM0150", WholeCityName, double.NaN, null, null, true, "het hele model")], null);

    /// <summary>The wijken, in the order of the wijk file.</summary>
    public IReadOnlyList<Wijk> Wijken { get; }
    /// <summary>The wijk file, or null for <see cref="WholeCity"/>.</summary>
    public string? File { get; }
    /// <summary>Number of wijken.</summary>
    public int Count => Wijken.Count;
    /// <summary>True for the model without a wijk file.</summary>
    public bool IsWholeCity => File is null && Wijken.Count == 1;
    /// <summary>True when any wijk's figures are illustrative; every output that uses them must say so.</summary>
    public bool IsIllustrative => Wijken.Any(w => w.IsIllustrative);
    /// <summary>Inhabitants summed over the wijken (NaN for <see cref="WholeCity"/>, which has no population of its own).</summary>
    public double TotalInhabitants => Wijken.Sum(w => w.Inhabitants);

    /// <summary>The Dutch note every output using illustrative wijk figures carries.</summary>
    public const string IllustrativeNote = "Let op: de wijkcijfers zijn illustratief, geen echte Deventer-cijfers.";

    /// <summary>Index of a wijk by name or code (case- and accent-insensitive), or -1.</summary>
    public int IndexOf(string nameOrCode)
    {
        var key = Input.ColumnName.Normalize(nameOrCode);
        for (var i = 0; i < Wijken.Count; i++)
            if (Input.ColumnName.Normalize(Wijken[i].Name) == key || Input.ColumnName.Normalize(Wijken[i].Code) == key) return i;
        return -1;
    }

    /// <summary>Dutch message for a wijk or buurt code that lies in no wijk of this set, listing the valid wijk codes.</summary>
    public string UnknownAreaMessage(string region) =>
        $"{(RegionCode.IsBuurt(region) ? $"buurt van wijk {RegionCode.WijkOf(region)}" : "wijk")} staat niet in het wijkbestand {Path.GetFileName(File ?? "")} " +
        $"(geldige wijkcodes: {string.Join(", ", Wijken.Select(w => w.Code))})";

    /// <summary>Dutch message listing the valid wijk names.</summary>
    public string UnknownMessage(string name) => $"onbekende wijk '{name}' (geldig: {string.Join(", ", Wijken.Select(w => w.Name))})";
}
