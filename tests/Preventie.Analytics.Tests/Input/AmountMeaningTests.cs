using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Input;

/// <summary>Issue 22, the meaning of an amount: a <c>bedrag</c> in <c>kosten.csv</c> or <c>overgangskosten.csv</c> is
/// euro per person, 0 or more, not absurdly large, refers to a parameter in euro, and a number written in the file
/// needs a source — refused in Dutch naming file, row, column and value otherwise.</summary>
public class AmountMeaningTests
{
    private static DataError RefusedAfter(string file, string appended, string? parameters = null)
    {
        var dir = TestModels.CopyDefaultModel();
        if (parameters is not null) File.AppendAllText(Path.Combine(dir, ModelFiles.ParametersFile), parameters);
        File.AppendAllText(Path.Combine(dir, file), appended);
        var ex = Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir));
        var error = Assert.Single(ex.Errors);
        Assert.EndsWith(file, error.File);
        Assert.Equal("bedrag", error.Field);
        Assert.NotNull(error.Row);
        return error;
    }

    [Fact]
    public void A_negative_transition_cost_written_as_a_number_is_refused_as_via_a_parameter()
    {
        var e = RefusedAfter(ModelFiles.TransitionCostsFile, "blijvend_wlz;;rijk;alle;-500\n");
        Assert.Equal("-500", e.Value);
        Assert.Contains("0 of meer", e.Message);
    }

    [Fact]
    public void A_number_without_a_source_is_refused_and_with_one_it_is_the_amount()
    {
        var e = RefusedAfter(ModelFiles.CostsFile, "tijdelijk_maatwerk;zvw;alle;1234\n");
        Assert.Contains("bron", e.Message);

        // the same number with a source column: accepted, and charged as written
        var dir = TestModels.CopyDefaultModel();
        var path = Path.Combine(dir, ModelFiles.CostsFile);
        var lines = File.ReadAllLines(path).ToList();
        lines[0] += ";bron";
        lines.Add("tijdelijk_maatwerk;zvw;alle;1234;;eigen telling 2025");   // no receiver: a cost, not a transfer
        File.WriteAllLines(path, lines);
        var model = ModelFiles.Load(dir);
        var added = model.Costs.Where(c => c.AmountPerPerson.IsConstant).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, c => Assert.Equal(1234, c.AmountPerPerson.Evaluate(model.Parameters.DefaultVector())));
    }

    [Fact]
    public void A_probability_parameter_is_not_an_amount()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var chance = model.Parameters.All.First(p => p.IsProbability);
        var e = RefusedAfter(ModelFiles.CostsFile, $"tijdelijk_maatwerk;zvw;alle;{chance.Name}\n");
        Assert.Equal(chance.Name, e.Value);
        Assert.Contains("geen bedrag", e.Message);
    }

    [Theory]
    [InlineData("1e300")]
    [InlineData("25000000")]
    public void An_absurd_amount_is_refused(string amount)
    {
        var e = RefusedAfter(ModelFiles.CostsFile, $"tijdelijk_maatwerk;zvw;alle;kosten_test\n",
            $"kosten_test;{amount};euro per persoon per jaar;test;ja;;;;;;test\n");
        Assert.Contains("onmogelijk groot", e.Message);
    }

    [Fact]
    public void A_cost_parameter_of_1e300_is_refused_with_a_readable_number()
    {
        var dir = TestModels.CopyDefaultModel();
        var path = Path.Combine(dir, ModelFiles.ParametersFile);
        var lines = File.ReadAllLines(path);
        var i = Array.FindIndex(lines, l => l.StartsWith("kosten_wmo_per_client;", StringComparison.Ordinal));
        var cells = lines[i].Split(';');
        cells[1] = "1e300";
        lines[i] = string.Join(';', cells);
        File.WriteAllLines(path, lines);
        var ex = Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir));
        Assert.Contains(ex.Errors, e => e.Row == i + 1 && e.Message.Contains("1E+300"));
        Assert.All(ex.Errors, e => Assert.True(e.ToString().Length < 600, e.ToString()));
    }
}
