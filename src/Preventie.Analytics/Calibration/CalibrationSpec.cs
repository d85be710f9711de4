using Preventie.Analytics.Input;
using Preventie.Analytics.Model;

namespace Preventie.Analytics.Calibration;

/// <summary>
/// Which parameters the yearly monitor update estimates, read from <c>data/monitor/kalibratie.csv</c>
/// (<c>parameter;ondergrens;bovengrens;toelichting</c>). Every name must exist in the model's parameters and its
/// current value must lie within the bounds.
/// </summary>
public sealed class CalibrationSpec
{
    /// <summary>The shipped specification, relative to the repository root.</summary>
    public static readonly string DefaultPath = Path.Combine("data", "monitor", "kalibratie.csv");

    public CalibrationSpec(IReadOnlyList<FreeParameter> parameters, string? file = null)
    {
        Parameters = parameters;
        File = file;
    }

    public IReadOnlyList<FreeParameter> Parameters { get; }

    /// <summary>The file it was read from, if any (for messages and the manifest).</summary>
    public string? File { get; }

    /// <summary>Reads and validates the specification against <paramref name="model"/>; all errors at once.</summary>
    public static CalibrationSpec Load(string path, ModelDefinition model)
    {
        var t = TableReader.Read(path, ["parameter", "naam"], ["ondergrens"], ["bovengrens"]);
        var errors = new ErrorCollector(path);
        var list = new List<FreeParameter>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in t.Rows)
        {
            var name = row.Get(t.IndexOf("parameter", "naam"));
            var index = model.Parameters.IndexOf(name);
            if (index < 0) { errors.Add(row.Number, "parameter", name, "onbekende parameter (niet in parameters.csv)"); continue; }
            if (!seen.Add(name)) errors.Add(row.Number, "parameter", name, "deze parameter staat er twee keer in");
            var lowText = row.Get(t.IndexOf("ondergrens"));
            var highText = row.Get(t.IndexOf("bovengrens"));
            var okLow = DutchNumber.TryParse(lowText, out var low);
            var okHigh = DutchNumber.TryParse(highText, out var high);
            if (!okLow) errors.Add(row.Number, "ondergrens", lowText, "geen geldig getal");
            if (!okHigh) errors.Add(row.Number, "bovengrens", highText, "geen geldig getal");
            if (!okLow || !okHigh) continue;
            if (low >= high) { errors.Add(row.Number, "bovengrens", highText, "de bovengrens moet groter zijn dan de ondergrens"); continue; }
            var current = model.Parameters[index].Value;
            if (current < low || current > high)
                errors.Add(row.Number, "parameter", name, $"de huidige waarde {current:0.####} ligt buiten de grenzen [{low:0.####}; {high:0.####}]");
            var note = row.Get(t.IndexOf("toelichting"));
            list.Add(new FreeParameter(model.Parameters[index].Name, low, high, note.Length == 0 ? null : note, row.Number));
        }
        if (list.Count == 0 && !errors.HasErrors) errors.Add(null, "parameter", null, "geen enkele parameter om te kalibreren");
        errors.ThrowIfAny();
        return new CalibrationSpec(list, path);
    }
}
