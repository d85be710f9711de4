using Preventie.Analytics.Interventions;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Inventory;

/// <summary>One published pivot figure (see <c>data/inventory/deventer-2022-published.csv</c>).</summary>
/// <param name="Pivot">"doel-1".."doel-4" or a target-group key ("inwoners-algemeen", "0-3" … "80+", "specifiek").</param>
/// <param name="Block">"waarden", "financiering-pct", "vorm-grafiek", "doelgroepen-grafiek" or "doelen-grafiek".</param>
/// <param name="Feature">What the number counts: "activiteiten", a form key, a financing key ("financiering-onbekend"), a target-group key, "doel-N", "gemeente" or "doelgroepen-kop".</param>
/// <param name="Label">The label as published.</param>
/// <param name="Value">The value (a percentage as a fraction: 54% → 0.54); null when the published cell is empty.</param>
/// <param name="Row">Row in the published-figures file.</param>
/// <param name="SourceLine">Line in the source document.</param>
public sealed record PublishedFigure(string Pivot, string Block, string Feature, string Label, double? Value, int Row, string SourceLine)
{
    /// <summary>The value with an empty cell read as 0 (how a pivot table shows zero).</summary>
    public double ValueOrZero => Value ?? 0;
}

/// <summary>The published Deventer pivot figures, loaded and validated.</summary>
public sealed class PublishedFigures
{
    /// <summary>Block of the published counts per pivot.</summary>
    public const string Values = "waarden";
    /// <summary>Block of the financing percentages per pivot.</summary>
    public const string FinancingPercentages = "financiering-pct";
    /// <summary>Block of the form chart.</summary>
    public const string FormChart = "vorm-grafiek";
    /// <summary>Block of the target-group chart.</summary>
    public const string TargetGroupChart = "doelgroepen-grafiek";
    /// <summary>Block of the goal chart.</summary>
    public const string GoalChart = "doelen-grafiek";
    /// <summary>Feature of the number of activities in a pivot.</summary>
    public const string ActivitiesFeature = "activiteiten";
    /// <summary>Feature of the activities whose financing is unknown.</summary>
    public const string UnknownFinancingFeature = "financiering-onbekend";

    internal static readonly string[] Blocks = [Values, FinancingPercentages, FormChart, TargetGroupChart, GoalChart];

    /// <summary>The figures read from <paramref name="source"/>.</summary>
    public PublishedFigures(string source, IReadOnlyList<PublishedFigure> figures)
    {
        Source = source;
        Figures = figures;
    }

    /// <summary>The published-figures file the figures were read from.</summary>
    public string Source { get; }

    /// <summary>Every published figure, in file order.</summary>
    public IReadOnlyList<PublishedFigure> Figures { get; }

    /// <summary>Pivot keys of the old goals.</summary>
    public static string GoalPivot(OldGoal goal) => "doel-" + goal.Key();

    /// <summary>Feature key of a financing kind ("structureel", …, "financiering-onbekend").</summary>
    public static string FinancingFeature(Financing f) => f == Financing.Onbekend ? UnknownFinancingFeature : f.DutchLabel();

    /// <summary>All pivot keys in the file, in file order.</summary>
    public IReadOnlyList<string> Pivots => Figures.Select(f => f.Pivot).Distinct().ToList();

    /// <summary>The figures of one block of one pivot, in file order.</summary>
    public IReadOnlyList<PublishedFigure> Block(string pivot, string block) =>
        Figures.Where(f => f.Pivot == pivot && f.Block == block).ToList();

    /// <summary>The first figure for <paramref name="feature"/> in a block, or null.</summary>
    public PublishedFigure? Find(string pivot, string block, string feature) =>
        Figures.FirstOrDefault(f => f.Pivot == pivot && f.Block == block && f.Feature == feature);

    internal static readonly HashSet<string> KnownFeatures =
        new[] { ActivitiesFeature, "gemeente", "doelgroepen-kop" }
            .Concat(PreventionForms.All.Select(f => f.Key()))
            .Concat(Financings.All.Select(FinancingFeature))
            .Concat(TargetGroup.All.Select(t => t.Key))
            .Concat(OldGoals.All.Select(GoalPivot))
            .ToHashSet();

    internal static readonly HashSet<string> KnownPivots =
        OldGoals.All.Select(GoalPivot).Concat(TargetGroup.All.Select(t => t.Key)).ToHashSet();

}
