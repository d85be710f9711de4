namespace Preventie.Analytics.Html;

/// <summary>
/// plotly.js for charts shown in a notebook kernel (VS Code's Polyglot Notebooks, Jupyter, <c>preventie notebook run</c>),
/// without the internet: the first chart output of a kernel session carries the local npm copy
/// (<c>node_modules/plotly.js-dist-min</c>, found walking up from the current directory — in a kernel the notebook's
/// folder — then from the application's folder) inline, and every later chart of the session draws with the copy the
/// notebook page then holds. Charts that cannot draw keep a Dutch notice that names the real cause: no local copy (the
/// folder searched from, and where to run <c>npm ci</c>), or a page that lost the session's copy (rerun the notebook).
/// <para>A kernel session is the process (Jupyter and VS Code start one kernel process per notebook), or one run of the
/// in-process runner, which calls <see cref="StartSession"/> before it creates its kernel. While no local copy is found,
/// every chart looks again, so a chart cell rerun after <c>npm ci</c> draws.</para>
/// </summary>
public sealed class NotebookPlotly
{
    /// <summary>The <see cref="AppContext"/> key holding the current session's id; shared by every copy of this assembly.</summary>
    private const string SessionKey = "Preventie.Analytics.NotebookPlotly.Session";

    private static readonly object CurrentLock = new();
    private static NotebookPlotly? _current;

    private readonly object _lock = new();
    private readonly Func<IReadOnlyList<string>> _startDirectories;
    private readonly string? _session;
    private bool _embedded;

    /// <summary>A session that looks for the local copy from the directories <paramref name="startDirectories"/> gives.</summary>
    internal NotebookPlotly(Func<IReadOnlyList<string>> startDirectories, string? session = null)
    {
        _startDirectories = startDirectories;
        _session = session;
    }

    /// <summary>The session of this kernel: a new one after each <see cref="StartSession"/>.</summary>
    public static NotebookPlotly Current
    {
        get
        {
            var session = AppContext.GetData(SessionKey) as string;
            lock (CurrentLock)
            {
                if (_current is null || _current._session != session)
                    _current = new NotebookPlotly(() => new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }, session);
                return _current;
            }
        }
    }

    /// <summary>Starts a new kernel session: the next chart carries plotly.js again. Called by a runner for each new kernel.</summary>
    public static void StartSession() => AppContext.SetData(SessionKey, Guid.NewGuid().ToString("N"));

    /// <summary>
    /// What the next chart output needs: the inline plotly.js when it is the session's first chart and the local copy
    /// exists (else empty), and the Dutch notice the chart shows until, or instead of, being drawn.
    /// </summary>
    internal (string Script, string Notice) NextChart()
    {
        lock (_lock)
        {
            if (_embedded) return ("", SessionCopyNotice);
            var starts = _startDirectories();
            if (PlotlyJs.TryFindLocal(starts) is not { } bundle) return ("", MissingNotice(starts[0]));
            _embedded = true;
            return (EmbedScript(bundle), SessionCopyNotice);
        }
    }

    /// <summary>What a chart says while the session's copy is not on the page (a page reopened without it, or scripts that did not run).</summary>
    public const string SessionCopyNotice =
        "Deze grafiek is niet getekend: plotly.js komt één keer per kernelsessie mee met de eerste grafiek, en die kopie " +
        "is op deze pagina niet geladen. Voer het notebook opnieuw uit vanaf het begin (kernel herstarten, dan alles " +
        "uitvoeren); in Jupyter moet het notebook vertrouwd zijn.";

    /// <summary>
    /// "node_modules/plotly.js-dist-min niet gevonden vanaf /pad/notebooks: voer npm ci uit in /pad": what a chart says
    /// when no local copy exists. The folder for <c>npm ci</c> is the nearest one above <paramref name="searchedFrom"/>
    /// with a package.json; without one, the message says to look for it.
    /// </summary>
    internal static string MissingNotice(string searchedFrom)
    {
        var from = Path.GetFullPath(searchedFrom);
        var root = PackageFolder(from);
        var where = root is null
            ? "in de hoofdmap van Preventie.Analytics (de map met package.json)"
            : "in " + root;
        return $"Deze grafiek kan niet worden getekend: node_modules/{PlotlyJs.PackageName} niet gevonden vanaf {from}. " +
               $"Voer npm ci uit {where} en voer deze cel daarna opnieuw uit.";
    }

    /// <summary>The nearest directory from <paramref name="start"/> upwards with a package.json naming plotly.js, or null.</summary>
    private static string? PackageFolder(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var package = Path.Combine(dir.FullName, "package.json");
            if (File.Exists(package) && File.ReadAllText(package).Contains(PlotlyJs.PackageName, StringComparison.Ordinal)) return dir.FullName;
        }
        return null;
    }

    /// <summary>The comment that opens the inline copy: it occurs once per kernel session's output.</summary>
    internal const string EmbedMarker = "/* plotly.js (npm-pakket " + PlotlyJs.PackageName + "), één keer per kernelsessie */";

    /// <summary>
    /// The bundle inline, run only when the page has no plotly.js yet, with <c>module</c>, <c>exports</c> and
    /// <c>define</c> hidden (so that it sets <c>window.Plotly</c> on a page with a module loader too); then the charts
    /// that were waiting for it draw.
    /// </summary>
    private static string EmbedScript(string bundle) =>
        "<script>\n" + EmbedMarker + "\nif (!window.Plotly) { (function (module, exports, define) {\n" +
        PlotlyScriptSource.MakeScriptSafe(File.ReadAllText(bundle)) +
        "\n}).call(window); }\n(window.__preventieWachtOpPlotly || []).splice(0).forEach(function (f) { f(); });\n</script>\n";

    /// <summary>
    /// JavaScript defining <c>preventieLoadPlotly(callback)</c>: calls back at once when the page has plotly.js,
    /// otherwise when the session's copy arrives (<see cref="EmbedScript"/> calls the waiting charts).
    /// </summary>
    internal const string LoaderScript = """
          function preventieLoadPlotly(callback) {
            if (window.Plotly) { callback(); return; }
            (window.__preventieWachtOpPlotly = window.__preventieWachtOpPlotly || []).push(callback);
          }
        """;
}
