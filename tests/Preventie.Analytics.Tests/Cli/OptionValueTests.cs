using Preventie.Analytics.Cli.Commands;
using Preventie.Analytics.Tests.Monitor;
using Preventie.Analytics.Tests.Simulation;
using static Preventie.Analytics.Tests.Cli.CommandLine;

namespace Preventie.Analytics.Tests.Cli;

/// <summary>Option values checked inside the commands, and the handler for unexpected exceptions.</summary>
[Collection("MonitorConsole")]
public class OptionValueTests
{
    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static readonly string Basis = Path.Combine(TestModels.ScenarioDir, "basis.yaml");
    private static readonly string Pilot = Path.Combine(TestModels.ScenarioDir, "wijkpilot.yaml");

    [Fact]
    public void Monitor_update_refuses_out_equal_to_previous_before_any_work()
    {
        var previous = TempDir();
        File.WriteAllText(Path.Combine(previous, "manifest.json"), "{}");
        foreach (var @out in new[] { previous, previous + "/", Path.Combine(previous, "sub") })
        {
            var (exit, _, err) = Run("monitor", "update", "--monitor", MonitorTestFiles.Example, "--previous", previous, "--out", @out);
            Assert.Equal(2, exit);
            Assert.Contains("--out mag niet gelijk zijn aan --previous", err);
        }
        Assert.Equal("{}", File.ReadAllText(Path.Combine(previous, "manifest.json")));
    }

    [Fact]
    public void Monitor_update_refuses_threshold_zero_before_calibrating()
    {
        var @out = Path.Combine(TempDir(), "run");
        var (exit, stdout, err) = Run("monitor", "update", "--monitor", MonitorTestFiles.Example, "--threshold", "0", "--out", @out);
        Assert.Equal(2, exit);
        Assert.Contains("--threshold", err);
        Assert.Contains("minstens 1", err);
        Assert.Equal("", stdout);
        Assert.False(Directory.Exists(@out));
    }

    [Fact]
    public void Sensitivity_refuses_a_negative_top()
    {
        var (exit, _, err) = Run("sensitivity", "--scenario", Pilot, "--compare", Basis, "--top", "-3");
        Assert.Equal(2, exit);
        Assert.Contains("--top", err);
        Assert.Contains("minstens 1", err);
    }

    [Fact]
    public void Simulate_psa_refuses_negative_threads()
    {
        var (exit, _, err) = Run("simulate", "--scenario", Pilot, "--compare", Basis, "--psa", "10", "--threads", "-4");
        Assert.Equal(2, exit);
        Assert.Contains("--threads", err);
    }

    [Fact]
    public void Discount_rate_of_minus_one_with_json_output_is_an_input_error_not_an_infinity_crash()
    {
        var model = TestModels.CopyDefaultModel();
        var parameters = Path.Combine(model, "parameters.csv");
        File.WriteAllText(parameters, File.ReadAllText(parameters).Replace("discontovoet;0,0225;", "discontovoet;-1;"));
        var (exit, stdout, err) = Run("simulate", "--scenario", Pilot, "--compare", Basis, "--parameters", model, "--format", "json");
        Assert.Equal(2, exit);
        Assert.Contains("discontovoet", err);
        Assert.DoesNotContain("Exception", err);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void Refused_inventory_files_write_nothing_at_the_command_level()
    {
        var original = File.ReadAllText(Preventie.Analytics.Tests.Inventory.InventoryTestFiles.Extract);
        var dir = TempDir();
        var input = Path.Combine(dir, "inventaris.csv");
        var mutator = new Preventie.Analytics.Tests.Input.FileMutator(1110);
        var (written, refused) = (0, 0);
        for (var i = 0; i < 300; i++)
        {
            var output = Path.Combine(dir, $"uit-{i}.json");
            File.WriteAllBytes(input, mutator.Mutate(original));
            var (exit, _, err) = Run("inventory", input, "--format", "json", "--out", output);
            Assert.True(exit is 0 or 2, $"geval {i}: exit {exit}: {err}");
            Assert.DoesNotContain("   at ", err);
            if (exit == 2) { refused++; Assert.False(File.Exists(output), $"geval {i}: geweigerd maar toch geschreven"); }
            else { written++; Assert.True(File.Exists(output)); }
        }
        Assert.True(refused > 0 && written > 0, $"{refused} geweigerd, {written} geschreven");
        Assert.Empty(Directory.GetFileSystemEntries(dir, ".*.tmp"));
    }

    [Fact]
    public void Unwritable_output_folder_is_refused_before_the_work_starts()
    {
        var blocker = Path.Combine(TempDir(), "bestand");
        File.WriteAllText(blocker, "x");
        var (exit, stdout, err) = Run("simulate", "--scenario", Pilot, "--compare", Basis, "--out", Path.Combine(blocker, "uit"));
        Assert.Equal(2, exit);
        Assert.Contains("--out", err);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void Batch_reports_every_bad_scenario_at_once_and_writes_nothing()
    {
        var scenarios = TempDir();
        foreach (var f in Directory.GetFiles(TestModels.ScenarioDir, "*.yaml")) File.Copy(f, Path.Combine(scenarios, Path.GetFileName(f)));
        File.WriteAllText(Path.Combine(scenarios, "kapot-a.yaml"), "naam: a\nv: [s\nb: 0\n");
        File.WriteAllText(Path.Combine(scenarios, "kapot-b.yaml"), "naam: b\nbasis: basis.yaml\neindjaar: 3023\n");
        var @out = Path.Combine(TempDir(), "uit");
        var (exit, _, err) = Run("batch", "--scenarios", scenarios, "--out", @out, "--psa", "0", "--cdn");
        Assert.Equal(2, exit);
        Assert.Contains("kapot-a.yaml", err);
        Assert.Contains("kapot-b.yaml", err);
        Assert.False(Directory.Exists(@out));
    }

    [Fact]
    public void Unexpected_exception_gives_a_Dutch_message_a_log_file_and_exit_1_without_stack_trace()
    {
        var (oldErr, err) = (Console.Error, new StringWriter());
        Console.SetError(err);
        int code;
        try
        {
            code = CommandErrors.Run(() => throw new InvalidOperationException("boom in English"));
        }
        finally
        {
            Console.SetError(oldErr);
        }
        var text = err.ToString();
        Assert.Equal(CommandErrors.UnexpectedError, code);
        Assert.Contains("onverwacht", text);
        Assert.DoesNotContain("boom in English", text);
        Assert.DoesNotContain("   at ", text);
        var log = text.Split(' ', '\n').Select(s => s.Trim()).First(s => s.EndsWith(".log", StringComparison.Ordinal));
        Assert.Contains("boom in English", File.ReadAllText(log));
    }
}
