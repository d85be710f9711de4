namespace Preventie.Analytics.Tests.Cli;

/// <summary>
/// Issue 22, "checks in the wrong place": an <c>--out</c> (and <c>--xlsx</c>, <c>--pdf</c>, <c>--html</c>) that cannot be
/// written is refused in Dutch with exit code 2 before any work — for <c>report</c>, <c>notebook run</c>,
/// <c>inventory</c> and the folder-writing commands. Each test gives an input that does not exist: had the work started
/// before the check, the error would be about that input; it must be about the output alone, and nothing is created.
/// </summary>
[Collection("ReportConsole")]
public sealed class OutputCheckedFirstTests
{
    private static string NewDir() => Directory.CreateTempSubdirectory("preventie-uitvoer-").FullName;

    /// <summary>
    /// A folder that cannot be written: a read-only folder, or — when the tests run as root, for whom permissions do not
    /// block a write — a path below an existing file.
    /// </summary>
    private static string UnwritableFolder()
    {
        var dir = NewDir();
        var readOnly = Path.Combine(dir, "alleen-lezen");
        Directory.CreateDirectory(readOnly);
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            File.WriteAllText(Path.Combine(readOnly, "probe"), "x");
        }
        catch (UnauthorizedAccessException)
        {
            return readOnly;
        }
        File.Delete(Path.Combine(readOnly, "probe"));
        var file = Path.Combine(dir, "een-bestand");
        File.WriteAllText(file, "ik ben een bestand");
        return Path.Combine(file, "map");
    }

    private static string Missing(string name) => Path.Combine(NewDir(), "bestaat-niet", name);

    private static void AssertRefusedBeforeWork((int Exit, string Out, string Err) result, string option, string missingInput, string target)
    {
        Assert.True(result.Exit == 2, $"exit {result.Exit}: {result.Err}{result.Out}");
        Assert.Contains($"kolom '{option}'", result.Err);
        Assert.Contains("Er is niets weggeschreven.", result.Err);
        Assert.DoesNotContain(Path.GetFileName(missingInput), result.Err);   // the input was not even looked at
        Assert.False(Path.Exists(target));
    }

    [Fact]
    public void Report_refuses_an_unwritable_out_before_reading_the_scenarios()
    {
        var target = Path.Combine(UnwritableFolder(), "rapport.html");
        var scenario = Missing("scenario-x.yaml");
        var result = CommandLine.Run("report", "--scenario", scenario, "--compare", Missing("basis-x.yaml"), "--out", target, "--cdn");
        AssertRefusedBeforeWork(result, "--out", scenario, target);
    }

    [Fact]
    public void Report_refuses_unwritable_xlsx_and_pdf_targets_and_an_out_that_is_a_folder_all_at_once()
    {
        var folder = UnwritableFolder();
        var outIsFolder = Path.Combine(NewDir(), "rapport.html");
        Directory.CreateDirectory(outIsFolder);
        var scenario = Missing("scenario-x.yaml");
        var (exit, output, error) = CommandLine.Run("report", "--scenario", scenario, "--compare", Missing("basis-x.yaml"),
            "--out", outIsFolder, "--xlsx", Path.Combine(folder, "rapport.xlsx"), "--pdf", Path.Combine(folder, "rapport.pdf"), "--cdn");
        Assert.True(exit == 2, error + output);
        Assert.Contains("3 fouten in de invoer", error);
        Assert.Contains("kolom '--out'", error);
        Assert.Contains("bestaande map; geef de naam van een bestand", error);
        Assert.Contains("kolom '--xlsx'", error);
        Assert.Contains("kolom '--pdf'", error);
        Assert.DoesNotContain("scenario-x", error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outIsFolder));
    }

    [Fact]
    public void Inventory_xlsx_refuses_an_unwritable_out_before_reading_the_inventory()
    {
        var target = Path.Combine(UnwritableFolder(), "inventaris.xlsx");
        var inventory = Missing("inventaris-x.csv");
        var result = CommandLine.Run("inventory", inventory, "--format", "xlsx", "--out", target);
        AssertRefusedBeforeWork(result, "--out", inventory, target);
    }

    [Fact]
    public void Inventory_refuses_an_out_that_is_an_existing_folder()
    {
        var target = NewDir();
        var (exit, _, error) = CommandLine.Run("inventory", Inventory.InventoryTestFiles.Extract, "--format", "json", "--out", target);
        Assert.Equal(2, exit);
        Assert.Contains("bestaande map", error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(target));
    }

    [Fact]
    public void Notebook_run_refuses_unwritable_out_and_html_before_running_a_cell()
    {
        var folder = UnwritableFolder();
        var notebook = Missing("analyse-x.ipynb");
        var target = Path.Combine(folder, "uit.ipynb");
        var result = CommandLine.Run("notebook", "run", notebook, "--out", target);
        AssertRefusedBeforeWork(result, "--out", notebook, target);

        var html = Path.Combine(folder, "uit.html");
        var withHtml = CommandLine.Run("notebook", "run", notebook, "--out", Path.Combine(NewDir(), "uit.ipynb"), "--html", html);
        AssertRefusedBeforeWork(withHtml, "--html", notebook, html);
    }

    [Fact]
    public void Batch_and_simulate_refuse_an_out_that_is_an_existing_file_before_any_work()
    {
        var file = Path.Combine(NewDir(), "uitvoer");
        File.WriteAllText(file, "ik ben een bestand");
        var model = Missing("modelmap-x");

        var batch = CommandLine.Run("batch", "--out", file, "--parameters", model, "--psa", "0", "--zonder-pdf");
        Assert.True(batch.Exit == 2, batch.Err + batch.Out);
        Assert.Contains("kolom '--out'", batch.Err);
        Assert.Contains("bestaand bestand; geef de naam van een map", batch.Err);
        Assert.DoesNotContain("modelmap-x", batch.Err);

        var simulate = CommandLine.Run("simulate", "--scenario", Missing("scenario-x.yaml"), "--out", file);
        Assert.True(simulate.Exit == 2, simulate.Err + simulate.Out);
        Assert.Contains("bestaand bestand; geef de naam van een map", simulate.Err);
        Assert.DoesNotContain("scenario-x", simulate.Err);
        Assert.Equal("ik ben een bestand", File.ReadAllText(file));
    }
}
