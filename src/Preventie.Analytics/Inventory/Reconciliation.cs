using Preventie.Analytics.Interventions;
using Preventie.Analytics.Formatting;

namespace Preventie.Analytics.Inventory;

/// <summary>
/// Checks the published Deventer pivot figures: <see cref="CheckInternal"/> lists every internal inconsistency
/// (form counts above the number of activities, financing counts or percentages that do not match, charts that
/// differ from their pivot table, an age-label list shifted by one row, pivots that disagree with each other);
/// <see cref="CompareWithInventory"/> lists every published count that differs from the pivot computed from an inventory.
/// </summary>
public static class Reconciliation
{
    /// <summary>A published percentage matches a count when it is the rounded share, i.e. within half a percentage point.</summary>
    public const double PercentTolerance = 0.005 + 1e-9;

    /// <summary>Every internal inconsistency in <paramref name="published"/>, in file order of the pivots.</summary>
    public static IReadOnlyList<Finding> CheckInternal(PublishedFigures published)
    {
        var findings = new List<Finding>();
        foreach (var pivot in published.Pivots)
        {
            var name = PivotName(pivot);
            var activities = published.Find(pivot, PublishedFigures.Values, PublishedFigures.ActivitiesFeature);
            if (activities is null)
            {
                findings.Add(new Finding("aantal-ontbreekt", $"{name}: het aantal activiteiten ontbreekt."));
                continue;
            }
            var n = activities.ValueOrZero;

            // 1. Forms: each activity has one form, so the form counts should add up to the number of activities.
            var forms = PreventionForms.All.Select(f => published.Find(pivot, PublishedFigures.Values, f.Key())).OfType<PublishedFigure>().ToList();
            var formSum = forms.Sum(f => f.ValueOrZero);
            if (formSum > n)
                findings.Add(new Finding("vormen-groter-dan-aantal",
                    $"{name}: de aantallen per vorm ({string.Join(" + ", forms.Select(f => Num(f.ValueOrZero)))} = {Num(formSum)}) zijn samen meer dan het aantal activiteiten ({Num(n)}).",
                    activities.Row, null, Lines(forms.Prepend(activities))));
            else if (formSum < n)
                findings.Add(new Finding("vormen-minder-dan-aantal",
                    $"{name}: de aantallen per vorm tellen op tot {Num(formSum)}, minder dan het aantal activiteiten ({Num(n)}).",
                    activities.Row, null, Lines(forms.Prepend(activities))));

            // 2. Financing counts add up to the number of activities; 3. percentages match the counts.
            var financing = Financings.All.Select(f => (Kind: f, Figure: published.Find(pivot, PublishedFigures.Values, PublishedFigures.FinancingFeature(f)))).ToList();
            var finSum = financing.Sum(f => f.Figure?.ValueOrZero ?? 0);
            if (financing.Any(f => f.Figure is not null) && finSum != n)
                findings.Add(new Finding("financiering-telt-niet-op",
                    $"{name}: de aantallen per financieringsvorm tellen op tot {Num(finSum)}, niet tot het aantal activiteiten ({Num(n)}).",
                    activities.Row, null, Lines(financing.Select(f => f.Figure).OfType<PublishedFigure>().Prepend(activities))));

            var percentages = published.Block(pivot, PublishedFigures.FinancingPercentages);
            foreach (var (kind, count) in financing)
            {
                var pct = published.Find(pivot, PublishedFigures.FinancingPercentages, PublishedFigures.FinancingFeature(kind));
                if (pct is null || count is null || n <= 0) continue;
                var share = count.ValueOrZero / n;
                if (Math.Abs(share - pct.ValueOrZero) > PercentTolerance)
                    findings.Add(new Finding("percentage-klopt-niet",
                        $"{name}: {pct.Label} staat op {DutchFormat.Percent(pct.ValueOrZero, 0)}, maar {Num(count.ValueOrZero)} van {Num(n)} activiteiten is {DutchFormat.Percent(share)}.",
                        pct.Row, null, Lines([pct, count, activities])));
            }
            if (percentages.Count > 0)
            {
                var total = percentages.Sum(p => p.ValueOrZero);
                if (Math.Abs(total - 1) > 0.015)
                {
                    var denominator = ExplainingDenominator(financing.Select(f => (f.Figure, published.Find(pivot, PublishedFigures.FinancingPercentages, PublishedFigures.FinancingFeature(f.Kind)))), n);
                    var hint = denominator is { } d ? $"; ze passen wel bij de aantallen gedeeld door {d} in plaats van {Num(n)}" : string.Empty;
                    findings.Add(new Finding("percentages-tellen-niet-op",
                        $"{name}: de percentages per financieringsvorm tellen op tot {DutchFormat.Percent(total, 0)} in plaats van 100%{hint}.",
                        percentages[0].Row, null, Lines(percentages)));
                }
            }

            // 4. Chart lists repeat the pivot table.
            CompareChart(findings, published, pivot, PublishedFigures.FormChart, "vormgrafiek");
            CompareChart(findings, published, pivot, PublishedFigures.GoalChart, "doelengrafiek");
            CheckTargetGroupChart(findings, published, pivot);
        }

        // 5. A goal pivot's count for a target group equals that target group's pivot count for the goal.
        foreach (var goal in OldGoals.All)
        foreach (var group in TargetGroup.All)
        {
            var a = published.Find(PublishedFigures.GoalPivot(goal), PublishedFigures.Values, group.Key);
            var b = published.Find(group.Key, PublishedFigures.Values, PublishedFigures.GoalPivot(goal));
            if (a is null || b is null || a.ValueOrZero == b.ValueOrZero) continue;
            findings.Add(new Finding("draaitabellen-onderling",
                $"{PivotName(a.Pivot)} telt {Num(a.ValueOrZero)} activiteiten voor {group.DutchLabel}, maar {PivotName(b.Pivot)} telt er {Num(b.ValueOrZero)} onder {goal.DutchLabel()}.",
                a.Row, null, Lines([a, b])));
        }
        return findings;
    }

    /// <summary>
    /// Every published count (block "waarden") that differs from the pivot computed from <paramref name="inventory"/>.
    /// Financing and target-group figures are only compared when the inventory has those columns; otherwise one
    /// finding says they were not compared.
    /// </summary>
    public static IReadOnlyList<Finding> CompareWithInventory(PublishedFigures published, PreventionInventory inventory)
    {
        var pivot = InventoryPivot.Compute(inventory);
        var findings = new List<Finding>();
        if (!inventory.HasFinancingColumn)
            findings.Add(new Finding("niet-vergeleken", "De inventaris heeft geen kolom financiering: de gepubliceerde aantallen per financieringsvorm zijn niet vergeleken."));
        if (!inventory.HasTargetGroupColumn)
            findings.Add(new Finding("niet-vergeleken", "De inventaris heeft geen kolom leeftijdsgroepen: de gepubliceerde doelgroep-draaitabellen en aantallen per doelgroep zijn niet vergeleken."));

        foreach (var figure in published.Figures.Where(f => f.Block == PublishedFigures.Values))
        {
            var slice = SliceFor(pivot, figure.Pivot);
            if (slice is null) continue;
            // Target-group pivots select activities by their target groups: meaningless without that column.
            if (!inventory.HasTargetGroupColumn && !figure.Pivot.StartsWith("doel-", StringComparison.Ordinal)) continue;
            int? computed = Computed(slice, figure.Feature, inventory);
            if (computed is null || computed.Value == figure.ValueOrZero) continue;
            findings.Add(new Finding("afwijking-gepubliceerd",
                $"{PivotName(figure.Pivot)}, {figure.Label}: gepubliceerd {Num(figure.ValueOrZero)}, berekend uit de inventaris {computed}.",
                figure.Row, null, figure.SourceLine));
        }
        return findings;
    }

    private static int? Computed(PivotSlice slice, string feature, PreventionInventory inventory)
    {
        if (feature == PublishedFigures.ActivitiesFeature) return slice.Count;
        foreach (var f in PreventionForms.All) if (feature == f.Key()) return slice.ByForm[f];
        foreach (var f in Financings.All)
            if (feature == PublishedFigures.FinancingFeature(f)) return inventory.HasFinancingColumn ? slice.ByFinancing[f] : null;
        foreach (var t in TargetGroup.All)
            if (feature == t.Key) return inventory.HasTargetGroupColumn ? slice.ByTargetGroup[t] : null;
        foreach (var g in OldGoals.All) if (feature == PublishedFigures.GoalPivot(g)) return slice.ByOldGoal[g];
        return null; // "gemeente" (municipal involvement) is not in the inventory
    }

    private static PivotSlice? SliceFor(InventoryPivot pivot, string key)
    {
        foreach (var g in OldGoals.All) if (key == PublishedFigures.GoalPivot(g)) return pivot.ByOldGoal[g];
        foreach (var t in TargetGroup.All) if (key == t.Key) return pivot.ByTargetGroup[t];
        return null;
    }

    private static void CompareChart(List<Finding> findings, PublishedFigures published, string pivot, string block, string what)
    {
        foreach (var chart in published.Block(pivot, block))
        {
            var table = published.Find(pivot, PublishedFigures.Values, chart.Feature);
            if (table is null || table.ValueOrZero == chart.ValueOrZero) continue;
            findings.Add(new Finding("grafiek-wijkt-af",
                $"{PivotName(pivot)}: in de {what} staat '{chart.Label}' op {Num(chart.ValueOrZero)}, in de draaitabel op {Num(table.ValueOrZero)}.",
                chart.Row, null, Lines([chart, table])));
        }
    }

    /// <summary>
    /// The target-group list under a goal pivot has a header line ("Doelgroepen") and then one line per group.
    /// In the Deventer document the values are shifted one line up: the header carries the value of
    /// "inwoners algemeen", "Alle inwoners" that of 0-3, and so on. The shift is the longest run of lines, from the
    /// header on, whose value equals the table value of the group one line further down; it is reported once
    /// (when it explains at least one mismatch), and every mismatch it does not explain is reported per label.
    /// </summary>
    private static void CheckTargetGroupChart(List<Finding> findings, PublishedFigures published, string pivot)
    {
        var chart = published.Block(pivot, PublishedFigures.TargetGroupChart);
        if (chart.Count == 0) return;
        var table = TargetGroup.All.Select(t => published.Find(pivot, PublishedFigures.Values, t.Key)).ToList();
        bool Direct(PublishedFigure c) =>
            c.Feature == "doelgroepen-kop" || published.Find(pivot, PublishedFigures.Values, c.Feature) is not { } t || t.ValueOrZero == c.ValueOrZero;

        var shift = 0;
        while (shift < chart.Count && shift < table.Count && table[shift] is { } t && t.ValueOrZero == chart[shift].ValueOrZero) shift++;
        var fullShift = shift == table.Count;
        var explained = fullShift ? chart.Count : shift;
        if (shift >= 3 && chart.Take(explained).Any(c => !Direct(c)))
        {
            var last = chart[shift - 1];
            var message = $"{PivotName(pivot)}: de doelgroepenlijst is één regel verschoven: '{chart[0].Label}' toont het aantal van inwoners algemeen ({Num(chart[0].ValueOrZero)}), " +
                $"'{chart[1].Label}' dat van {TargetGroup.All[1].DutchLabel} ({Num(chart[1].ValueOrZero)}), enzovoort, t/m '{last.Label}' dat van {TargetGroup.All[shift - 1].DutchLabel} ({Num(last.ValueOrZero)})";
            if (fullShift && chart.Count > shift)
                message += $"; '{chart[shift].Label}' toont {(chart[shift].Value is null ? "niets" : Num(chart[shift].ValueOrZero))}";
            findings.Add(new Finding("labels-verschoven", message + ".", chart[0].Row, null, Lines(chart.Take(explained))));
        }
        else explained = 0;

        foreach (var c in chart.Skip(explained).Where(c => !Direct(c)))
        {
            var t = published.Find(pivot, PublishedFigures.Values, c.Feature)!;
            findings.Add(new Finding("grafiek-wijkt-af",
                $"{PivotName(pivot)}: in de doelgroepenlijst staat '{c.Label}' op {Num(c.ValueOrZero)}, in de draaitabel op {Num(t.ValueOrZero)}.",
                c.Row, null, Lines([c, t])));
        }
    }

    /// <summary>
    /// The smallest whole denominator (other than <paramref name="n"/>) for which every published percentage is the rounded
    /// count / denominator, e.g. 15 for 4 t/m 12 jaar (8, 7, 0, 1 → 53%, 47%, 0%, 7%): a hint at how the percentages were made.
    /// </summary>
    private static int? ExplainingDenominator(IEnumerable<(PublishedFigure? Count, PublishedFigure? Percent)> pairs, double n)
    {
        var list = pairs.Where(p => p.Count is not null && p.Percent is not null).ToList();
        if (list.Count == 0) return null;
        for (var d = 1; d <= 2 * n + 10; d++)
            if (d != n && list.All(p => Math.Abs(p.Count!.ValueOrZero / d - p.Percent!.ValueOrZero) <= PercentTolerance))
                return d;
        return null;
    }

    /// <summary>Dutch name of a pivot key: "Draaitabel doelstelling 1", "Draaitabel 4 t/m 12 jaar".</summary>
    public static string PivotName(string pivot)
    {
        foreach (var g in OldGoals.All) if (pivot == PublishedFigures.GoalPivot(g)) return $"Draaitabel doelstelling {g.Key()}";
        foreach (var t in TargetGroup.All) if (pivot == t.Key) return $"Draaitabel {t.DutchLabel}";
        return $"Draaitabel {pivot}";
    }

    private static string Num(double v) => DutchFormat.Number(v, v == Math.Floor(v) ? 0 : 2);

    private static string Lines(IEnumerable<PublishedFigure> figures)
    {
        var lines = figures.Select(f => f.SourceLine).Where(s => s.Length > 0).Distinct().ToList();
        return lines.Count == 0 ? string.Empty : string.Join(", ", lines);
    }
}
