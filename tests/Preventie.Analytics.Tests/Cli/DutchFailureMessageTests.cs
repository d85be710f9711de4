using System.IO.Compression;
using System.Text.Json.Nodes;
using Preventie.Analytics.Cli;
using Preventie.Analytics.Cli.Commands;
using Preventie.Analytics.Output;
using Preventie.Analytics.Tests.Inventory;
using Preventie.Analytics.Tests.Monitor;

namespace Preventie.Analytics.Tests.Cli;

/// <summary>
/// Issue 22, "messages that mislead or leak English": a full disk says "de schijf is vol", a damaged xlsx says it is
/// no valid Excel file, a damaged previous-run manifest names the file and the field — never the system's or the
/// parser's English text, nor a .NET type name; <c>--help</c> shows list defaults as a user types them.
/// </summary>
[Collection("ReportConsole")]
public sealed class DutchFailureMessageTests
{
    /// <summary>Text of the system, the parsers or .NET that must not reach a user.</summary>
    private static readonly string[] Leaks =
    [
        "IOException", "Exception", "No space left", "Invalid file signature", "Detected ZIP", "OpenXml", "invalid start",
        "LineNumber", "BytePosition", "Path: $", "could not be converted", "System.", "RunManifest", "JsonNode", "Expected",
    ];

    private static void AssertNoLeak(string text)
    {
        foreach (var leak in Leaks) Assert.DoesNotContain(leak, text);
    }

    private static string NewDir() => Directory.CreateTempSubdirectory("preventie-melding-").FullName;

    // ---- full disk and other file-system errors -------------------------------------------------------------

    [Theory]
    [InlineData(28, "de schijf is vol")]                                    // ENOSPC (Linux, macOS)
    [InlineData(unchecked((int)0x80070070), "de schijf is vol")]            // ERROR_DISK_FULL (Windows)
    [InlineData(unchecked((int)0x80070027), "de schijf is vol")]            // ERROR_HANDLE_DISK_FULL (Windows)
    [InlineData(122, "quotum")]                                             // EDQUOT
    [InlineData(30, "alleen-lezen")]                                        // EROFS
    [InlineData(13, "geen schrijfrechten")]                                 // EACCES
    [InlineData(unchecked((int)0x80070020), "in gebruik door een ander programma")] // ERROR_SHARING_VIOLATION
    public void An_io_error_code_is_named_in_Dutch(int hresult, string expected)
    {
        var reason = FileSystemError.Describe(new IOException("No space left on device : '/tmp/.x.tmp'", hresult));
        Assert.Contains(expected, reason);
        AssertNoLeak(reason);
    }

    [Fact]
    public void An_unknown_io_error_gives_no_type_name_and_no_English()
    {
        var reason = FileSystemError.Describe(new IOException("Something odd happened"));  // .NET's own HRESULT, no errno
        Assert.Equal("fout bij lezen of schrijven", reason);
        var withCode = FileSystemError.Describe(new IOException("odd", 99));
        Assert.Contains("systeemfoutcode 99", withCode);
        AssertNoLeak(withCode);
    }

    [Fact]
    public void A_full_disk_while_writing_is_reported_as_such_naming_the_target()
    {
        var target = Path.Combine(NewDir(), "rapport.html");
        var ex = new OutputWriteException(target, new IOException($"No space left on device : '{target}.tmp'", 28));
        Assert.Contains($"kan '{target}' niet schrijven: de schijf is vol.", ex.Message);
        AssertNoLeak(ex.Message);

        var (exit, error) = Handled(ex);
        Assert.Equal(CommandErrors.UnexpectedError, exit);
        Assert.Contains("Fout bij schrijven", error);
        Assert.Contains("de schijf is vol", error);
        AssertNoLeak(error);
    }

    [Fact]
    public void A_full_disk_outside_the_atomic_writers_is_not_an_unexpected_program_error()
    {
        var (exit, error) = Handled(new IOException("No space left on device : '/tmp/x'", 28));
        Assert.Equal(CommandErrors.UnexpectedError, exit);
        Assert.Contains("Fout bij lezen of schrijven: de schijf is vol.", error);
        Assert.DoesNotContain("onverwacht", error);
        Assert.DoesNotContain("logbestand", error);
        AssertNoLeak(error);
    }

    [Fact]
    public void A_real_full_device_gives_de_schijf_is_vol_and_leaves_nothing()
    {
        if (!File.Exists("/dev/full")) return;   // Linux only: every write to /dev/full fails with ENOSPC
        var target = Path.Combine(NewDir(), "tabel.csv");
        var ex = Assert.Throws<OutputWriteException>(() => AtomicOutput.WriteFile(target, _ =>
        {
            using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);
            full.Write(new byte[4096]);
            full.Flush();
        }));
        Assert.Contains("de schijf is vol", ex.Message);
        AssertNoLeak(ex.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(target)!));
    }

    private static (int Exit, string Error) Handled(Exception ex)
    {
        var old = Console.Error;
        var error = new StringWriter();
        Console.SetError(error);
        try
        {
            return (CommandErrors.Handle(ex), error.ToString());
        }
        finally
        {
            Console.SetError(old);
        }
    }

    // ---- a damaged Excel file ---------------------------------------------------------------------------------

    public static TheoryData<string> DamagedWorkbooks() => new() { "tekst", "zip", "afgebroken" };

    private static string DamagedWorkbook(string kind)
    {
        var path = Path.Combine(NewDir(), "inventaris.xlsx");
        switch (kind)
        {
            case "tekst":       // a CSV saved under the name .xlsx: "Invalid file signature."
                File.WriteAllText(path, "naam;vorm\nBuurtsportcoach;universeel\n");
                break;
            case "zip":         // a zip that is no workbook: "Detected ZIP file, but not a valid OpenXml file."
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
                using (var w = new StreamWriter(zip.CreateEntry("leesmij.txt").Open()))
                    w.Write("geen werkmap");
                break;
            default:            // a real workbook cut off halfway (an interrupted download or copy)
                var bytes = File.ReadAllBytes(InventoryTestFiles.Template);
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
        }
        return path;
    }

    [Theory]
    [MemberData(nameof(DamagedWorkbooks))]
    public void A_damaged_xlsx_is_named_as_such_in_Dutch(string kind)
    {
        var path = DamagedWorkbook(kind);
        var (exit, output, error) = CommandLine.Run("inventory", path);
        Assert.True(exit == 2, error + output);
        Assert.Contains("inventaris.xlsx: het bestand is geen geldig Excel-bestand (.xlsx) of is beschadigd", error);
        AssertNoLeak(error);
    }

    // ---- a damaged previous monitor run -------------------------------------------------------------------

    /// <summary>A copy of the shipped previous run with <paramref name="file"/> replaced by <paramref name="damage"/>'s result.</summary>
    private static string DamagedPreviousRun(string file, Func<string, string> damage)
    {
        var dir = Path.Combine(NewDir(), "vorige-run");
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(MonitorTestFiles.PreviousRun)) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        var path = Path.Combine(dir, file);
        File.WriteAllText(path, damage(File.ReadAllText(path)));
        return dir;
    }

    private static string Edit(string json, Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    public static TheoryData<string, string, string> DamagedRuns() => new()
    {
        { "manifest.json", "afgebroken", "manifest.json: geen geldige JSON (regel" },
        { "manifest.json", "seed-tekst", "manifest.json: het veld 'seed' heeft een waarde van de verkeerde soort" },
        { "manifest.json", "zonder-sha", "manifest.json: het veld 'inputs[1].sha256' ontbreekt" },
        { "manifest.json", "zonder-inputs", "het veld 'inputs' ontbreekt" },
        { "manifest.json", "lijst", "het bestand bevat geen JSON-object" },
        { "resultaten.json", "afgebroken", "resultaten.json: geen geldige JSON (regel" },
        { "resultaten.json", "label-getal", "resultaten.json: het veld 'resultaten[0].label' heeft een waarde van de verkeerde soort" },
        { "resultaten.json", "zonder-maat", "het veld 'resultaten[2].maat' ontbreekt" },
    };

    private static string Damage(string kind, string json) => kind switch
    {
        "afgebroken" => json[..(json.Length / 2)],
        "seed-tekst" => Edit(json, r => r["seed"] = "twintig"),
        "zonder-sha" => Edit(json, r => r["inputs"]![1]!.AsObject().Remove("sha256")),
        "zonder-inputs" => Edit(json, r => r.Remove("inputs")),
        "lijst" => "[1, 2, 3]",
        "label-getal" => Edit(json, r => r["resultaten"]![0]!["label"] = 42),
        "zonder-maat" => Edit(json, r => r["resultaten"]![2]!.AsObject().Remove("maat")),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(DamagedRuns))]
    public void A_damaged_previous_run_is_refused_naming_the_file_and_the_field(string file, string kind, string expected)
    {
        var previous = DamagedPreviousRun(file, json => Damage(kind, json));
        var outDir = Path.Combine(NewDir(), "run");
        var (exit, output, error) = CommandLine.Run("monitor", "update", "--monitor", MonitorTestFiles.Example, "--previous", previous, "--out", outDir);
        Assert.True(exit == 2, error + output);
        Assert.Contains(expected, error);
        Assert.Contains("--previous", error);   // what to do about it
        AssertNoLeak(error);
        Assert.False(Directory.Exists(outDir));
    }

    // ---- help --------------------------------------------------------------------------------------------

    [Fact]
    public void Help_shows_no_dotnet_type_name_as_a_default()
    {
        var (exit, output, _) = CommandLine.Run("notebook", "run", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--parameter", output);
        Assert.DoesNotContain("System.", output);
        Assert.DoesNotContain("(standaard: )", output);
    }

    [Fact]
    public void A_list_default_reads_as_its_items()
    {
        Assert.Equal("", DutchHelp.DefaultText(Array.Empty<string>()));
        Assert.Equal("a=1, b=2", DutchHelp.DefaultText(new[] { "a=1", "b=2" }));
        Assert.Equal("0,5", DutchHelp.DefaultText(0.5));
        Assert.Equal("20240101", DutchHelp.DefaultText(20240101));
        Assert.Null(DutchHelp.DefaultText(null));
    }
}
