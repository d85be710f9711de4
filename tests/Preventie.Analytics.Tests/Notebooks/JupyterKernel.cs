using System.Diagnostics;

namespace Preventie.Analytics.Tests.Notebooks;

/// <summary>
/// Executes notebooks a second way: in Jupyter (Debian's <c>/usr/bin/jupyter nbconvert</c> with python3-nbclient)
/// on the <c>.net-csharp</c> kernel of the dotnet-interactive global tool, the kernel VS Code's Polyglot Notebooks
/// use. <c>.ci/run</c> installs all of it; on a developer machine without it the tests that need it are skipped with
/// the reason, and under CI (env var CI set) they fail instead.
/// </summary>
internal static class JupyterKernel
{
    public const string Jupyter = "/usr/bin/jupyter";
    public const string KernelName = ".net-csharp";

    private static readonly Lazy<string?> Missing = new(FindMissing);

    /// <summary>Why Jupyter with the .NET kernel cannot run here (Dutch), or null when it can.</summary>
    public static string? MissingReason => Missing.Value;

    public static bool RequiredByCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    /// <summary>The global tools folder, which must be on PATH for the kernel's <c>dotnet interactive</c> command.</summary>
    private static string ToolsFolder => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools");

    /// <summary>
    /// Executes every notebook in <paramref name="notebooks"/> in one nbconvert call (each in its own kernel, in its
    /// own folder, as Jupyter does) and writes the executed copies to <paramref name="outputFolder"/>.
    /// </summary>
    public static (int ExitCode, string Log) Execute(IEnumerable<string> notebooks, string outputFolder, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Jupyter) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
                 {
                     "nbconvert", "--execute", "--to", "notebook", $"--ExecutePreprocessor.kernel_name={KernelName}",
                     $"--ExecutePreprocessor.timeout={(int)timeout.TotalSeconds}", "--output-dir", outputFolder,
                 })
            start.ArgumentList.Add(arg);
        foreach (var notebook in notebooks) start.ArgumentList.Add(notebook);
        start.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH") + Path.PathSeparator + ToolsFolder;
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout + TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, "nbconvert liep langer dan " + timeout + "\n" + stderr.Result);
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string? FindMissing()
    {
        if (!File.Exists(Jupyter))
            return $"{Jupyter} ontbreekt (apt-get install jupyter-nbconvert python3-nbclient).";
        if (Run("/usr/bin/python3", "-c", "import nbconvert, nbclient") != 0)
            return "python3-nbclient of jupyter-nbconvert ontbreekt (apt-get install jupyter-nbconvert python3-nbclient).";
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Append(ToolsFolder)
            .Any(dir => File.Exists(Path.Combine(dir, "dotnet-interactive")));
        if (!onPath)
            return "de dotnet-interactive-tool ontbreekt (dotnet tool install -g Microsoft.dotnet-interactive --version 1.0.712001).";
        var dataDirs = new[]
        {
            Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR"),
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "jupyter"),
            "/usr/local/share/jupyter", "/usr/share/jupyter",
        }.Concat((Environment.GetEnvironmentVariable("JUPYTER_PATH") ?? string.Empty).Split(Path.PathSeparator));
        if (!dataDirs.Any(dir => !string.IsNullOrEmpty(dir) && File.Exists(Path.Combine(dir, "kernels", KernelName, "kernel.json"))))
            return $"de Jupyter-kernel '{KernelName}' is niet geregistreerd (dotnet interactive jupyter install).";
        return null;
    }

    private static int Run(string file, params string[] args)
    {
        if (!File.Exists(file)) return -1;
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}

/// <summary>A fact that needs Jupyter with the .NET kernel: skipped with the Dutch reason without it, unless under CI.</summary>
public sealed class JupyterFactAttribute : FactAttribute
{
    public JupyterFactAttribute()
    {
        if (JupyterKernel.MissingReason is { } reason && !JupyterKernel.RequiredByCi)
            Skip = "Overgeslagen: " + reason + " Onder CI is deze test verplicht.";
    }
}
