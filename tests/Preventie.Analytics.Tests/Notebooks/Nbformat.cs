using System.Diagnostics;

namespace Preventie.Analytics.Tests.Notebooks;

/// <summary>
/// Validates notebooks against the official nbformat JSON schema with Debian's python3-nbformat. CI installs it
/// (.ci/run); on a developer machine without it the validating tests are skipped, but under CI (env var CI set)
/// they run and fail, so a missing validator cannot hide an invalid notebook.
/// </summary>
internal static class Nbformat
{
    public const string Python = "/usr/bin/python3";

    private static readonly Lazy<bool> IsAvailable = new(() => Run("-c", "import nbformat").ExitCode == 0);

    public static bool Available => IsAvailable.Value;

    public static bool RequiredByCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Asserts that <paramref name="path"/> is a valid nbformat 4 notebook.</summary>
    public static void AssertValid(string path)
    {
        Assert.True(Available, "python3-nbformat ontbreekt (apt-get install python3-nbformat).");
        var (exitCode, output) = Run("-c",
            "import nbformat,sys; nb = nbformat.read(sys.argv[1], as_version=4); nbformat.validate(nb); print(nb.nbformat, nb.nbformat_minor)",
            path);
        Assert.True(exitCode == 0, $"{path} is geen geldig nbformat-notebook:\n{output}");
        Assert.Equal("4 5", output.Trim());
    }

    private static (int ExitCode, string Output) Run(params string[] args)
    {
        if (!File.Exists(Python)) return (-1, Python + " ontbreekt");
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }
}

/// <summary>A fact that needs python3-nbformat: skipped without it, unless running under CI.</summary>
public sealed class NbformatFactAttribute : FactAttribute
{
    public NbformatFactAttribute()
    {
        if (!Nbformat.Available && !Nbformat.RequiredByCi)
            Skip = "python3-nbformat is niet geïnstalleerd (apt-get install python3-nbformat); onder CI is deze test verplicht.";
    }
}
