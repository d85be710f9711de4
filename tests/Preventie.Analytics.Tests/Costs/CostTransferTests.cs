using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Population;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Costs;

/// <summary>
/// Own contributions (eigen bijdragen) are transfers between payers (<see cref="CostTransfer"/>): the resident pays, the
/// receiving payer's spending falls by as much, and all payers together count the care once. Checked against the same
/// model without the <c>ontvanger</c> column, where the contribution is (wrongly) a cost on top.
/// </summary>
public sealed class CostTransferTests : IDisposable
{
    private readonly List<string> _dirs = [];

    public void Dispose()
    {
        foreach (var d in _dirs) Directory.Delete(d, recursive: true);
    }

    /// <summary>A copy of the shipped model with <c>kosten.csv</c> passed through <paramref name="edit"/>.</summary>
    private string Model(Func<string, string> edit)
    {
        var dir = TestModels.CopyDefaultModel();
        _dirs.Add(dir);
        var path = Path.Combine(dir, "kosten.csv");
        File.WriteAllText(path, edit(File.ReadAllText(path)));
        return dir;
    }

    private static string WithoutReceivers(string csv) =>
        csv.Replace(";eigen_bijdrage_wmo;gemeente_wmo", ";eigen_bijdrage_wmo").Replace(";eigen_bijdrage_wlz;wlz", ";eigen_bijdrage_wlz");

    private static ScenarioComparison Compare(string model) =>
        ScenarioPair.Load(model, Path.Combine(TestModels.ScenarioDir, "verschuiven-naar-voorliggend.yaml"), Path.Combine(TestModels.ScenarioDir, "basis.yaml")).Compare();

    [Fact]
    public void The_shipped_own_contributions_are_transfers()
    {
        var text = File.ReadAllText(Path.Combine(TestModels.DefaultModelDir, "kosten.csv"));
        Assert.Contains(";eigen_bijdrage_wmo;gemeente_wmo", text);
        Assert.Contains(";eigen_bijdrage_wlz;wlz", text);
        Assert.NotEqual(text, WithoutReceivers(text));
    }

    [Fact]
    public void Transfers_cancel_in_all_payers_and_lower_the_receivers_spending_by_the_residents_payment()
    {
        var with = Compare(TestModels.DefaultModelDir);
        var without = Compare(Model(WithoutReceivers));
        var (inwoners, wmo, wlz) = (TestPayers.Deventer["inwoners"], TestPayers.GemeenteWmo, TestPayers.Wlz);

        // the residents pay the same either way
        Assert.Equal(without.For(inwoners).SavingsDiscounted, with.For(inwoners).SavingsDiscounted, 1e-6);
        Assert.True(Math.Abs(without.For(inwoners).SavingsDiscounted) > 1_000, "de eigen bijdragen veranderen niet: de test zegt dan niets");
        // what they pay is what the receivers no longer spend: Wmo and Wlz together save that much less
        Assert.Equal(without.For(wmo).SavingsDiscounted + without.For(wlz).SavingsDiscounted - without.For(inwoners).SavingsDiscounted,
            with.For(wmo).SavingsDiscounted + with.For(wlz).SavingsDiscounted, 1e-6);
        // all payers together: the contribution counted once as care, not again as a resident's cost
        Assert.Equal(without.Total.SavingsDiscounted - without.For(inwoners).SavingsDiscounted, with.Total.SavingsDiscounted, 1e-6);
        for (var t = 0; t < with.Years.Count; t++)
            Assert.Equal(without.Total.SavingsByYear[t] - without.For(inwoners).SavingsByYear[t], with.Total.SavingsByYear[t], 1e-6);
    }

    [Fact]
    public void The_Wmo_pays_the_gross_cost_minus_the_own_contribution_per_client()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var result = CompiledScenario.Compile(model, TestModels.Plain(3)).RunWithTrace();
        var v = model.Parameters.DefaultVector();
        double P(string name) => v[model.Parameters.IndexOf(name)];
        var state = model.StateIndex("tijdelijk_maatwerk");
        var band = model.Bands.Parse("28-44");
        var personYears = result.PersonYears(1, band, state);
        Assert.True(personYears > 0);
        Assert.Equal(P("kosten_wmo_per_client") - P("eigen_bijdrage_wmo"), result.StateCost(1, band, state, TestPayers.GemeenteWmo) / personYears, 6);
        Assert.Equal(P("eigen_bijdrage_wmo"), result.StateCost(1, band, state, TestPayers.Deventer["inwoners"]) / personYears, 6);
    }

    [Theory]
    [InlineData(";eigen_bijdrage_wmo;gemeente_wmo", ";eigen_bijdrage_wmo;gemeente_wm", "onbekende betaler")]
    [InlineData(";eigen_bijdrage_wmo;gemeente_wmo", ";eigen_bijdrage_wmo;inwoners", "geen eigen bijdrage aan zichzelf")]
    [InlineData(";eigen_bijdrage_wlz;wlz", ";eigen_bijdrage_wlz;rijk", "groter dan wat rijk daar aan zorg betaalt")]
    public void A_receiver_that_cannot_receive_is_refused_in_Dutch_naming_file_row_column_and_value(string old, string replacement, string rule)
    {
        var dir = Model(csv => csv.Replace(old, replacement));
        var errors = Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir)).Errors;
        // one message per changed row
        Assert.Equal(replacement.Contains("wlz", StringComparison.Ordinal) ? 1 : 2, errors.Count);
        Assert.All(errors, error =>
        {
            Assert.Equal("ontvanger", error.Field);
            Assert.EndsWith("kosten.csv", error.File);
            Assert.NotNull(error.Row);
            Assert.Equal(replacement.Split(';')[^1], error.Value);
            Assert.Contains(rule, error.Message);
        });
    }
}
