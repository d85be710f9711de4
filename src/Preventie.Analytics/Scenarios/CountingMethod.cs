namespace Preventie.Analytics.Scenarios;

/// <summary>
/// How a cycle's person-years and yearly state costs are counted from the state counts at its start (time point k−1)
/// and its end (time point k), as heemod's <c>run_model(method = …)</c>. A model setting: scenario key
/// <c>telmethode</c> (inherited through <c>basis:</c>); scenario and comparator must use the same one.
/// </summary>
public enum CountingMethod
{
    /// <summary>The mean of the counts at the start and the end of the cycle (default; <c>levenstabel</c>, <c>life-table</c>).</summary>
    LifeTable,
    /// <summary>The counts at the start of the cycle (<c>begin</c>, <c>beginning</c>).</summary>
    Beginning,
    /// <summary>The counts at the end of the cycle (<c>eind</c>, <c>end</c>).</summary>
    End,
}

/// <summary>Parsing and Dutch names of <see cref="CountingMethod"/>.</summary>
public static class CountingMethods
{
    /// <summary>Parses levenstabel/life-table, begin/beginning, eind/end (case-insensitive).</summary>
    public static bool TryParse(string? text, out CountingMethod method)
    {
        method = CountingMethod.LifeTable;
        switch (Input.ColumnName.Normalize(text))
        {
            case "levenstabel" or "lifetable": method = CountingMethod.LifeTable; return true;
            case "begin" or "beginning" or "start": method = CountingMethod.Beginning; return true;
            case "eind" or "end" or "einde": method = CountingMethod.End; return true;
            default: return false;
        }
    }

    /// <summary>The Dutch word used in scenario files.</summary>
    public static string DutchName(this CountingMethod method) => method switch
    {
        CountingMethod.Beginning => "begin",
        CountingMethod.End => "eind",
        _ => "levenstabel",
    };
}
