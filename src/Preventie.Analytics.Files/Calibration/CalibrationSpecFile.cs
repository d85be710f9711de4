using Preventie.Analytics.Input;
using Preventie.Analytics.Model;

namespace Preventie.Analytics.Calibration;

/// <summary>Reads <see cref="CalibrationSpec"/> from its file (<c>CalibrationSpec.Load</c>): the core type holds the data, this layer the file access.</summary>
public static class CalibrationSpecFile
{
    extension(CalibrationSpec)
    {
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
}
