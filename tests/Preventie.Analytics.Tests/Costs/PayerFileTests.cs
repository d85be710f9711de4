using System.Text;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Costs;

/// <summary>betalers.csv: the shipped file reads as today's eight payers; bad rows give Dutch errors naming file, row,
/// column and value (exit 2 through <see cref="DataValidationException"/>).</summary>
public class PayerFileTests
{
    private const string Header = "code;naam;kort;in_zin;wet_of_budget;groep;groepnaam;eigen_begroting;kleur;bron\n";

    private static string ModelWithPayers(string payers)
    {
        var dir = TestModels.CopyDefaultModel();
        File.WriteAllText(Path.Combine(dir, PayerFile.FileName), payers, new UTF8Encoding(false));
        return dir;
    }

    [Fact]
    public void The_shipped_file_holds_todays_eight_payers_in_order_with_the_municipal_budgets_as_one_group()
    {
        var set = ModelFiles.Load(TestModels.DefaultModelDir).Payers;
        Assert.Equal(["gemeente_wmo", "gemeente_jeugdwet", "gemeente_participatiewet", "gemeente_preventie", "zvw", "wlz", "rijk", "inwoners"],
            set.All.Select(p => p.Code));
        Assert.Equal(["Gemeente – Wmo", "Gemeente – Jeugdwet", "Gemeente – Participatiewet", "Gemeente – preventiebudget",
            "Zorgverzekeraar (Zvw)", "Wlz (zorgkantoor)", "Rijk", "Inwoners"], set.All.Select(p => p.Label));
        Assert.Equal([true, true, true, true, false, false, false, false], set.All.Select(p => p.IsOwnBudget));
        Assert.Equal(["gemeente", "zvw", "wlz", "rijk", "inwoners"], set.Groups.Select(g => g.Code));
        Assert.Equal(4, set.OwnGroup.Members.Count);
        Assert.All(set.All, p => Assert.False(string.IsNullOrWhiteSpace(p.LawOrBudget)));
        // the result rows: 8 payers, gemeente, totaal — as before the payers became data
        Assert.Equal(10, set.Rows.Count);
        Assert.Equal((8, 9), (set.Rows.Gemeente, set.Rows.Total));
        Assert.Equal(("gemeente", "Gemeente (totaal)", "totaal", "Alle betalers"),
            (set.Rows.Code(8), set.Rows.Label(8), set.Rows.Code(9), set.Rows.Label(9)));
        Assert.True(set.TryParse("Gemeente_WMO", out var wmo) && wmo.Index == 0);
    }

    [Theory]
    [InlineData("verschuiven-naar-voorliggend.yaml")]
    [InlineData("wijkpilot.yaml")]
    public void The_shipped_models_payer_rows_are_the_reference_simulations_payer_sums(string file)
    {
        // the plain reference (its own loops over the model's payers) gives each payer's costs; the comparison's rows
        // must be those per payer, the four municipal budgets summed for "gemeente" and all eight for "totaal",
        // in payer order, exactly as before the payers became data
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var scenario = ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, file), model);
        var basis = ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, "basis.yaml"), model);
        var point = model.Parameters.DefaultVector();
        var s = ReferenceSimulation.Run(model, scenario, point);
        var c = ReferenceSimulation.Run(model, basis, point);
        var cmp = ScenarioComparison.Create(CompiledScenario.Compile(model, scenario).RunWithTrace(), CompiledScenario.Compile(model, basis).RunWithTrace());
        var T = scenario.Cycles;
        double Investment(int p, int t) => s.InterventionCosts[p * T + t] - c.InterventionCosts[p * T + t];
        double Savings(int p, int t) => (c.PayerCosts[p * T + t] - c.InterventionCosts[p * T + t]) - (s.PayerCosts[p * T + t] - s.InterventionCosts[p * T + t]);
        for (var t = 0; t < T; t++)
        {
            var (gemInv, gemSav, totInv, totSav) = (0.0, 0.0, 0.0, 0.0);
            for (var p = 0; p < 8; p++)
            {
                Assert.Equal(Investment(p, t), cmp.Payers[p].InvestmentByYear[t], 1e-6);
                Assert.Equal(Savings(p, t), cmp.Payers[p].SavingsByYear[t], 1e-6);
                if (p < 4) { gemInv += Investment(p, t); gemSav += Savings(p, t); }
                totInv += Investment(p, t);
                totSav += Savings(p, t);
            }
            Assert.Equal(gemInv, cmp.Gemeente.InvestmentByYear[t], 1e-6);
            Assert.Equal(gemSav, cmp.Gemeente.SavingsByYear[t], 1e-6);
            Assert.Equal(totInv, cmp.Total.InvestmentByYear[t], 1e-6);
            Assert.Equal(totSav, cmp.Total.SavingsByYear[t], 1e-6);
        }
        Assert.Equal(["gemeente_wmo", "gemeente_jeugdwet", "gemeente_participatiewet", "gemeente_preventie", "zvw", "wlz", "rijk", "inwoners", "gemeente", "totaal"],
            cmp.Rows.Select(o => o.Code));
    }

    [Fact]
    public void A_duplicate_code_is_a_row_error_naming_file_row_column_and_value()
    {
        var dir = ModelWithPayers(Header + "gemeente;Gemeente;;;Wmo;gemeente;Gemeente;ja;;\nzvw;Zvw;;;Zvw;zvw;Zvw;nee;;\nZVW;Zvw 2;;;Zvw;zvw;Zvw;nee;;\n");
        var ex = Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir));
        var e = Assert.Single(ex.Errors);
        Assert.Equal((Path.Combine(dir, PayerFile.FileName), 4, "code", "ZVW"), (e.File, e.Row!.Value, e.Field, e.Value));
        Assert.Contains("komt twee keer voor", e.Message);
    }

    [Fact]
    public void A_file_without_an_own_budget_is_refused_in_Dutch()
    {
        var dir = ModelWithPayers(Header + "zvw;Zvw;;;Zvw;zvw;Zvw;nee;;\ninwoners;Inwoners;;;eigen bijdragen;inwoners;Inwoners;nee;;\n");
        var ex = Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir));
        var e = Assert.Single(ex.Errors);
        Assert.EndsWith(PayerFile.FileName, e.File);
        Assert.Equal("eigen_begroting", e.Field);
        Assert.Contains("geen enkele betaler heeft eigen_begroting=ja", e.Message);
    }

    [Fact]
    public void Empty_labels_bad_flags_and_colours_and_split_own_budgets_are_refused()
    {
        var dir = ModelWithPayers(Header + "a;;;;Wmo;gemeente;Gemeente;misschien;rood;\nb;B;;;;gemeente;;ja;;\n");
        var ex = Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir));
        Assert.Contains(ex.Errors, e => (e.Row, e.Field, e.Value) == (2, "naam", null));
        Assert.Contains(ex.Errors, e => (e.Row, e.Field, e.Value) == (2, "eigen_begroting", "misschien") && e.Message.Contains("ja of nee"));
        Assert.Contains(ex.Errors, e => (e.Row, e.Field, e.Value) == (2, "kleur", "rood"));
        Assert.Contains(ex.Errors, e => (e.Row, e.Field) == (3, "wet_of_budget"));
        Assert.Contains(ex.Errors, e => (e.Row, e.Field) == (3, "groepnaam"));

        dir = ModelWithPayers(Header + "a;A;;;Wmo;gemeente;Gemeente;ja;;\nb;B;;;Jeugdwet;stad;Stad;ja;;\n");
        var split = Assert.Single(Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir)).Errors);
        Assert.Contains("verschillende groepen (gemeente, stad)", split.Message);

        dir = ModelWithPayers(Header + "a;A;;;Wmo;gemeente;Gemeente;ja;;\nb;B;;;Zvw;zorg;Zorg;nee;;\nc;C;;;Wlz;zorg;Zorg;nee;;\nzorg;D;;;Rijk;rijk;Rijk;nee;;\n");
        var clash = Assert.Single(Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir)).Errors);
        Assert.Contains("groep 'zorg' heeft dezelfde code als een betaler", clash.Message);
    }

    [Fact]
    public void A_model_folder_without_betalers_csv_is_told_to_copy_it()
    {
        var dir = TestModels.CopyDefaultModel();
        File.Delete(Path.Combine(dir, PayerFile.FileName));
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir)).Errors);
        Assert.Equal(Path.Combine(dir, PayerFile.FileName), e.File);
        Assert.Contains("kopieer betalers.csv uit data/parameters", e.Message);
        // through the CLI: exit 2, the Dutch message, no stack trace
        var (code, _, err) = Tests.Cli.CommandLine.Run("simulate", "-s", Path.Combine(TestModels.ScenarioDir, "basis.yaml"), "-p", dir);
        Assert.Equal(Analytics.Cli.Commands.CommandErrors.InputError, code);
        Assert.Contains("kopieer betalers.csv uit data/parameters", err);
        Assert.DoesNotContain("   at ", err);
    }

    [Fact]
    public void An_unknown_payer_in_kosten_csv_lists_the_codes_of_the_models_own_payer_file()
    {
        var dir = ModelWithPayers(Header + "gemeente;Gemeente;;;Wmo;eigen;Gemeente;ja;;\nzorgverzekeraar;Zorgverzekeraar;;;Zvw;zorg;Zorg;nee;;\n");
        var ex = Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir));
        var e = ex.Errors.First(x => x.Field == "betaler");
        Assert.EndsWith(ModelFiles.CostsFile, e.File);
        Assert.True(e.Row > 1);
        Assert.Equal("gemeente_wmo", ex.Errors.First(x => x.Field == "betaler" && x.Value == "gemeente_wmo").Value);
        Assert.Contains("onbekende betaler (geldig: gemeente, zorgverzekeraar; zie betalers.csv)", e.Message);
    }
}
