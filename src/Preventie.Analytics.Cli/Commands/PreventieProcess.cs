using System.Diagnostics;

namespace Preventie.Analytics.Cli.Commands;

/// <summary>
/// How to start this same <c>preventie</c> program again as a child process: the running executable when it is
/// <c>preventie</c> itself (the apphost, or the shim of the installed dotnet tool), otherwise the <c>dotnet</c> host
/// with <c>preventie.dll</c> (when run as <c>dotnet preventie.dll</c>, or when the command runs inside another .NET
/// process such as a test host).
/// </summary>
internal static class PreventieProcess
{
    /// <summary>A start for <c>preventie</c> with <paramref name="arguments"/>, in the current folder and environment.</summary>
    public static ProcessStartInfo Start(IEnumerable<string> arguments)
    {
        var assembly = typeof(PreventieProcess).Assembly.Location;
        var name = Path.GetFileNameWithoutExtension(assembly);
        var current = Environment.ProcessPath;
        ProcessStartInfo start;
        if (current is not null && string.Equals(Path.GetFileNameWithoutExtension(current), name, StringComparison.OrdinalIgnoreCase))
            start = new ProcessStartInfo(current);
        else
        {
            start = new ProcessStartInfo(DotnetHost(current));
            start.ArgumentList.Add(assembly);
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.WorkingDirectory = Environment.CurrentDirectory;
        return start;
    }

    /// <summary>The dotnet host: the current process when it is one, else DOTNET_HOST_PATH (set by the SDK), else <c>dotnet</c> on the PATH.</summary>
    private static string DotnetHost(string? current) =>
        current is not null && string.Equals(Path.GetFileNameWithoutExtension(current), "dotnet", StringComparison.OrdinalIgnoreCase) ? current
        : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : "dotnet";
}
