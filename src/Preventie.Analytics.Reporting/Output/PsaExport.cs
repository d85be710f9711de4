using Preventie.Analytics.Formatting;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Output;

/// <summary>
/// Writes a <see cref="PsaResult"/> as JSON (invariant numbers, round-trip precision) and as CSV for Dutch Excel
/// (<c>;</c>, decimal comma, UTF-8 with BOM), like the deterministic export. <see cref="WriteDirectory"/> writes
/// <c>psa.json</c>, <c>psa-betalers.csv</c>, <c>psa-per-jaar.csv</c> and <c>psa-aanvaardbaarheid.csv</c> atomically.
/// </summary>
public static class PsaExport
{
    public static void WriteDirectory(string directory, PsaResult result) =>
        AtomicOutput.WriteDirectory(directory, tmp =>
        {
            File.WriteAllText(Path.Combine(tmp, "psa.json"), ToJson(result), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(tmp, "psa-betalers.csv"), PayersCsv(result), new UTF8Encoding(true));
            File.WriteAllText(Path.Combine(tmp, "psa-per-jaar.csv"), YearsCsv(result), new UTF8Encoding(true));
            File.WriteAllText(Path.Combine(tmp, "psa-aanvaardbaarheid.csv"), AcceptabilityCsv(result), new UTF8Encoding(true));
        });

    private static string N(double v) => double.IsFinite(v) ? v.ToString("0.##", DutchFormat.Culture) : "";
    private static string P(double v) => double.IsFinite(v) ? v.ToString("0.####", DutchFormat.Culture) : "";

    /// <summary>
    /// <c>betaler;puntschatting;netto_baat_gemiddeld;netto_baat_p5;netto_baat_p95;netto_baat_sd;kans_positief;evpi;kans_quitte_uiterlijk_JJJJ</c>
    /// (discounted net benefit), plus a last row for the zelfredzame life-years gained.
    /// </summary>
    public static string PayersCsv(PsaResult r)
    {
        var sb = new StringBuilder("betaler;puntschatting;netto_baat_gemiddeld;netto_baat_p5;netto_baat_p95;netto_baat_sd;kans_positief;evpi;kans_quitte_uiterlijk_" + r.Options.CouncilTermEnd + "\n");
        foreach (var g in r.Groups)
            sb.Append(CsvCell.Text(g.Code)).Append(';').Append(N(g.PointEstimate)).Append(';').Append(N(g.NetBenefit.Mean)).Append(';').Append(N(g.NetBenefit.Low)).Append(';').Append(N(g.NetBenefit.High))
              .Append(';').Append(N(g.NetBenefit.StandardDeviation)).Append(';').Append(P(g.NetBenefit.ProbabilityPositive)).Append(';').Append(N(g.Evpi))
              .Append(';').Append(P(g.BreakEvenInTerm)).Append('\n');
        foreach (var (code, point, ly) in new[] { ("zelfredzame_levensjaren_contant", r.PointSelfReliantYearsGainedDiscounted, r.SelfReliantYearsGainedDiscounted),
                                                  ("zelfredzame_levensjaren_onverdisconteerd", r.PointSelfReliantYearsGained, r.SelfReliantYearsGained) })
            sb.Append(code).Append(';').Append(N(point)).Append(';').Append(N(ly.Mean)).Append(';').Append(N(ly.Low)).Append(';')
              .Append(N(ly.High)).Append(';').Append(N(ly.StandardDeviation)).Append(';')
              .Append(P(ly.ProbabilityPositive)).Append(";;\n");
        return sb.ToString();
    }

    /// <summary><c>jaar;betaler;gemiddelde;p5;p95;kans_positief</c> of the nominal net benefit per year.</summary>
    public static string YearsCsv(PsaResult r)
    {
        var sb = new StringBuilder("jaar;betaler;netto_baat_gemiddeld;netto_baat_p5;netto_baat_p95;kans_positief\n");
        for (var t = 0; t < r.Cycles; t++)
            foreach (var g in r.Groups)
            {
                var s = g.NetBenefitByYear[t];
                sb.Append(r.StartYear + t).Append(';').Append(CsvCell.Text(g.Code)).Append(';').Append(N(s.Mean)).Append(';').Append(N(s.Low)).Append(';')
                  .Append(N(s.High)).Append(';').Append(P(s.ProbabilityPositive)).Append('\n');
            }
        return sb.ToString();
    }

    /// <summary><c>waarde_per_levensjaar;betaler;kans_positief;evpi</c>.</summary>
    public static string AcceptabilityCsv(PsaResult r)
    {
        var sb = new StringBuilder("waarde_per_levensjaar;betaler;kans_positief;evpi\n");
        if (!r.HasComparator) return sb.ToString();
        for (var i = 0; i < r.Options.ValuesPerLifeYear.Count; i++)
            foreach (var g in r.Groups)
                sb.Append(N(r.Options.ValuesPerLifeYear[i])).Append(';').Append(CsvCell.Text(g.Code)).Append(';').Append(P(g.Acceptability[i].Probability)).Append(';')
                  .Append(N(g.Acceptability[i].Evpi)).Append('\n');
        return sb.ToString();
    }

    /// <summary>The whole result as indented JSON.</summary>
    public static string ToJson(PsaResult r)
    {
        return JsonText.Build(w =>
        {
            w.WriteStartObject();
            w.WriteString("scenario", r.ScenarioName);
            w.WriteString("vergelijking", r.ComparatorName);
            w.WriteNumber("startjaar", r.StartYear.Value);
            w.WriteNumber("eindjaar", r.EndYear.Value);
            w.WriteNumber("trekkingen", r.Draws);
            w.WriteNumber("seed", r.Seed);
            w.WriteNumber("discontovoet", r.DiscountRate);
            w.WriteBoolean("met_vergelijking", r.HasComparator);
            w.WriteNumber("trekkingen_met_begrensde_kans", r.ClampedDraws);
            w.WriteNumber("aandeel_trekkingen_met_begrensde_kans", r.ClampedShare);
            w.WriteBoolean("begrenzing_meer_dan_1_procent", r.ClampingIsMaterial);
            w.WriteStartArray("begrensde_kansen_per_parameter");
            foreach (var c in r.ClampedParameters)
            {
                w.WriteStartObject();
                w.WriteString("parameter", c.Parameter);
                w.WriteNumber("trekkingen", c.Draws);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("raadsperiode");
            w.WriteNumberValue(r.Options.CouncilTermStart);
            w.WriteNumberValue(r.Options.CouncilTermEnd);
            w.WriteEndArray();
            Number(w, "kans_gemeente_quitte_in_raadsperiode", r.MunicipalBreakEvenInTerm);
            w.WritePropertyName("zelfredzame_levensjaren");
            Summary(w, r.SelfReliantYearsGained);
            w.WritePropertyName("zelfredzame_levensjaren_contant");
            Summary(w, r.SelfReliantYearsGainedDiscounted);
            Number(w, "zelfredzame_levensjaren_puntschatting", r.PointSelfReliantYearsGained);
            Number(w, "zelfredzame_levensjaren_contant_puntschatting", r.PointSelfReliantYearsGainedDiscounted);
            w.WriteStartArray("betalers");
            foreach (var g in r.Groups)
            {
                w.WriteStartObject();
                w.WriteString("code", g.Code);
                w.WriteString("naam", g.Label);
                w.WriteNumber("puntschatting_contant", g.PointEstimate);
                w.WritePropertyName("netto_baat_contant");
                Summary(w, g.NetBenefit);
                Number(w, "evpi", g.Evpi);
                Number(w, "kans_quitte_in_raadsperiode", g.BreakEvenInTerm);
                if (g.PointBreakEvenYear is { } be) w.WriteNumber("terugverdienjaar_puntschatting", be.Value);
                else w.WriteNull("terugverdienjaar_puntschatting");
                if (g.Costs is { } costs)
                {
                    Number(w, "kosten_contant_puntschatting", g.PointCosts);
                    w.WritePropertyName("kosten_contant");
                    Summary(w, costs);
                    w.WriteStartArray("kosten_per_jaar");
                    for (var t = 0; t < r.Cycles; t++)
                    {
                        w.WriteStartObject();
                        w.WriteNumber("jaar", (r.StartYear + t).Value);
                        WriteSummaryFields(w, g.CostsByYear![t]);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                w.WriteStartArray("netto_baat_per_jaar");
                for (var t = 0; t < r.Cycles; t++)
                {
                    w.WriteStartObject();
                    w.WriteNumber("jaar", (r.StartYear + t).Value);
                    WriteSummaryFields(w, g.NetBenefitByYear[t]);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("aanvaardbaarheid");
                foreach (var a in g.Acceptability)
                {
                    w.WriteStartObject();
                    w.WriteNumber("waarde_per_levensjaar", a.ValuePerLifeYear);
                    Number(w, "kans_positief", a.Probability);
                    Number(w, "evpi", a.Evpi);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("onzekere_parameters");
            foreach (var p in r.UncertainParameters) w.WriteStringValue(p);
            w.WriteEndArray();
            w.WriteEndObject();
        }, "psa.json");
    }

    private static void Summary(Utf8JsonWriter w, OutcomeSummary s)
    {
        w.WriteStartObject();
        WriteSummaryFields(w, s);
        w.WriteEndObject();
    }

    private static void WriteSummaryFields(Utf8JsonWriter w, OutcomeSummary s)
    {
        Number(w, "gemiddelde", s.Mean);
        Number(w, "p5", s.Low);
        Number(w, "p95", s.High);
        Number(w, "sd", s.StandardDeviation);
        Number(w, "kans_positief", s.ProbabilityPositive);
    }

    /// <summary>A number, or null when it is not defined (NaN, e.g. no break-even without a comparator).</summary>
    private static void Number(Utf8JsonWriter w, string name, double v)
    {
        if (double.IsFinite(v)) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }
}
