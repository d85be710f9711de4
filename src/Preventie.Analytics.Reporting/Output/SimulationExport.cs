using Preventie.Analytics.Analysis;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Formatting;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Population;
using Preventie.Analytics.Reporting;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.States;
using Preventie.Analytics.Timeline;
using Preventie.Analytics.Wijken;
using Preventie.Analytics.Output.Records;

namespace Preventie.Analytics.Output;

/// <summary>
/// Writes simulation results as JSON (machine-readable, invariant numbers) and as CSV for Dutch Excel (<c>;</c>,
/// decimal comma, no thousands separator). <see cref="WriteDirectory(string, Analysis.ScenarioAnalysis)"/> writes all files atomically. Both state the
/// model version the results were computed on (<c>"model"</c> in the JSON, <c>modelversie.csv</c> beside the CSV files).
/// </summary>
public static class SimulationExport
{
    /// <summary>Writes the results of <paramref name="analysis"/> (<see cref="WriteDirectory(string, SimulationResult, SimulationResult?, ScenarioComparison?, WijkComparison?)"/>):
    /// its city comparison, and its per-wijk results when it has them.</summary>
    public static void WriteDirectory(string directory, ScenarioAnalysis analysis) =>
        WriteDirectory(directory, analysis.Comparison.Scenario, analysis.Comparison.Comparator, analysis.Comparison, analysis.Wijken);

    /// <summary><c>resultaat.json</c> of <paramref name="analysis"/>.</summary>
    public static string ToJson(ScenarioAnalysis analysis) =>
        ToJson(analysis.Comparison.Scenario, analysis.Comparison.Comparator, analysis.Comparison, analysis.Wijken);

    /// <summary>Writes <c>resultaat.json</c>, <c>aantallen.csv</c>, <c>kosten.csv</c> and (with a comparison)
    /// <c>betalers.csv</c> into <paramref name="directory"/>, and with <paramref name="wijken"/> also <c>wijken.csv</c>
    /// (<see cref="WijkenCsv"/>); nothing is left half-written. With wijken, pass its
    /// <see cref="WijkComparison.CityComparison"/> as the comparison (the city = the sum over the wijken).</summary>
    public static void WriteDirectory(string directory, SimulationResult scenario, SimulationResult? comparator, ScenarioComparison? comparison,
        WijkComparison? wijken = null) =>
        AtomicOutput.WriteDirectory(directory, tmp =>
        {
            File.WriteAllText(Path.Combine(tmp, "resultaat.json"), ToJson(scenario, comparator, comparison, wijken), new UTF8Encoding(false));
            if (wijken is not null) File.WriteAllText(Path.Combine(tmp, "wijken.csv"), WijkenCsv(wijken), new UTF8Encoding(true));
            File.WriteAllText(Path.Combine(tmp, "aantallen.csv"), CountsCsv(scenario, comparator), new UTF8Encoding(true));
            File.WriteAllText(Path.Combine(tmp, "kosten.csv"), CostsCsv(scenario, comparator), new UTF8Encoding(true));
            if (comparison is not null)
            {
                File.WriteAllText(Path.Combine(tmp, "betalers.csv"), PayersCsv(comparison), new UTF8Encoding(true));
                File.WriteAllText(Path.Combine(tmp, "levensjaren.csv"), LifeYearsCsv(comparison), new UTF8Encoding(true));
            }
            if (ModelVersionCsv(scenario) is { } model) File.WriteAllText(Path.Combine(tmp, ModelVersionFile), model, new UTF8Encoding(true));
        });

    /// <summary>The export's manifest of the model version, beside the CSV files.</summary>
    public const string ModelVersionFile = "modelversie.csv";

    /// <summary>
    /// The model version the results were computed on (<see cref="Model.ModelDefinition.Version"/>), as
    /// <c>onderdeel;waarde</c> rows: id, short id, calibrated or not, description and, for a calibrated model, the base
    /// model's id and each monitor file with its SHA-256 and periods. Null when the model was not read from a folder.
    /// </summary>
    public static string? ModelVersionCsv(SimulationResult s) => ModelVersionCsv(s.Compiled.Model.Version);

    /// <summary>The rows of <see cref="ModelVersionCsv(SimulationResult)"/> for <paramref name="version"/>; null without one.</summary>
    public static string? ModelVersionCsv(Model.ModelVersion? version)
    {
        if (version is not { } v) return null;
        var sb = new StringBuilder("onderdeel;waarde\n");
        void Row(string key, string value) => sb.Append(key).Append(';').Append(CsvCell.Text(value)).Append('\n');
        Row("modelversie", v.Id);
        Row("modelversie_kort", v.ShortId);
        Row("gekalibreerd", v.IsCalibrated ? "ja" : "nee");
        Row("beschrijving", v.Description);
        if (v.Calibration is { } c)
        {
            Row("basismodel", c.BaseModel.Version);
            foreach (var m in c.Monitor)
            {
                Row("monitorbestand", m.Path);
                Row("monitorbestand_sha256", m.Sha256);
                Row("monitorperiodes", string.Join(", ", m.Periods));
            }
        }
        return sb.ToString();
    }

    private static string N(double v) => v.ToString("0.##", DutchFormat.Culture);

    /// <summary>Counts per time point, band and state: <c>peildatum;leeftijd;toestand;scenario[;vergelijking]</c>.</summary>
    public static string CountsCsv(SimulationResult s, SimulationResult? c)
    {
        var sb = new StringBuilder("peildatum;leeftijd;toestand;scenario" + (c is null ? "" : ";vergelijking") + "\n");
        for (var p = 0; p <= s.Cycles; p++)
            foreach (var b in s.Bands)
                for (var st = 0; st < s.States.Count; st++)
                {
                    sb.Append("1-1-").Append(s.StartYear + p).Append(';').Append(CsvCell.Text(b.Code)).Append(';').Append(CsvCell.Text(s.States[st].Name)).Append(';').Append(N(s.Count(p, b, st)));
                    if (c is not null) sb.Append(';').Append(N(c.Count(p, b, st)));
                    sb.Append('\n');
                }
        return sb.ToString();
    }

    /// <summary>
    /// Nominal costs per year and payer: <c>jaar;betaler;zorgkosten;interventiekosten;totaal;overgangskosten[;...vergelijking]</c>
    /// (zorgkosten include the one-off transition costs, shown again separately).
    /// </summary>
    public static string CostsCsv(SimulationResult s, SimulationResult? c)
    {
        var sb = new StringBuilder("jaar;betaler;zorgkosten;interventiekosten;totaal;overgangskosten" + (c is null ? "" : ";zorgkosten_vergelijking;interventiekosten_vergelijking;totaal_vergelijking;overgangskosten_vergelijking") + "\n");
        for (var t = 0; t < s.Cycles; t++)
            foreach (var p in s.Payers.All)
            {
                sb.Append(s.StartYear + t).Append(';').Append(CsvCell.Text(p.Code)).Append(';').Append(N(s.CareCosts(p, t))).Append(';').Append(N(s.InterventionCosts(p, t))).Append(';').Append(N(s.Costs(p, t)))
                  .Append(';').Append(N(s.TransitionCosts(p, t)));
                if (c is not null)
                    sb.Append(';').Append(N(c.CareCosts(p, t))).Append(';').Append(N(c.InterventionCosts(p, t))).Append(';').Append(N(c.Costs(p, t)))
                      .Append(';').Append(N(c.TransitionCosts(p, t)));
                sb.Append('\n');
            }
        return sb.ToString();
    }

    /// <summary>
    /// Zelfredzame levensjaren gained per year (<c>jaar;gewonnen;contant</c>), the totals undiscounted and discounted,
    /// then the zelfredzame levensverwachting per band (<c>leeftijd;scenario;vergelijking;verschil</c>).
    /// </summary>
    public static string LifeYearsCsv(ScenarioComparison cmp)
    {
        var sb = new StringBuilder("jaar;zelfredzame_levensjaren_gewonnen;contant\n");
        for (var t = 0; t < cmp.Years.Count; t++)
            sb.Append(cmp.Years[t]).Append(';').Append(N(cmp.Ledger.LifeYearsByYear[t])).Append(';')
              .Append(N(cmp.Ledger.LifeYearsByYear[t] * Discounting.Factor(cmp.DiscountRate, t))).Append('\n');
        sb.Append("totaal;").Append(N(cmp.SelfReliantYearsGained)).Append(';').Append(N(cmp.SelfReliantYearsGainedDiscounted)).Append("\n\n");
        sb.Append("leeftijd;levensverwachting_zelfredzaam_scenario;levensverwachting_zelfredzaam_vergelijking;verschil\n");
        foreach (var (band, s, c) in cmp.SelfReliantLifeExpectancy)
            sb.Append(CsvCell.Text(band.Code)).Append(';').Append(N(s)).Append(';').Append(N(c)).Append(';').Append(N(s - c)).Append('\n');
        return sb.ToString();
    }

    private const string PayerColumns = "betaler;investering_contant;besparing_contant;netto_baat_contant;investering_nominaal;besparing_nominaal;netto_baat_nominaal;rendement_per_euro;terugverdienjaar";

    /// <summary>Per payer, group and total: discounted and nominal investment, savings, net benefit, return, break-even.</summary>
    public static string PayersCsv(ScenarioComparison cmp)
    {
        var sb = new StringBuilder(PayerColumns + "\n");
        foreach (var o in cmp.Rows) AppendPayer(sb, o);
        return sb.ToString();
    }

    private static void AppendPayer(StringBuilder sb, PayerOutcome o) =>
        sb.Append(CsvCell.Text(o.Code)).Append(';').Append(N(o.InvestmentDiscounted)).Append(';').Append(N(o.SavingsDiscounted)).Append(';').Append(N(o.NetBenefitDiscounted))
          .Append(';').Append(N(o.InvestmentNominal)).Append(';').Append(N(o.SavingsNominal)).Append(';').Append(N(o.NetBenefitNominal))
          .Append(';').Append(o.ReturnPerEuro is { } r ? N(r) : "").Append(';').Append(o.BreakEvenYear?.ToString() ?? "").Append('\n');

    /// <summary>Per wijk (wijk file order) the columns of <see cref="PayersCsv"/> for every payer, group and total:
    /// <c>wijkcode;wijk;betaler;...</c>. The city's rows are <c>betalers.csv</c>: their sum.</summary>
    public static string WijkenCsv(WijkComparison wijken)
    {
        var sb = new StringBuilder("wijkcode;wijk;" + PayerColumns + "\n");
        for (var i = 0; i < wijken.PerWijk.Count; i++)
        {
            var wijk = wijken.Model.Wijken.Wijken[i];
            foreach (var o in wijken.PerWijk[i].Rows)
            {
                sb.Append(CsvCell.Text(wijk.Code)).Append(';').Append(CsvCell.Text(wijk.Name)).Append(';');
                AppendPayer(sb, o);
            }
        }
        return sb.ToString();
    }

    /// <summary>JSON with per-year counts per state and per-payer costs (and, with a comparator, benefits); with
    /// <paramref name="wijken"/> also <c>wijken</c>: per wijk its figures and payers. With wijken, pass its
    /// <see cref="WijkComparison.CityComparison"/> (and its results) as the city. The shape is <see cref="SimulationJson"/>.</summary>
    public static string ToJson(SimulationResult s, SimulationResult? c, ScenarioComparison? cmp, WijkComparison? wijken = null) =>
        JsonText.Serialize(SimulationJson.From(s, c, cmp, wijken), SimulationJsonContext.Default, "resultaat.json");
}
