using System.Text.Json;

namespace Preventie.Analytics.Tests.Inventory;

[CollectionDefinition("InventoryConsole", DisableParallelization = true)]
public sealed class InventoryConsoleCollection;

/// <summary>Runs the real command line with Console.Out/Error redirected.</summary>
[Collection("InventoryConsole")]
public class InventoryCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => Tests.Cli.CliRunner.Run(args);

    [Fact]
    public void Json_output_has_the_true_counts_of_the_extract()
    {
        var (exit, output, _) = Run("inventory", InventoryTestFiles.Extract, "--format", "json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        // Hand counts, see ExtractCountsTests.
        Assert.Equal(23, root.GetProperty("activities").GetInt32());
        var goals = root.GetProperty("byOldGoal");
        Assert.Equal(14, goals.GetProperty("1").GetInt32());
        Assert.Equal(9, goals.GetProperty("2").GetInt32());
        Assert.Equal(1, goals.GetProperty("3").GetInt32());
        Assert.Equal(0, goals.GetProperty("4").GetInt32());
        Assert.Equal(1, goals.GetProperty("geen").GetInt32());
        var forms = root.GetProperty("byForm");
        Assert.Equal(5, forms.GetProperty("universeel").GetInt32());
        Assert.Equal(17, forms.GetProperty("selectief").GetInt32());
        Assert.Equal(0, forms.GetProperty("geindiceerd").GetInt32());
        Assert.Equal(1, forms.GetProperty("onbekend").GetInt32());

        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.All(findings, f =>
        {
            Assert.False(string.IsNullOrEmpty(f.GetProperty("kind").GetString()));
            Assert.False(string.IsNullOrEmpty(f.GetProperty("message").GetString()));
        });
        var noGoal = Assert.Single(findings, f => f.GetProperty("kind").GetString() == "zonder-doel");
        Assert.Equal(23, noGoal.GetProperty("row").GetInt32());
        Assert.Equal("21. Omgaan met verlies", noGoal.GetProperty("activity").GetString());
    }

    [Fact]
    public void Json_with_published_lists_the_published_inconsistencies()
    {
        var (exit, output, _) = Run("inventaris", InventoryTestFiles.Extract, "--published", InventoryTestFiles.Published,
            "--mapping", InventoryTestFiles.Mapping, "-f", "json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var kinds = doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("kind").GetString()).ToList();
        Assert.Equal(4, kinds.Count(k => k == "labels-verschoven"));
        Assert.Equal(14, kinds.Count(k => k == "vormen-groter-dan-aantal"));
        Assert.True(doc.RootElement.GetProperty("newGoalMappingIsAssumption").GetBoolean());
        Assert.Equal(14, doc.RootElement.GetProperty("byNewGoal").GetProperty("bestaanszekerheid").GetInt32());
    }

    [Fact]
    public void Table_output_is_a_dutch_summary()
    {
        var (exit, output, _) = Run("inventory", InventoryTestFiles.Extract, "--published", InventoryTestFiles.Published);
        Assert.Equal(0, exit);
        Assert.Contains("Inventaris preventie-activiteiten", output);
        Assert.Contains("23 activiteiten", output);
        Assert.Contains("Draaitabel per (oude) doelstelling", output);
        Assert.Contains("Datakwaliteit", output);
        Assert.Contains("Tegenstrijdigheden in de gepubliceerde cijfers (57)", output);
    }

    [Fact]
    public void Xlsx_output_needs_out_and_is_written_atomically()
    {
        var (exit, _, err) = Run("inventory", InventoryTestFiles.Extract, "--format", "xlsx");
        Assert.Equal(2, exit);
        Assert.Contains("--out", err);

        var path = InventoryTestFiles.TempPath("inventaris.xlsx");
        (exit, _, _) = Run("inventory", InventoryTestFiles.Extract, "--format", "xlsx", "--out", path);
        Assert.Equal(0, exit);
        var sheet = Preventie.Analytics.Input.TableReader.Read(path, ["doelstelling"], ["activiteiten"]);
        Assert.Equal(new[] { "14", "9", "1", "0", "1", "23" }, sheet.Rows.Select(r => r.Cells[1]));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    [Fact]
    public void Input_errors_exit_with_2_and_write_nothing()
    {
        var bad = InventoryTestFiles.WriteCsv("slecht.csv", "naam;vorm\nA;preventief\n");
        var outPath = InventoryTestFiles.TempPath("niet.json");
        var (exit, _, err) = Run("inventory", bad, "--format", "json", "--out", outPath);
        Assert.Equal(2, exit);
        Assert.Contains("slecht.csv, rij 2, kolom 'vorm', waarde 'preventief'", err);
        Assert.False(File.Exists(outPath));
    }

    [Fact]
    public void Template_subcommand_writes_a_loadable_template()
    {
        var path = InventoryTestFiles.TempPath("sjabloon.xlsx");
        var (exit, _, _) = Run("inventory", "sjabloon", path);
        Assert.Equal(0, exit);
        Assert.Empty(Preventie.Analytics.Inventory.InventoryLoader.Load(path).Activities);
    }
}
