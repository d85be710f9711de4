using Preventie.Analytics.Cli.Commands;
using Preventie.Analytics.Input;
using Preventie.Analytics.Output;

namespace Preventie.Analytics.Tests.Output;

/// <summary>Output is written whole or not at all; CSV cells are neutralised against formulas.</summary>
public class WholeOrNothingTests
{
    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-out-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public void Rerun_replaces_the_directory_so_nothing_of_the_earlier_run_remains()
    {
        var target = Path.Combine(TempDir(), "uitvoer");
        AtomicOutput.WriteDirectory(target, d =>
        {
            File.WriteAllText(Path.Combine(d, "oud.txt"), "1");
            Directory.CreateDirectory(Path.Combine(d, "scenario-a"));
        });
        AtomicOutput.WriteDirectory(target, d => File.WriteAllText(Path.Combine(d, "nieuw.txt"), "2"));
        Assert.Equal(["nieuw.txt"], Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName).ToArray());
        Assert.Equal(["uitvoer"], Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(target)!).Select(Path.GetFileName).ToArray());
    }

    [Fact]
    public void A_failing_fill_leaves_the_earlier_directory_untouched_and_no_temporary_folder()
    {
        var target = Path.Combine(TempDir(), "uitvoer");
        AtomicOutput.WriteDirectory(target, d => File.WriteAllText(Path.Combine(d, "a.txt"), "oud"));
        Assert.Throws<DataValidationException>(() => AtomicOutput.WriteDirectory(target, d =>
        {
            File.WriteAllText(Path.Combine(d, "a.txt"), "half");
            throw new DataValidationException(new DataError("x.csv", 1, null, null, "fout"));
        }));
        Assert.Equal("oud", File.ReadAllText(Path.Combine(target, "a.txt")));
        Assert.Single(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(target)!));
    }

    [Fact]
    public void Leftovers_of_an_interrupted_run_are_removed_at_the_next_start()
    {
        var parent = TempDir();
        var target = Path.Combine(parent, "uitvoer");
        const int deadPid = int.MaxValue - 7; // no such process
        var staleDir = Path.Combine(parent, $".uitvoer.{deadPid}-abc.tmp");
        Directory.CreateDirectory(Path.Combine(staleDir, "scenario"));
        File.WriteAllText(Path.Combine(staleDir, "scenario", "rapport.html"), "half");
        var staleFile = Path.Combine(parent, $".uitvoer.{deadPid}-def.tmp");
        File.WriteAllText(staleFile, "half");
        var foreign = Path.Combine(parent, ".ander.123-abc.tmp");
        File.WriteAllText(foreign, "van iets anders");

        AtomicOutput.WriteDirectory(target, d => File.WriteAllText(Path.Combine(d, "a.txt"), "x"));
        Assert.False(Directory.Exists(staleDir));
        Assert.False(File.Exists(staleFile));
        Assert.True(File.Exists(foreign));
    }

    [Fact]
    public void A_swap_interrupted_between_its_two_renames_is_put_back()
    {
        var parent = TempDir();
        var target = Path.Combine(parent, "uitvoer");
        var aside = Path.Combine(parent, $".uitvoer.{int.MaxValue - 7}-abc.oud.tmp");
        Directory.CreateDirectory(aside);
        File.WriteAllText(Path.Combine(aside, "vorige.txt"), "vorige run");

        AtomicOutput.RemoveStale(target);
        Assert.Equal("vorige run", File.ReadAllText(Path.Combine(target, "vorige.txt")));
    }

    [Fact]
    public void A_write_error_names_the_real_target_not_the_temporary_file()
    {
        var parent = TempDir();
        var blocker = Path.Combine(parent, "bestand");
        File.WriteAllText(blocker, "ik ben een bestand");
        var target = Path.Combine(blocker, "rapport.html");
        var ex = Assert.Throws<OutputWriteException>(() => AtomicOutput.WriteText(target, "x"));
        Assert.Equal(target, ex.Target);
        Assert.Contains(target, ex.Message);
        Assert.DoesNotContain(".tmp", ex.Message);

        Assert.NotNull(AtomicOutput.WhyNotWritable(target));
        Assert.Null(AtomicOutput.WhyNotWritable(Path.Combine(parent, "nieuw", "dieper", "uitvoer")));
        var v = Assert.Throws<DataValidationException>(() => AtomicOutput.EnsureWritable(target, "--out"));
        Assert.Equal("--out", Assert.Single(v.Errors).Field);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"klik\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"")]
    [InlineData("+31 570", "'+31 570")]
    [InlineData("-9 mnd t/m 3 jaar", "'-9 mnd t/m 3 jaar")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("-12", "-12")]
    [InlineData("-1234,5", "-1234,5")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("gewoon", "gewoon")]
    [InlineData(null, "")]
    public void Csv_text_cells_are_neutralised_and_numbers_stay_numbers(string? text, string expected) =>
        Assert.Equal(expected, CsvCell.Text(text));
}
