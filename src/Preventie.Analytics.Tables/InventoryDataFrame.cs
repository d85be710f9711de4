using Preventie.Analytics.Interventions;
using Microsoft.Data.Analysis;
using Preventie.Analytics.Inventory;

namespace Preventie.Analytics.Tables;

/// <summary>The inventory as a <see cref="DataFrame"/>: one row per activity, in file order.</summary>
public static class InventoryDataFrame
{
    /// <summary>
    /// Columns: rij (row in the file), nummer, naam, doelen (old goals 1-4, comma-separated), vorm, doelgroep (free text),
    /// organisaties, financiering, jaarkosten (euro, empty when unknown), bereik (residents per year, empty when unknown).
    /// </summary>
    public static DataFrame ToDataFrame(this PreventionInventory inventory)
    {
        DataFrameFormatting.EnsureRegistered();
        var a = inventory.Activities;
        return new DataFrame(
            new Int32DataFrameColumn("rij", a.Select(x => x.Row)),
            new Int32DataFrameColumn("nummer", a.Select(x => x.Number)),
            new StringDataFrameColumn("naam", a.Select(x => x.Name)),
            new StringDataFrameColumn("doelen", a.Select(x => string.Join(", ", x.OldGoals.OrderBy(g => g).Select(g => g.Key())))),
            new StringDataFrameColumn("vorm", a.Select(x => x.Form.DutchLabel())),
            new StringDataFrameColumn("doelgroep", a.Select(x => x.TargetGroupText)),
            new StringDataFrameColumn("organisaties", a.Select(x => x.Organisations)),
            new StringDataFrameColumn("financiering", a.Select(x => x.Financing.ToString().ToLowerInvariant())),
            new DoubleDataFrameColumn("jaarkosten", a.Select(x => x.YearlyCost)),
            new Int32DataFrameColumn("bereik", a.Select(x => x.Reach)));
    }
}
