using Preventie.Analytics.Input;
using Preventie.Analytics.Population;

namespace Preventie.Analytics.Monitor;

/// <summary>Reads <see cref="IndicatorCatalog"/> from its file (<c>IndicatorCatalog.Load</c>): the core type holds the data, this layer the file access.</summary>
public static class IndicatorCatalogFile
{
    extension(IndicatorCatalog)
    {
        /// <summary>Reads and validates a catalog file against the model's age bands (<see cref="Model.ModelDefinition.Bands"/>); all errors at once.</summary>
        public static IndicatorCatalog Load(string path, AgeBandSet bands)
        {
            var t = TableReader.Read(path, ["code"], ["label", "omschrijving"], ["eenheid"], ["leeftijden", "leeftijd"], ["toestanden"], ["meetmoment"], ["kalibreren"]);
            var errors = new ErrorCollector(path);
            var list = new List<MonitorIndicator>();
            var seen = new HashSet<string>();
            foreach (var row in t.Rows)
            {
                var code = row.Get(t.IndexOf("code"));
                if (code.Length == 0) { errors.Add(row.Number, "code", null, "code ontbreekt"); continue; }
                if (!seen.Add(ColumnName.Normalize(code))) errors.Add(row.Number, "code", code, "deze indicator komt twee keer voor");
                var label = row.Get(t.IndexOf("label", "omschrijving"));
                if (label.Length == 0) errors.Add(row.Number, "label", null, "label ontbreekt");
                var bandText = row.Get(t.IndexOf("leeftijden", "leeftijd"));
                var indicatorBands = IndicatorBands(bandText, bands, out var bandError);
                if (indicatorBands is null) errors.Add(row.Number, "leeftijden", bandText, bandError!);
                var states = row.Get(t.IndexOf("toestanden")).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var momentText = row.Get(t.IndexOf("meetmoment"));
                MeasurementMoment moment;
                switch (ColumnName.Normalize(momentText))
                {
                    case "jaargemiddelde" or "gemiddeld" or "jaar": moment = MeasurementMoment.YearAverage; break;
                    case "1januari" or "peildatum" or "stand": moment = MeasurementMoment.FirstOfJanuary; break;
                    default: errors.Add(row.Number, "meetmoment", momentText, "onbekend meetmoment (geldig: jaargemiddelde, 1 januari)"); moment = default; break;
                }
                var calText = row.Get(t.IndexOf("kalibreren"));
                var calibrate = ColumnName.Normalize(calText) is "ja" or "yes" or "true" or "1";
                if (!calibrate && ColumnName.Normalize(calText) is not ("nee" or "no" or "false" or "0" or ""))
                    errors.Add(row.Number, "kalibreren", calText, "verwacht ja of nee");
                if (calibrate && states.Length == 0)
                    errors.Add(row.Number, "kalibreren", calText, "kalibreren kan alleen als 'toestanden' zegt welke modeltoestanden de indicator telt");
                var source = row.Get(t.IndexOf("bron"));
                if (indicatorBands is not null)
                    list.Add(new MonitorIndicator(code, label, row.Get(t.IndexOf("eenheid")), indicatorBands, states, moment, calibrate, source.Length == 0 ? null : source));
            }
            errors.ThrowIfAny();
            return new IndicatorCatalog(list, bands, path);
        }
    }

    /// <summary>The bands of <paramref name="bands"/> named by <paramref name="text"/>, or those lying within the age ranges it lists.</summary>
    private static AgeBand[]? IndicatorBands(string text, AgeBandSet bands, out string? error)
    {
        var named = BandSelection.TryParse(text, bands, out error);
        if (named is not null) return named;
        var ranges = new List<(int, int?)>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!AgeBandSet.TryParseRange(part, out var min, out var max)) return null;
            ranges.Add((min, max));
        }
        var within = bands.Within(ranges);
        if (within.Count > 0) { error = null; return within.ToArray(); }
        error = $"geen leeftijdsklasse van het model valt helemaal binnen '{text}' (klassen: {bands.ValidCodes})";
        return null;
    }
}
