using Preventie.Analytics.Costs;
using Preventie.Analytics.Model;

namespace Preventie.Analytics.Tests.Simulation;

/// <summary>The shipped payers (data/parameters/betalers.csv), read with the library's reader, for models built in code.</summary>
public static class TestPayers
{
    /// <summary>The eight Deventer payers of the shipped model directory.</summary>
    public static PayerSet Deventer { get; } = PayerFile.Read(Path.Combine(
        ModelFiles.FindDataDirectory(AppContext.BaseDirectory) ?? throw new InvalidOperationException("data/parameters not found"), "parameters", PayerFile.FileName));

    public static Payer GemeenteWmo => Deventer["gemeente_wmo"];
    public static Payer GemeenteJeugdwet => Deventer["gemeente_jeugdwet"];
    public static Payer GemeenteParticipatiewet => Deventer["gemeente_participatiewet"];
    public static Payer GemeentePreventie => Deventer["gemeente_preventie"];
    public static Payer Zvw => Deventer["zvw"];
    public static Payer Wlz => Deventer["wlz"];
    public static Payer Rijk => Deventer["rijk"];
    public static Payer Inwoners => Deventer["inwoners"];
}
