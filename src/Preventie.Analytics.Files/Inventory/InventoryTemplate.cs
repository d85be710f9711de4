using Preventie.Analytics.Interventions;
using Preventie.Analytics.Output;

namespace Preventie.Analytics.Inventory;

/// <summary>
/// The Excel template an analyst fills in for the full inventory (<c>data/inventory/inventaris-sjabloon.xlsx</c>):
/// sheet "Inventaris" with the header of <see cref="InventoryColumns.All"/> and no rows (it loads as an empty,
/// valid inventory), sheet "Toelichting" explaining each column, and sheet "Keuzelijsten" with the valid values.
/// </summary>
public static class InventoryTemplate
{
    /// <summary>The name of the sheet the analyst fills in; the loader reads it.</summary>
    public const string InventorySheet = "Inventaris";

    /// <summary>Builds the template workbook.</summary>
    public static XlsxWorkbook Create()
    {
        var wb = new XlsxWorkbook();
        wb.AddSheet(InventorySheet, InventoryColumns.All.Select(c => c.Name).ToArray());

        var help = wb.AddSheet("Toelichting", "kolom", "verplicht", "uitleg", "andere toegestane kopteksten");
        foreach (var c in InventoryColumns.All)
            help.AddRow(c.Name, c.Required ? "ja" : "nee", c.Hint, string.Join(" | ", c.Aliases));

        var lists = wb.AddSheet("Keuzelijsten", "vorm", "financiering", "programma", "leeftijdsgroepen", "nieuw doel");
        var columns = new[]
        {
            PreventionForms.All.Select(f => f.DutchLabel()).ToArray(),
            Financings.All.Select(f => f.DutchLabel()).ToArray(),
            Programmes.All.Select(p => p.DutchLabel()).ToArray(),
            TargetGroup.All.Select(t => t.Key).ToArray(),
            NewGoals.All.Select(g => g.DutchLabel()).ToArray(),
        };
        for (var i = 0; i < columns.Max(c => c.Length); i++)
            lists.AddRow(columns.Select(c => i < c.Length ? XlsxCell.Of(c[i]) : XlsxCell.Empty).ToArray());
        return wb;
    }

    /// <summary>Writes the template to <paramref name="path"/> atomically.</summary>
    public static void Save(string path) => Create().Save(path);
}
