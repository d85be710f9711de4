using Preventie.Analytics.Interventions;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Population;

namespace Preventie.Analytics.Charts;

/// <summary>
/// Coverage of the prevention inventory: how many activities serve each goal, per target group (age band) and per
/// form of prevention. Empty cells show where the offer has gaps. An inventory without a target-group column (such as
/// the shipped 2022 extract) is shown per goal and form, with a note saying why.
/// </summary>
public static class InventoryCharts
{
    /// <summary>The note shown when the inventory has no column with age bands / target groups.</summary>
    public const string MissingAgeBandsNote =
        "Het inventarisbestand heeft geen kolom met leeftijdsgroepen; de dekking staat daarom per doel en vorm van preventie.";

    /// <summary>The row label for activities without a goal.</summary>
    public const string WithoutGoalLabel = "Geen doel aangegeven";

    /// <summary>
    /// Goals × target groups × form. With a target-group column: one heatmap panel per form that occurs (rows: the four
    /// goals and "geen doel", columns: inwoners algemeen, the eight age bands, specifiek), all on one colour scale. Without
    /// it: one heatmap of goals × forms and <see cref="MissingAgeBandsNote"/> under the chart. Cells give the number of
    /// activities (an activity under two goals or for two groups counts in each).
    /// </summary>
    public static Figure Coverage(PreventionInventory inventory)
    {
        var rows = OldGoals.All.Select(g => (Label: g.DutchLabel(), Matches: (Func<PreventionActivity, bool>)(a => a.OldGoals.Contains(g))))
            .Append((Label: WithoutGoalLabel, Matches: a => a.OldGoals.Count == 0))
            .ToList();
        var rowLabels = rows.Select(r => r.Label).ToArray();
        var acts = inventory.Activities;
        var title = $"Dekking van het preventieaanbod ({DutchFormat.Count(acts.Count, "activiteit", "activiteiten")})";

        if (!inventory.HasTargetGroupColumn)
        {
            var forms = PreventionForms.All;
            var z = rows.Select(r => forms.Select(f => (double)acts.Count(a => r.Matches(a) && a.Form == f)).ToArray()).ToArray();
            var max = Math.Max(1, z.SelectMany(v => v).Max());
            var semicolon = MissingAgeBandsNote.IndexOf(';');
            var note = PlotlyObject.Empty.With("text", PlotlyText.Encode(MissingAgeBandsNote[..(semicolon + 1)]) + "<br>" + PlotlyText.Encode(MissingAgeBandsNote[(semicolon + 2)..]))
                // under the axis title, right-aligned with the plot area (the row labels leave the space left of it
                // free below the chart): a fixed distance in pixels below the plot, whatever the chart's height
                .With("xref", "paper").With("yref", "paper").With("x", 1).With("y", 0)
                .With("xanchor", "right").With("yanchor", "top").With("yshift", -NoteOffset).With("align", "right")
                .With("showarrow", false).With("font.size", 12);
            return Chart.Heatmap(forms.Select(f => f.DutchLabel()), rowLabels, z, zRange: (0, max), colorBarTitle: "Activiteiten")
                .WithTraces(t => t.With("texttemplate", "%{z}").With("colorbar.dtick", CountStep(max))
                    .WithHoverTemplate("%{y}, %{x}: %{z} activiteit(en)<extra></extra>"))
                .WithTitle(title + ": doelen × vorm van preventie")
                .WithXAxis("Vorm van preventie")
                .WithYAxis(reversed: true)
                .WithLayout("xaxis.side", "bottom")
                .WithLayout("xaxis.tickangle", -30)
                .WithLayout("margin.b", NoteOffset + 45)
                .WithLayout("annotations", new[] { note })
                .WithSize(null, 460);
        }

        var groups = TargetGroup.All;
        var present = PreventionForms.All.Where(f => acts.Any(a => a.Form == f)).ToList();
        if (present.Count == 0) present.Add(PreventionForm.Onbekend);
        var panels = present.Select(f => rows.Select(r => groups.Select(g =>
            (double)acts.Count(a => a.Form == f && r.Matches(a) && a.TargetGroups.Contains(g))).ToArray()).ToArray()).ToList();
        var zMax = Math.Max(1, panels.SelectMany(p => p).SelectMany(v => v).Max());
        var parts = new List<Figure>();
        for (var i = 0; i < present.Count; i++)
        {
            var panel = i;
            parts.Add(Chart.Heatmap(groups.Select(ColumnLabel), rowLabels, panels[i], name: present[i].DutchLabel(), zRange: (0, zMax),
                    colorBarTitle: panel == 0 ? "Activiteiten" : null)
                .WithTraces(t => (panel == 0 ? t.With("colorbar.dtick", CountStep(zMax)) : t)
                    .With("texttemplate", "%{z}").With("showscale", panel == 0))
                .WithTraces(t => SubplotGrid.InPanel(t, panel)
                    .WithHoverTemplate("%{y}, %{x}: %{z} activiteit(en)<extra>" + PlotlyText.Encode(present[panel].DutchLabel()) + "</extra>")));
        }
        var figure = Chart.Combine(parts).WithTitle(title + ": doelen × leeftijdsgroepen × vorm van preventie");
        for (var i = 0; i < present.Count; i++)
            figure = figure.WithLayout(SubplotGrid.YAxis(i) + ".autorange", "reversed")
                // upright: eleven columns beside the long goal labels leave each too narrow for a slanted label
                .WithLayout(SubplotGrid.XAxis(i) + ".tickangle", -90)
                .WithLayout(SubplotGrid.XAxis(i) + ".automargin", true)
                .WithLayout(SubplotGrid.YAxis(i) + ".showticklabels", true);
        return SubplotGrid.Arrange(figure, present.Select(f => "Vorm: " + f.DutchLabel()).ToArray(), columns: 1, panelHeight: 300);
    }

    /// <summary>Pixels from the bottom of the heatmap to its note: room for the tick labels and the axis title above it.</summary>
    private const int NoteOffset = 88;

    /// <summary>A column header: "alle inwoners", the band code ("0-3" … "80+") or "specifiek".</summary>
    public static string ColumnLabel(TargetGroup group) => group.Kind switch
    {
        TargetGroupKind.InwonersAlgemeen => "alle inwoners",
        TargetGroupKind.Specifiek => "specifiek",
        _ => group.Band!.Code,
    };

    /// <summary>Whole-number steps for the colour bar of activity counts.</summary>
    private static double CountStep(double max) => Math.Max(1, PopulationCharts.NiceStep(max / 5));
}
