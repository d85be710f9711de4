using Preventie.Analytics.Analysis;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Inventory;

namespace Preventie.Analytics.Reporting;

/// <summary>"Het huidige preventieaanbod": the coverage of the inventory shown beside the scenario; absent without an
/// inventory.</summary>
public sealed class InventoryChapter : IReportChapter<ScenarioAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(ScenarioAnalysis analysis) => analysis.Inventory is { } inventory ? Section(inventory) : null;

    /// <summary>The coverage chart of <paramref name="inventory"/>, with a note when it has no age bands.</summary>
    public static ReportSection Section(PreventionInventory inventory)
    {
        var section = new ReportSection("Het huidige preventieaanbod")
            .WithFigure(InventoryCharts.Coverage(inventory), "Aantal activiteiten per doel (en leeftijdsgroep) en vorm van preventie. Lege vakken zijn gaten in het aanbod.");
        return inventory.HasTargetGroupColumn ? section : section.WithParagraph(InventoryCharts.MissingAgeBandsNote);
    }
}
