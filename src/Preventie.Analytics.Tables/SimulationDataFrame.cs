using Microsoft.Data.Analysis;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Population;
using Preventie.Analytics.Simulation;

namespace Preventie.Analytics.Tables;

/// <summary>
/// A simulation's results as <see cref="DataFrame"/>s in long format, so they can be filtered and grouped like a
/// database table. Every number is read from <see cref="SimulationResult"/>'s own accessors: the tables show the
/// same figures as the reports and charts. Codes (payer, state, age band) are the ones used in the data files.
/// </summary>
public static class SimulationDataFrame
{
    /// <summary>
    /// Care costs per year, age band, state and payer (nominal euros): columns jaar, leeftijdsgroep, toestand, betaler,
    /// zorgkosten. Intervention costs have no state or band: see <see cref="ToCostsDataFrame"/>.
    /// </summary>
    public static DataFrame ToDataFrame(this SimulationResult result)
    {
        DataFrameFormatting.EnsureRegistered();
        var years = new List<int>();
        var bands = new List<string>();
        var states = new List<string>();
        var payers = new List<string>();
        var costs = new List<double>();
        for (var t = 0; t < result.Cycles; t++)
            foreach (var band in result.Bands)
                for (var s = 0; s < result.States.Count; s++)
                    foreach (var payer in result.Payers.All)
                    {
                        years.Add((result.StartYear + t).Value);
                        bands.Add(band.Code);
                        states.Add(result.States[s].Name);
                        payers.Add(payer.Code);
                        costs.Add(result.StateCost(t, band, s, payer));
                    }
        return new DataFrame(
            new Int32DataFrameColumn("jaar", years),
            new StringDataFrameColumn("leeftijdsgroep", bands),
            new StringDataFrameColumn("toestand", states),
            new StringDataFrameColumn("betaler", payers),
            new DoubleDataFrameColumn("zorgkosten", costs));
    }

    /// <summary>
    /// The trace: people per state and age band on 1 January of each year (the last row per state and band is the end of
    /// the horizon) and the person-years lived in that year (empty at the end of the horizon). Columns jaar,
    /// leeftijdsgroep, toestand, inwoners, persoonsjaren.
    /// </summary>
    public static DataFrame ToTraceDataFrame(this SimulationResult result)
    {
        DataFrameFormatting.EnsureRegistered();
        var years = new List<int>();
        var bands = new List<string>();
        var states = new List<string>();
        var people = new List<double>();
        var personYears = new List<double?>();
        for (var p = 0; p <= result.Cycles; p++)
            foreach (var band in result.Bands)
                for (var s = 0; s < result.States.Count; s++)
                {
                    years.Add((result.StartYear + p).Value);
                    bands.Add(band.Code);
                    states.Add(result.States[s].Name);
                    people.Add(result.Count(p, band, s));
                    personYears.Add(p < result.Cycles ? result.PersonYears(p, band, s) : null);
                }
        return new DataFrame(
            new Int32DataFrameColumn("jaar", years),
            new StringDataFrameColumn("leeftijdsgroep", bands),
            new StringDataFrameColumn("toestand", states),
            new DoubleDataFrameColumn("inwoners", people),
            new DoubleDataFrameColumn("persoonsjaren", personYears));
    }

    /// <summary>
    /// Costs per year and payer (nominal euros): columns jaar, betaler, zorgkosten, interventiekosten, totaal.
    /// </summary>
    public static DataFrame ToCostsDataFrame(this SimulationResult result)
    {
        DataFrameFormatting.EnsureRegistered();
        var rows = (from t in Enumerable.Range(0, result.Cycles) from payer in result.Payers.All select (t, payer)).ToList();
        return new DataFrame(
            new Int32DataFrameColumn("jaar", rows.Select(r => (result.StartYear + r.t).Value)),
            new StringDataFrameColumn("betaler", rows.Select(r => r.payer.Code)),
            new DoubleDataFrameColumn("zorgkosten", rows.Select(r => result.CareCosts(r.payer, r.t))),
            new DoubleDataFrameColumn("interventiekosten", rows.Select(r => result.InterventionCosts(r.payer, r.t))),
            new DoubleDataFrameColumn("totaal", rows.Select(r => result.Costs(r.payer, r.t))));
    }
}
