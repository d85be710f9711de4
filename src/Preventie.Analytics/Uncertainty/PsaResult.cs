using System.Net;
using System.Text;
using Preventie.Analytics.Charts;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// The result of a <see cref="ProbabilisticAnalysis"/>: per payer group the mean and 90% interval of the discounted
/// net benefit and of each year's nominal net benefit, the probability of a positive net benefit, the acceptability
/// and EVPI curves, and the probability that the group has broken even by the end of the council term; plus the
/// zelfredzame life-years gained.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class PsaResult : IHtmlRenderable
{
    public PsaResult(string scenarioName, string? comparatorName, int startYear, int cycles, PsaOptions options, double discountRate,
        IReadOnlyList<PayerUncertainty> groups, OutcomeSummary selfReliantYearsGained, IReadOnlyList<string> uncertainParameters,
        IReadOnlyList<PsaDraw>? cloud = null)
    {
        Cloud = cloud ?? [];
        ScenarioName = scenarioName;
        ComparatorName = comparatorName;
        StartYear = startYear;
        Cycles = cycles;
        Options = options;
        DiscountRate = discountRate;
        Groups = groups;
        SelfReliantYearsGained = selfReliantYearsGained;
        UncertainParameters = uncertainParameters;
    }

    public string ScenarioName { get; }
    /// <summary>The comparator's name, or null for a PSA of the scenario on its own (absolute totals).</summary>
    public string? ComparatorName { get; }

    /// <summary>True when the scenario was compared with a comparator.</summary>
    public bool HasComparator => ComparatorName is not null;
    public int StartYear { get; }
    public int Cycles { get; }
    public PsaOptions Options { get; }
    public int Draws => Options.Draws;
    public ulong Seed => Options.Seed;

    /// <summary>The discount rate of draw 0 (a parameter; it may vary between draws if it is uncertain).</summary>
    public double DiscountRate { get; }

    /// <summary>The calendar years of the cycles.</summary>
    public IReadOnlyList<int> Years => Enumerable.Range(StartYear, Cycles).ToArray();

    /// <summary>The eight payers, then "gemeente" and "totaal" (<see cref="PayerGroups"/>).</summary>
    public IReadOnlyList<PayerUncertainty> Groups { get; }

    public PayerUncertainty Gemeente => Groups[PayerGroups.Gemeente];
    public PayerUncertainty Total => Groups[PayerGroups.Total];

    /// <summary>The group with code <paramref name="code"/>.</summary>
    public PayerUncertainty For(string code) => Groups.First(g => g.Code == code);

    /// <summary>Zelfredzame life-years gained (scenario − comparator, undiscounted).</summary>
    public OutcomeSummary SelfReliantYearsGained { get; }

    /// <summary>Zelfredzame life-years gained, discounted like the costs (used by acceptability and EVPI).</summary>
    public OutcomeSummary SelfReliantYearsGainedDiscounted { get; init; } = new(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0);

    /// <summary>Zelfredzame life-years gained at the point values, undiscounted.</summary>
    public double PointSelfReliantYearsGained { get; init; } = double.NaN;

    /// <summary>Zelfredzame life-years gained at the point values, discounted.</summary>
    public double PointSelfReliantYearsGainedDiscounted { get; init; } = double.NaN;

    /// <summary>Draws in which some transition probability had to be corrected (clamped to [0, 1]).</summary>
    public long ClampedDraws { get; init; }

    /// <summary>Share of the draws with a correction (<see cref="ClampedDraws"/> ÷ draws).</summary>
    public double ClampedShare => Draws == 0 ? 0 : (double)ClampedDraws / Draws;

    /// <summary>True when more than 1% of the draws needed a correction: say so prominently.</summary>
    public bool ClampingIsMaterial => ClampedShare > 0.01;

    /// <summary>Per parameter, the draws in which it fed a corrected probability (only parameters with at least one).</summary>
    public IReadOnlyList<ClampedParameter> ClampedParameters { get; init; } = [];

    /// <summary>Probability that the municipality has broken even by the end of the council term.</summary>
    public double MunicipalBreakEvenInTerm => Gemeente.BreakEvenInTerm;

    /// <summary>
    /// The first <see cref="PsaOptions.CloudDraws"/> draws (or all, when there are fewer) in draw order: per draw the
    /// municipality's and the other payers' (all payers minus the municipality) discounted net benefit, for
    /// <see cref="UncertaintyCharts.Cloud"/>. Bounded, so memory does not grow with the number of draws.
    /// </summary>
    public IReadOnlyList<PsaDraw> Cloud { get; }

    /// <summary>Dutch descriptions of the uncertain parameters and their distributions.</summary>
    public IReadOnlyList<string> UncertainParameters { get; }

    /// <summary>The groups to show: involved payers, then gemeente and totaal.</summary>
    public IEnumerable<PayerUncertainty> Shown =>
        Groups.Take(Costs.Payers.Count).Where(g => !g.IsUninvolved).Append(Gemeente).Append(Total);

    /// <summary>"€ 1.234 (90%: € 800 tot € 1.700)".</summary>
    public static string Interval(OutcomeSummary s) =>
        $"{DutchFormat.Euro(s.Mean)} (90%: {DutchFormat.Euro(s.Low)} tot {DutchFormat.Euro(s.High)})";

    private string Heading =>
        $"Onzekerheidsanalyse (PSA): '{ScenarioName}' ten opzichte van '{ComparatorName}', {StartYear}-{StartYear + Cycles - 1}; " +
        $"{DutchFormat.Number(Draws)} trekkingen, seed {Seed}, discontovoet {DutchFormat.Percent(DiscountRate, 2)}";

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.AppendLine(Heading);
        foreach (var g in Shown)
            sb.AppendLine($"  {g.Label}: netto baat {Interval(g.NetBenefit)} (contant; puntschatting {DutchFormat.Euro(g.PointEstimate)}); kans op positief {DutchFormat.Percent(g.NetBenefit.ProbabilityPositive)}; EVPI {DutchFormat.Euro(g.Evpi)}");
        sb.AppendLine($"  Kans dat de gemeente uiterlijk in {Options.CouncilTermEnd} quitte speelt (raadsperiode {Options.CouncilTermStart}-{Options.CouncilTermEnd}): {DutchFormat.Percent(MunicipalBreakEvenInTerm)}");
        sb.Append($"  Zelfredzame levensjaren gewonnen: {DutchFormat.Number(SelfReliantYearsGained.Mean, 1)} (90%: {DutchFormat.Number(SelfReliantYearsGained.Low, 1)} tot {DutchFormat.Number(SelfReliantYearsGained.High, 1)})");
        return sb.ToString();
    }

    /// <summary>Tables: per payer interval and probabilities; net benefit per year; acceptability curve. Strings escaped.</summary>
    public string ToHtml()
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        const string Right = "<td style=\"text-align:right\">";
        var h = new StringBuilder();
        h.Append("<div class=\"psa\"><h3>").Append(E(Heading)).Append("</h3>");
        h.Append("<table><thead><tr><th>betaler</th><th>puntschatting (contant)</th><th>netto baat (gemiddeld, contant)</th><th>5e percentiel</th><th>95e percentiel</th><th>kans op positief</th><th>EVPI</th><th>quitte uiterlijk ")
         .Append(Options.CouncilTermEnd).Append("</th></tr></thead><tbody>");
        foreach (var g in Shown)
            h.Append("<tr><td>").Append(E(g.Label)).Append("</td>").Append(Right).Append(DutchFormat.Euro(g.PointEstimate)).Append("</td>")
             .Append(Right).Append(DutchFormat.Euro(g.NetBenefit.Mean)).Append("</td>")
             .Append(Right).Append(DutchFormat.Euro(g.NetBenefit.Low)).Append("</td>").Append(Right).Append(DutchFormat.Euro(g.NetBenefit.High)).Append("</td>")
             .Append(Right).Append(DutchFormat.Percent(g.NetBenefit.ProbabilityPositive)).Append("</td>").Append(Right).Append(DutchFormat.Euro(g.Evpi)).Append("</td>")
             .Append(Right).Append(DutchFormat.Percent(g.BreakEvenInTerm)).Append("</td></tr>");
        h.Append("</tbody></table>");
        h.Append("<table><caption>Netto baat per jaar (nominaal): gemiddelde en 90%-interval</caption><thead><tr><th>betaler</th>");
        foreach (var y in Years) h.Append("<th>").Append(y).Append("</th>");
        h.Append("</tr></thead><tbody>");
        foreach (var g in Shown)
        {
            h.Append("<tr><td>").Append(E(g.Label)).Append("</td>");
            foreach (var s in g.NetBenefitByYear)
                h.Append(Right).Append(DutchFormat.EuroCompact(s.Mean)).Append("<br/><small>").Append(DutchFormat.EuroCompact(s.Low))
                 .Append(" – ").Append(DutchFormat.EuroCompact(s.High)).Append("</small></td>");
            h.Append("</tr>");
        }
        h.Append("</tbody></table>");
        h.Append("<table><caption>Aanvaardbaarheid: kans op positieve netto baat bij een waarde per zelfredzaam levensjaar</caption><thead><tr><th>waarde per levensjaar</th>");
        foreach (var g in Shown) h.Append("<th>").Append(E(g.Label)).Append("</th>");
        h.Append("</tr></thead><tbody>");
        for (var i = 0; i < Options.ValuesPerLifeYear.Count; i++)
        {
            h.Append("<tr><td>").Append(DutchFormat.Euro(Options.ValuesPerLifeYear[i])).Append("</td>");
            foreach (var g in Shown) h.Append(Right).Append(DutchFormat.Percent(g.Acceptability[i].Probability)).Append("</td>");
            h.Append("</tr>");
        }
        h.Append("</tbody></table><p>Zelfredzame levensjaren gewonnen: ").Append(DutchFormat.Number(SelfReliantYearsGained.Mean, 1))
         .Append(" (90%: ").Append(DutchFormat.Number(SelfReliantYearsGained.Low, 1)).Append(" tot ").Append(DutchFormat.Number(SelfReliantYearsGained.High, 1)).Append(")</p>");
        h.Append("<p>Onzekere parameters:</p><ul>");
        foreach (var p in UncertainParameters) h.Append("<li>").Append(E(p)).Append("</li>");
        h.Append("</ul></div>");
        return h.ToString();
    }
}
