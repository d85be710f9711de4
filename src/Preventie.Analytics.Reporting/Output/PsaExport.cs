using Preventie.Analytics.Formatting;
using System.Globalization;
using System.Text;
using Preventie.Analytics.Model;
using Preventie.Analytics.Output.Records;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Output;

/// <summary>
/// Writes a <see cref="PsaResult"/> as JSON (invariant numbers, round-trip precision) and as CSV for Dutch Excel
/// (<c>;</c>, decimal comma, UTF-8 with BOM), like the deterministic export. <see cref="WriteDirectory"/> writes
/// <c>psa.json</c>, <c>psa-betalers.csv</c>, <c>psa-per-jaar.csv</c>, <c>psa-aanvaardbaarheid.csv</c> and, when the model
/// version is known, <c>modelversie.csv</c> atomically.
/// </summary>
public static class PsaExport
{
    /// <summary>Writes the files into <paramref name="directory"/>; with the model version <paramref name="model"/> the
    /// results were computed on, also <see cref="SimulationExport.ModelVersionFile"/> beside the CSV files and
    /// <c>"model"</c> in <c>psa.json</c>.</summary>
    public static void WriteDirectory(string directory, PsaResult result, ModelVersion? model = null) =>
        AtomicOutput.WriteDirectory(directory, tmp =>
        {
            File.WriteAllText(Path.Combine(tmp, "psa.json"), ToJson(result, model), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(tmp, "psa-betalers.csv"), PayersCsv(result), new UTF8Encoding(true));
            File.WriteAllText(Path.Combine(tmp, "psa-per-jaar.csv"), YearsCsv(result), new UTF8Encoding(true));
            File.WriteAllText(Path.Combine(tmp, "psa-aanvaardbaarheid.csv"), AcceptabilityCsv(result), new UTF8Encoding(true));
            if (SimulationExport.ModelVersionCsv(model) is { } version)
                File.WriteAllText(Path.Combine(tmp, SimulationExport.ModelVersionFile), version, new UTF8Encoding(true));
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

    /// <summary>The whole result as indented JSON (<see cref="PsaJson"/>), with the model version <paramref name="model"/>
    /// it was computed on (<c>"model"</c>, as in <c>resultaat.json</c>; left out when null).</summary>
    public static string ToJson(PsaResult r, ModelVersion? model = null) =>
        JsonText.Serialize(PsaJson.From(r, model), PsaJsonContext.Default, "psa.json");
}
