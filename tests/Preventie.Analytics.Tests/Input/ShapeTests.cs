using System.Text;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Tests.Input;

/// <summary>
/// Issue 22, "shapes silently changed": a closed oldest age band, wijk inhabitants far from the model's population and
/// an age share that is 0 in every wijk are refused (or, for a moderate population difference, warned in the report)
/// instead of being reshaped without a word.
/// </summary>
public class ShapeTests
{
    [Fact]
    public void A_closed_last_age_band_is_refused_stating_the_rule()
    {
        var dir = TestModels.CopyDefaultModel();
        var path = Path.Combine(dir, ModelFiles.BandsFile);
        var lines = File.ReadAllLines(path).ToList();
        var i = lines.FindIndex(l => l.StartsWith("80+;80;;", StringComparison.Ordinal));
        lines[i] = lines[i].Replace("80+;80;;", "80+;80;84;");
        File.WriteAllLines(path, lines);
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir)).Errors);
        Assert.Equal((ModelFiles.BandsFile, i + 1, "tot_en_met", "84"), (Path.GetFileName(e.File), e.Row!.Value, e.Field, e.Value));
        Assert.Contains("moet open zijn", e.Message);
    }

    [Theory]
    [InlineData("alle")]
    [InlineData("Iedereen")]
    [InlineData("65,80")]
    public void A_band_coded_as_the_word_for_all_bands_or_with_a_comma_is_refused_naming_the_code(string code)
    {
        var dir = TestModels.CopyDefaultModel();
        var path = Path.Combine(dir, ModelFiles.BandsFile);
        var lines = File.ReadAllLines(path).ToList();
        var i = lines.FindIndex(l => l.StartsWith("80+;80;;", StringComparison.Ordinal));
        lines[i] = lines[i].Replace("80+;80;;", code + ";80;;");
        File.WriteAllLines(path, lines);
        var ex = Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir));
        var e = ex.Errors[0];
        Assert.Equal((ModelFiles.BandsFile, i + 1, "code", code), (Path.GetFileName(e.File), e.Row!.Value, e.Field, e.Value));
        Assert.Contains("kan geen leeftijdsklasse zijn", e.Message);
    }

    [Fact]
    public void An_age_above_150_is_named_as_implausible_not_as_not_a_whole_number()
    {
        var dir = TestModels.CopyDefaultModel();
        var path = Path.Combine(dir, ModelFiles.BandsFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace("65-79;65;79;", "65-79;65;151;"));
        var ex = Assert.Throws<DataValidationException>(() => ModelFiles.Load(dir));
        Assert.Contains(ex.Errors, e => e.Value == "151" && e.Message.Contains("tussen 0 en 150"));
    }

    private static readonly string ShippedWijken = Path.Combine(TestModels.RepoRoot, "data", "wijken", "wijken.csv");

    /// <summary>The shipped wijk file in a fresh folder (without per-wijk parameters or moves) with its inhabitants times <paramref name="factor"/> and, when given, every 65+ share replaced.</summary>
    private static string Wijken(double factor, string? elderlyShare = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-shape-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var lines = File.ReadAllLines(ShippedWijken).Select((l, i) =>
        {
            if (i == 0 || l.StartsWith('#') || l.Length == 0) return l;
            var c = l.Split(';');
            c[2] = Math.Round(double.Parse(c[2]) * factor).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (elderlyShare is not null) c[4] = elderlyShare;
            return string.Join(';', c);
        });
        var path = Path.Combine(dir, "wijken.csv");
        File.WriteAllLines(path, lines, new UTF8Encoding(false));
        return path;
    }

    private static Scenario Basis(ModelDefinition model) => ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, "basis.yaml"), model);

    [Fact]
    public void Wijk_inhabitants_equal_to_the_model_population_give_no_warning()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var wijken = WijkModel.Load(model, Wijken(1.0));
        Assert.Empty(wijken.LoadWarnings);
        Assert.Empty(wijken.Compile(Basis(model)).Warnings);
    }

    [Fact]
    public void Wijk_inhabitants_a_fifth_above_the_model_population_give_a_warning_in_the_analysis_once()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var wijken = WijkModel.Load(model, Wijken(1.2));
        var w = Assert.Single(wijken.LoadWarnings);
        Assert.Equal(("wijken.csv", "inwoners"), (Path.GetFileName(w.File), w.Field));
        Assert.Contains("103.415", w.Message); // the model's population, nl-NL
        Assert.Contains("20% verschil", w.Message);
        var scenario = wijken.Compile(Basis(model));
        Assert.Contains(w, scenario.Warnings);
        var comparison = WijkComparison.Create(scenario, wijken.Compile(Basis(model)));
        Assert.Single(comparison.Warnings, x => x == w);
    }

    [Fact]
    public void Wijk_inhabitants_ten_times_the_model_population_are_refused()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => WijkModel.Load(model, Wijken(10))).Errors);
        Assert.Equal(("wijken.csv", "inwoners"), (Path.GetFileName(e.File), e.Field));
        Assert.Contains("900% verschil", e.Message);
        Assert.Contains("regel:", e.Message);
    }

    [Fact]
    public void An_elderly_share_of_zero_in_every_wijk_is_refused_instead_of_NaN()
    {
        var path = Wijken(1.0, elderlyShare: "0");
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => WijkFile.Read(path)).Errors);
        Assert.Equal(("aandeel_65plus", "0"), (e.Field, e.Value));
        Assert.Contains("in elke wijk 0", e.Message);
    }

    /// <summary>The model's share of inhabitants aged 65 and over, computed here from its population parameters.</summary>
    private static double ModelElderlyShare(ModelDefinition model)
    {
        var v = model.Parameters.DefaultVector();
        return model.Demography.Where(d => d.Band.MinAge >= 65).Sum(d => d.Inhabitants.Evaluate(v)) / model.Demography.Sum(d => d.Inhabitants.Evaluate(v));
    }

    [Fact]
    public void An_elderly_share_of_30_percent_in_every_wijk_is_warned_against_the_models_age_structure()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var wijken = WijkModel.Load(model, Wijken(1.0, elderlyShare: "0,30"));
        var w = Assert.Single(wijken.LoadWarnings);
        Assert.Equal(("aandeel_65plus", "30,0%"), (w.Field, w.Value));
        Assert.Contains(DutchFormat.Percent(ModelElderlyShare(model), 1), w.Message);
        Assert.Contains(DutchFormat.Number((0.30 - ModelElderlyShare(model)) * 100, 1) + " procentpunt", w.Message);
        Assert.Contains(w, wijken.Compile(Basis(model)).Warnings); // shown in the analysis and the report
    }

    [Fact]
    public void Every_wijk_half_aged_65_and_over_is_refused_instead_of_silently_rescaled()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var e = Assert.Single(Assert.Throws<DataValidationException>(() => WijkModel.Load(model, Wijken(1.0, elderlyShare: "0,5"))).Errors);
        Assert.Equal(("wijken.csv", "aandeel_65plus", "50,0%"), (Path.GetFileName(e.File), e.Field, e.Value));
        Assert.Contains("stil terugschalen", e.Message);
    }
}
