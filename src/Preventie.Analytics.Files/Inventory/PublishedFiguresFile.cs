using Preventie.Analytics.Input;

namespace Preventie.Analytics.Inventory;

/// <summary>Reads <see cref="PublishedFigures"/> from its file (<c>PublishedFigures.Load</c>): the core type holds the data, this layer the file access.</summary>
public static class PublishedFiguresFile
{
    extension(PublishedFigures)
    {
        /// <summary>Loads a published-figures file (columns: draaitabel, blok, kenmerk, label, waarde, bronregel); all errors at once.</summary>
        public static PublishedFigures Load(string path)
        {
            var table = TableReader.Read(path, ["draaitabel"], ["blok"], ["kenmerk"], ["waarde"]);
            var errors = new ErrorCollector(path);
            int? pivotCol = table.IndexOf("draaitabel"), blockCol = table.IndexOf("blok"), featureCol = table.IndexOf("kenmerk"),
                labelCol = table.IndexOf("label"), valueCol = table.IndexOf("waarde"), sourceCol = table.IndexOf("bronregel", "bron");
            var figures = new List<PublishedFigure>();
            foreach (var row in table.Rows)
            {
                void Error(int? col, string message) => errors.Add(row.Number, table.HeaderAt(col!.Value), row.Get(col), message);
                var pivot = row.Get(pivotCol).ToLowerInvariant();
                if (!PublishedFigures.KnownPivots.Contains(pivot)) Error(pivotCol, $"onbekende draaitabel (geldig: {string.Join(", ", PublishedFigures.KnownPivots)})");
                var block = row.Get(blockCol).ToLowerInvariant();
                if (!PublishedFigures.Blocks.Contains(block)) Error(blockCol, $"onbekend blok (geldig: {string.Join(", ", PublishedFigures.Blocks)})");
                var feature = row.Get(featureCol).ToLowerInvariant();
                if (!PublishedFigures.KnownFeatures.Contains(feature)) Error(featureCol, "onbekend kenmerk");
                double? value = null;
                var text = row.Get(valueCol);
                if (text.Length > 0)
                {
                    if (DutchNumber.TryParse(text, out var v) && v >= 0) value = v;
                    else Error(valueCol, "geen geldig getal of percentage");
                }
                figures.Add(new PublishedFigure(pivot, block, feature, row.Get(labelCol), value, row.Number, row.Get(sourceCol)));
            }
            errors.ThrowIfAny();
            return new PublishedFigures(path, figures);
        }
    }
}
