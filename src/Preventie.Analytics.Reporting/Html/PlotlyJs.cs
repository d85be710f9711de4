namespace Preventie.Analytics.Html;

/// <summary>
/// Where plotly.js comes from. Online: the official CDN at the pinned <see cref="Version"/> (the same version the
/// repository's package.json pins). Offline: the npm package <c>plotly.js-dist-min</c>, installed by <c>npm ci</c>
/// in the repository root and found by walking up from the current directory and from the application directory.
/// Notebook charts always use the local copy (<see cref="NotebookPlotly"/>).
/// </summary>
public static class PlotlyJs
{
    /// <summary>The plotly.js version, equal to the exact version of plotly.js-dist-min in package.json.</summary>
    public const string Version = "4.1.2";

    /// <summary>The npm package with the ready-made minified bundle.</summary>
    public const string PackageName = "plotly.js-dist-min";

    /// <summary>The bundle's path relative to a directory that holds node_modules.</summary>
    public static string RelativePath { get; } = Path.Combine("node_modules", PackageName, "plotly.min.js");

    /// <summary>The pinned CDN address.</summary>
    public static string CdnUrl { get; } = $"https://cdn.plot.ly/plotly-{Version}.min.js";

    /// <summary>
    /// The local plotly.min.js: the first <c>node_modules/plotly.js-dist-min/plotly.min.js</c> found walking up from
    /// <see cref="Directory.GetCurrentDirectory"/>, then from <see cref="AppContext.BaseDirectory"/>.
    /// </summary>
    /// <exception cref="PlotlyJsNotFoundException">Not installed (Dutch message: run <c>npm ci</c>).</exception>
    public static string FindLocal() => FindLocal(new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory });

    /// <summary><see cref="FindLocal()"/> starting from the given directories, in order.</summary>
    public static string FindLocal(IReadOnlyList<string> startDirectories) =>
        TryFindLocal(startDirectories) ?? throw new PlotlyJsNotFoundException(startDirectories);

    /// <summary>Like <see cref="FindLocal(IReadOnlyList{string})"/>, but null when not found.</summary>
    public static string? TryFindLocal(IReadOnlyList<string> startDirectories)
    {
        foreach (var start in startDirectories)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
