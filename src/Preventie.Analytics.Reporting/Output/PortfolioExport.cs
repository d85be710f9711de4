using System.Text.Json;
using Preventie.Analytics.Evidence;
using Preventie.Analytics.Optimisation;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Output;

/// <summary>
/// JSON of an investment advice (<c>preventie optimize --format json</c> and <c>optimalisatie.json</c>): at least
/// <c>portfolio</c> (activity, scale, costPerYear), <c>frontier</c> (budget, mean, p5, p95) and <c>evppi</c>
/// (parameter or group, value), plus the evaluation, the activities to stop, the marginal returns, the EVPI, the
/// activities without data and which inputs are assumptions.
/// </summary>
public static class PortfolioExport
{
    public static string ToJson(InvestmentAdvice advice) => JsonText.Build(w => Write(w, advice), "optimalisatie.json");

    /// <summary>Writes <c>optimalisatie.json</c> into <paramref name="directory"/> atomically.</summary>
    public static void WriteDirectory(string directory, InvestmentAdvice advice) =>
        AtomicOutput.WriteDirectory(directory, tmp => File.WriteAllText(Path.Combine(tmp, "optimalisatie.json"), ToJson(advice)));

    private static void Write(Utf8JsonWriter w, InvestmentAdvice advice)
    {
        var r = advice.Result;
        var o = r.Options;
        w.WriteStartObject();
        w.WriteString("objective", o.Objective.Code());
        w.WriteString("objectiveLabel", o.Objective.DutchLabel());
        w.WriteNumber("budget", r.Budget);
        w.WriteNumber("currentCostPerYear", r.CurrentCostPerYear);
        w.WriteNumber("minBreakEvenProbability", o.MinBreakEvenProbability);
        w.WriteString("councilTerm", $"{o.CouncilTermStart}-{o.CouncilTermEnd}");
        w.WriteNumber("draws", o.Draws);
        w.WriteNumber("seed", o.Seed);
        w.WriteString("solverStatus", r.SolverStatus.ToString());
        w.WriteString("solverStatusLabel", r.SolverStatus.DutchLabel());
        w.WriteString("note", "Kosten, bereik en effecten van de activiteiten uit de inventaris zijn aannames (data/evidence), geen metingen.");

        w.WriteStartArray("portfolio");
        foreach (var l in r.Portfolio)
        {
            w.WriteStartObject();
            w.WriteString("activity", l.Activity);
            w.WriteNumber("scale", l.Scale);
            w.WriteNumber("costPerYear", l.CostPerYear);
            w.WriteNumber("currentScale", l.CurrentScale);
            w.WriteString("origin", l.OriginLabel);
            w.WriteString("evidenceLevel", l.Level?.Code());
            w.WriteBoolean("assumption", l.IsAssumption);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        var e = r.Evaluation;
        w.WriteStartObject("evaluation");
        w.WriteNumber("costPerYear", e.CostPerYear);
        w.WriteNumber("mean", e.Objective.Mean);
        w.WriteNumber("p5", e.Objective.Low);
        w.WriteNumber("p95", e.Objective.High);
        w.WriteNumber("probabilityBeatsCurrent", e.ProbabilityBeatsCurrent);
        w.WriteNumber("breakEvenProbability", e.BreakEvenProbability);
        w.WriteStartObject("netBenefitByPayer");
        var rows = r.Candidates.Model.Payers.Rows;
        for (var g = 0; g < rows.Count; g++) w.WriteNumber(rows.Code(g), e.NetBenefitByGroup[g].Mean);
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartArray("stop");
        foreach (var l in r.Stopped) w.WriteStringValue(l.Activity);
        w.WriteEndArray();

        w.WriteStartArray("frontier");
        foreach (var p in r.Frontier)
        {
            w.WriteStartObject();
            w.WriteNumber("budget", p.Budget);
            w.WriteBoolean("feasible", p.Feasible);
            if (p.Feasible)
            {
                w.WriteNumber("costPerYear", p.CostPerYear);
                w.WriteNumber("mean", p.Mean);
                w.WriteNumber("p5", p.P5);
                w.WriteNumber("p95", p.P95);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("marginalReturn");
        foreach (var m in r.Marginal)
        {
            w.WriteStartObject();
            w.WriteString("activity", m.Activity);
            w.WriteNumber("scale", m.Scale);
            w.WriteNumber("perEuro", m.PerEuro);
            w.WriteBoolean("aboveMaximum", m.AboveMaximum);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("evppi");
        if (advice.Evppi is { } v)
            foreach (var x in v.Parameters.Concat(v.Groups))
            {
                w.WriteStartObject();
                w.WriteString(x.IsGroup ? "group" : "parameter", x.Name);
                w.WriteString("payer", x.PayerGroup);
                w.WriteNumber("value", x.Value);
                w.WriteNumber("rSquared", x.RSquared);
                if (x.IsGroup)
                {
                    w.WriteStartArray("parameters");
                    foreach (var p in x.Parameters) w.WriteStringValue(p);
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
        w.WriteEndArray();
        w.WriteStartObject("evpi");
        if (advice.Evppi is { } ev)
            foreach (var (k, val) in ev.Evpi) w.WriteNumber(k, val);
        w.WriteEndObject();

        w.WriteStartArray("withoutData");
        foreach (var u in r.Candidates.Unavailable)
        {
            w.WriteStartObject();
            w.WriteString("activity", u.Activity);
            w.WriteString("missing", u.MissingText);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
