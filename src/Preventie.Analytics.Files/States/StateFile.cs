using Preventie.Analytics.Input;

namespace Preventie.Analytics.States;

/// <summary>Reads <c>toestanden.csv</c>: <c>naam;label;behoefte;route</c> (behoefte: zelfredzaam|tijdelijk|blijvend|uitstroom;
/// route: geen|voorliggend|maatwerk|wlz).</summary>
public static class StateFile
{
    /// <summary>Reads and validates the state file at <paramref name="path"/>; every error at once as a <see cref="DataValidationException"/>.</summary>
    public static IReadOnlyList<ModelState> Read(string path)
    {
        var t = TableReader.Read(path, ["naam", "name"], ["label"], ["behoefte", "tier"], ["route"]);
        var errors = new ErrorCollector(path);
        var cN = t.IndexOf("naam", "name"); var cL = t.IndexOf("label"); var cT = t.IndexOf("behoefte", "tier"); var cR = t.IndexOf("route");
        var states = new List<ModelState>();
        foreach (var row in t.Rows)
        {
            var name = row.Get(cN);
            if (name.Length == 0) { errors.Add(row.Number, "naam", null, "naam ontbreekt"); continue; }
            if (states.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
                errors.Add(row.Number, "naam", name, "deze toestand komt twee keer voor");
            if (!NeedTiers.TryParse(row.Get(cT), out var tier))
                errors.Add(row.Number, "behoefte", row.Get(cT), "onbekende behoefte (geldig: zelfredzaam, tijdelijk, blijvend, uitstroom)");
            if (!SupportRoutes.TryParse(row.Get(cR), out var route))
                errors.Add(row.Number, "route", row.Get(cR), "onbekende route (geldig: geen, voorliggend, maatwerk, wlz)");
            var label = row.Get(cL);
            states.Add(new ModelState(name, label.Length == 0 ? name : label, tier, route));
        }
        if (states.Count > 0 && !states.Any(s => s.Tier == NeedTier.Zelfredzaam))
            errors.Add(null, "behoefte", null, "er moet minstens één toestand 'zelfredzaam' zijn");
        errors.ThrowIfAny();
        return states;
    }
}
