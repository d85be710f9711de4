using Microsoft.Data.Analysis;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Tables;

/// <summary>The probabilistic sensitivity analysis's kept draws as a <see cref="DataFrame"/>.</summary>
public static class PsaDataFrame
{
    /// <summary>
    /// One row per kept draw (<see cref="PsaResult.Cloud"/>, in draw order): trekking (1-based), netto baat gemeente and
    /// netto baat overige betalers (discounted euros, scenario minus comparator).
    /// </summary>
    public static DataFrame ToDataFrame(this PsaResult psa)
    {
        DataFrameFormatting.EnsureRegistered();
        var draws = psa.Cloud;
        return new DataFrame(
            new Int32DataFrameColumn("trekking", Enumerable.Range(1, draws.Count)),
            new DoubleDataFrameColumn("netto baat gemeente", draws.Select(d => d.MunicipalNetBenefit)),
            new DoubleDataFrameColumn("netto baat overige betalers", draws.Select(d => d.OtherPayersNetBenefit)));
    }
}
