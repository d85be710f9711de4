using Preventie.Analytics.Input;

namespace Preventie.Analytics.Interventions;

/// <summary>Form of prevention (seed 000 footnote 3): universeel, selectief, geïndiceerd, or unknown.</summary>
public enum PreventionForm
{
    Onbekend,
    Universeel,
    Selectief,
    Geindiceerd,
}

/// <summary>Parsing and labels of <see cref="PreventionForm"/>.</summary>
public static class PreventionForms
{
    public static bool TryParse(string? text, out PreventionForm form)
    {
        form = ColumnName.Normalize(text) switch
        {
            "universeel" => PreventionForm.Universeel,
            "selectief" => PreventionForm.Selectief,
            "geindiceerd" => PreventionForm.Geindiceerd,
            "onbekend" or "" => PreventionForm.Onbekend,
            _ => (PreventionForm)(-1),
        };
        return Enum.IsDefined(form);
    }

    public static string DutchLabel(this PreventionForm form) => form switch
    {
        PreventionForm.Universeel => "universeel",
        PreventionForm.Selectief => "selectief",
        PreventionForm.Geindiceerd => "geïndiceerd",
        _ => "onbekend",
    };
}
