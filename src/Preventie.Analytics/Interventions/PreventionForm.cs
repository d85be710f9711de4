using Preventie.Analytics.Input;

namespace Preventie.Analytics.Interventions;

/// <summary>Form of prevention as the Deventer inventory classifies it.</summary>
public enum PreventionForm
{
    /// <summary>Universal prevention: aimed at everyone in the target group.</summary>
    Universeel,
    /// <summary>Selective prevention: aimed at groups at higher risk.</summary>
    Selectief,
    /// <summary>Indicated prevention: aimed at people with first signs of a problem.</summary>
    Geindiceerd,
    /// <summary>The inventory does not give the form.</summary>
    Onbekend,
}

/// <summary>Labels, keys and tolerant parsing of <see cref="PreventionForm"/>.</summary>
public static class PreventionForms
{
    /// <summary>Every form, in pivot order.</summary>
    public static IReadOnlyList<PreventionForm> All { get; } = Enum.GetValues<PreventionForm>();

    /// <summary>Dutch label: "universeel", "selectief", "geïndiceerd", "onbekend".</summary>
    public static string DutchLabel(this PreventionForm form) => form switch
    {
        PreventionForm.Universeel => "universeel",
        PreventionForm.Selectief => "selectief",
        PreventionForm.Geindiceerd => "geïndiceerd",
        PreventionForm.Onbekend => "onbekend",
        _ => throw new ArgumentOutOfRangeException(nameof(form)),
    };

    /// <summary>ASCII key for JSON and data files: "universeel", "selectief", "geindiceerd", "onbekend".</summary>
    public static string Key(this PreventionForm form) => ColumnName.Normalize(form.DutchLabel());

    /// <summary>
    /// Parses "universeel", "universele preventie", "selectief", "geïndiceerd"/"geindiceerde", "onbekend",
    /// "vorm onbekend". An empty cell means <see cref="PreventionForm.Onbekend"/> (the seed leaves it empty for row 3).
    /// </summary>
    public static bool TryParse(string? text, out PreventionForm form)
    {
        form = PreventionForm.Onbekend;
        var key = ColumnName.Normalize(text);
        if (key.EndsWith("preventie", StringComparison.Ordinal)) key = key[..^"preventie".Length];
        switch (key)
        {
            case "" or "onbekend" or "vormonbekend" or "vormpreventieonbekend": form = PreventionForm.Onbekend; return true;
            case "universeel" or "universele": form = PreventionForm.Universeel; return true;
            case "selectief" or "selectieve": form = PreventionForm.Selectief; return true;
            case "geindiceerd" or "geindiceerde": form = PreventionForm.Geindiceerd; return true;
            default: return false;
        }
    }
}
