using System.Text;
using Preventie.Analytics.Input;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Monitor;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Inventory;
using Preventie.Analytics.Tests.Monitor;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Input;

/// <summary>
/// Fuzz tests (issue 11): for each loader, seeded mutations of the shipped file (see <see cref="FileMutator"/>),
/// <see cref="Cases"/> per loader (10,000 unless PREVENTIE_FUZZ_CASES says otherwise). Each case must either load or
/// be refused with a <see cref="DataValidationException"/> whose errors name the file; any other exception fails
/// the test, listing the seed and case so it can be replayed, and the input is kept under the temp folder.
/// Nothing is written by a loader, so "nothing written when refused" is checked at the command level in
/// <see cref="Cli.OptionValueTests"/> and the batch tests.
/// </summary>
public class LoaderFuzzTests
{
    private static int Cases => int.TryParse(Environment.GetEnvironmentVariable("PREVENTIE_FUZZ_CASES"), out var n) ? n : 10_000;

    private static string TempDir(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"preventie-fuzz-{name}-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Runs <paramref name="cases"/> cases; fails with the unexpected exceptions (first five), if any.</summary>
    private static void Fuzz(string loader, int seed, Action<FileMutator, int> runCase)
    {
        var mutator = new FileMutator(seed);
        var failures = new List<string>();
        var refused = 0;
        for (var i = 0; i < Cases; i++)
        {
            try
            {
                runCase(mutator, i);
            }
            catch (DataValidationException ex)
            {
                refused++;
                Assert.NotEmpty(ex.Errors);
                Assert.All(ex.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
            }
            catch (Exception ex)
            {
                if (failures.Count < 5) failures.Add($"{loader}, seed {seed}, geval {i}: {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
                else failures.Add("");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} onverwachte uitzonderingen in {Cases} gevallen:\n" + string.Join("\n\n", failures.Where(f => f.Length > 0)));
        // the mutations must exercise both paths: most cases refused, some still legal
        Assert.InRange(refused, Cases / 10, Cases - 1);
    }

    [Fact]
    public void Inventory_csv()
    {
        var original = File.ReadAllText(InventoryTestFiles.Extract);
        var path = Path.Combine(TempDir("inventaris"), "inventaris.csv");
        Fuzz("inventaris.csv", 1101, (m, _) =>
        {
            File.WriteAllBytes(path, m.Mutate(original));
            InventorySummary.Create(InventoryLoader.Load(path));
        });
    }

    [Fact]
    public void Inventory_xlsx()
    {
        var original = File.ReadAllText(InventoryTestFiles.Extract);
        var dir = TempDir("inventaris-xlsx");
        var path = Path.Combine(dir, "inventaris.xlsx");
        FileMutator.WriteXlsx(path, FileMutator.Cells(Encoding.UTF8.GetBytes(original)).Skip(1).ToList());
        var good = File.ReadAllBytes(path);
        Fuzz("inventaris.xlsx", 1102, (m, i) =>
        {
            if (i % 4 == 0) File.WriteAllBytes(path, m.Damage(good));
            else FileMutator.WriteXlsx(path, FileMutator.Cells(m.Mutate(original)).Skip(1).ToList());
            InventorySummary.Create(InventoryLoader.Load(path));
        });
    }

    private static void FuzzModelFile(string file, int seed)
    {
        var dir = TestModels.CopyDefaultModel();
        var path = Path.Combine(dir, file);
        var original = File.ReadAllText(path);
        Fuzz(file, seed, (m, _) =>
        {
            File.WriteAllBytes(path, m.Mutate(original));
            ModelFiles.Load(dir);
        });
    }

    [Fact]
    public void Parameters() => FuzzModelFile(ModelFiles.ParametersFile, 1103);

    [Fact]
    public void States() => FuzzModelFile(ModelFiles.StatesFile, 1104);

    [Fact]
    public void Transitions() => FuzzModelFile(ModelFiles.TransitionsFile, 1105);

    [Fact]
    public void Costs() => FuzzModelFile(ModelFiles.CostsFile, 1106);

    [Fact]
    public void Payers() => FuzzModelFile(ModelFiles.PayersFile, 1116);

    [Fact]
    public void Scenario_yaml()
    {
        var model = ModelFiles.Load(TestModels.DefaultModelDir);
        var dir = TempDir("scenario");
        var files = Directory.GetFiles(TestModels.ScenarioDir, "*.yaml").Order(StringComparer.Ordinal).ToList();
        foreach (var f in files) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        var originals = files.Select(File.ReadAllText).ToList();
        Fuzz("scenario", 1107, (m, i) =>
        {
            var k = i % files.Count;
            var path = Path.Combine(dir, Path.GetFileName(files[k]));
            File.WriteAllBytes(path, m.Mutate(originals[k]));
            try
            {
                var other = Path.Combine(dir, Path.GetFileName(files[(k + 1) % files.Count]));
                CompiledScenario.Compile(model, ScenarioFile.Load(other, model));
                CompiledScenario.Compile(model, ScenarioFile.Load(path, model));
            }
            finally
            {
                File.WriteAllText(path, originals[k]);
            }
        });
    }

    [Fact]
    public void Monitor_csv()
    {
        var catalog = MonitorTestFiles.Catalog();
        var original = File.ReadAllText(MonitorTestFiles.Example);
        var path = Path.Combine(TempDir("monitor"), "monitor.csv");
        Fuzz("monitor.csv", 1108, (m, _) =>
        {
            File.WriteAllBytes(path, m.Mutate(original));
            MonitorFile.Load(path, catalog);
        });
    }

    [Fact]
    public void Monitor_xlsx()
    {
        var catalog = MonitorTestFiles.Catalog();
        var original = string.Join('\n', File.ReadAllLines(MonitorTestFiles.Example).Where(l => !l.StartsWith('#')));
        var path = Path.Combine(TempDir("monitor-xlsx"), "monitor.xlsx");
        FileMutator.WriteXlsx(path, FileMutator.Cells(Encoding.UTF8.GetBytes(original)));
        var good = File.ReadAllBytes(path);
        MonitorFile.Load(path, catalog); // the unmutated workbook is legal
        Fuzz("monitor.xlsx", 1109, (m, i) =>
        {
            if (i % 4 == 0) File.WriteAllBytes(path, m.Damage(good));
            else FileMutator.WriteXlsx(path, FileMutator.Cells(m.Mutate(original)));
            MonitorFile.Load(path, catalog);
        });
    }
}
