using Preventie.Analytics.Formatting;
using System.Net;
using System.Text;
using Preventie.Analytics.Model;

namespace Preventie.Analytics.Monitor;

/// <summary>An input file of the run against the previous run: "gewijzigd", "ongewijzigd", "nieuw" or "vervallen".</summary>
public sealed record InputChange(string Role, string? PreviousPath, string? CurrentPath, string Kind);

/// <summary>A parameter whose value moved, with the input that caused it (Dutch).</summary>
public sealed record ParameterChange(string Name, double? Previous, double? Current, string? PreviousSource, string? CurrentSource, string Cause)
{
    /// <summary>Current − previous value; null when either is unknown.</summary>
    public double? Delta => Previous is { } p && Current is { } c ? c - p : null;
}

/// <summary>Part of a result's change attributed to one cause (a changed parameter or group of parameters).</summary>
public sealed record Contribution(string Cause, double Amount);

/// <summary>A result line against the previous run: the change and what caused it.</summary>
/// <param name="Previous">The previous line, or null when it is new.</param>
/// <param name="Current">The current line.</param>
/// <param name="Contributions">Change when only that cause is moved from its previous to its current value (one at a time).</param>
/// <param name="Rest">Change not explained by the single causes: their interplay plus changes in model or scenario files.</param>
public sealed record ResultChange(ResultLine? Previous, ResultLine Current, IReadOnlyList<Contribution> Contributions, double? Rest)
{
    /// <summary>Current − previous value; null when either is unknown (e.g. suppressed).</summary>
    public double? Delta => Previous?.Value is { } p && Current.Value is { } c ? c - p : null;
}

/// <summary>
/// What moved since the previous run, by how much, and which input caused it:
/// <list type="bullet">
/// <item>input files whose SHA-256 changed;</item>
/// <item>parameters whose value changed, each with its cause (recalibration on the new monitor file, start population
/// from the monitor, or an edited parameters file);</item>
/// <item>results per scenario and payer, with an attribution: starting from the previous parameter values (on the
/// current model and scenario files), each changed parameter — the start population as one group — is moved to its
/// new value on its own; the change in the result is its contribution. The rest is the interplay of the changes plus
/// changes of model or scenario files.</item>
/// </list>
/// </summary>
[Display.TypeFormatterSource]
public sealed class RunComparison
{
    private const string PopulationGroup = "startbevolking uit de monitor";

    private RunComparison(PreviousRun previous, RunManifest current, IReadOnlyList<InputChange> inputs,
        IReadOnlyList<ParameterChange> parameters, IReadOnlyList<ResultChange> results, IReadOnlyList<MonitorRevision>? revisions, string? revisionNote)
    {
        Previous = previous; Current = current; Inputs = inputs; Parameters = parameters; Results = results;
        Revisions = revisions; RevisionNote = revisionNote;
    }

    /// <summary>Figures of overlapping years that the new monitor file revised (null when the previous file was not available).</summary>
    public IReadOnlyList<MonitorRevision>? Revisions { get; }

    /// <summary>Why <see cref="Revisions"/> is missing, in Dutch; null when it is there.</summary>
    public string? RevisionNote { get; }

    /// <summary>The previous run compared with.</summary>
    public PreviousRun Previous { get; }
    /// <summary>The manifest of this run.</summary>
    public RunManifest Current { get; }
    /// <summary>Every input file of either run, with what happened to it (e.g. "ongewijzigd").</summary>
    public IReadOnlyList<InputChange> Inputs { get; }
    /// <summary>Parameters whose value moved, with their cause.</summary>
    public IReadOnlyList<ParameterChange> Parameters { get; }
    /// <summary>The result lines of this run against the previous run, with the attribution of each change to its causes.</summary>
    public IReadOnlyList<ResultChange> Results { get; }

    /// <summary>Builds the comparison; <paramref name="recompute"/> gives the result lines for a parameter vector on the current model and scenarios.</summary>
    /// <param name="previous">The previous run.</param>
    /// <param name="current">This run's manifest.</param>
    /// <param name="results">This run's result lines.</param>
    /// <param name="model">The model of this run (parameters in the shared vector order).</param>
    /// <param name="recompute">Result lines for a parameter vector on the current model and scenarios.</param>
    /// <param name="revisions">Revised monitor figures (see <see cref="MonitorRevision.Between"/>), or null.</param>
    /// <param name="revisionNote">Why <paramref name="revisions"/> is null (Dutch).</param>
    public static RunComparison Create(PreviousRun previous, RunManifest current, IReadOnlyList<ResultLine> results,
        ModelDefinition model, Func<double[], IReadOnlyList<ResultLine>> recompute,
        IReadOnlyList<MonitorRevision>? revisions = null, string? revisionNote = null)
    {
        // inputs
        var prevInputs = previous.Manifest.Inputs.ToDictionary(i => i.Role);
        var curInputs = current.Inputs.ToDictionary(i => i.Role);
        var inputs = new List<InputChange>();
        foreach (var c in current.Inputs)
            inputs.Add(prevInputs.TryGetValue(c.Role, out var p)
                ? new InputChange(c.Role, p.Path, c.Path, p.Sha256 == c.Sha256 ? "ongewijzigd" : "gewijzigd")
                : new InputChange(c.Role, null, c.Path, "nieuw"));
        inputs.AddRange(previous.Manifest.Inputs.Where(p => !curInputs.ContainsKey(p.Role)).Select(p => new InputChange(p.Role, p.Path, null, "vervallen")));
        var changed = inputs.Where(i => i.Kind != "ongewijzigd").Select(i => i.Role).ToHashSet();

        // parameters
        var prevParams = previous.Manifest.Parameters.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var curParams = current.Parameters.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var monitorName = Path.GetFileName(current.Inputs.FirstOrDefault(i => i.Role == "monitor")?.Path ?? "monitor");
        string CauseOf(ManifestParameter c) =>
            c.Calibrated ? $"herkalibratie op {monitorName}" + (changed.Contains("monitor") ? " (nieuwe monitorcijfers)" : "")
            : c.Source?.StartsWith("monitor ", StringComparison.Ordinal) == true ? PopulationGroup
            : changed.Contains("model/parameters.csv") ? "parameters.csv gewijzigd"
            : "oorzaak onbekend (zelfde invoerbestanden)";
        var paramChanges = new List<ParameterChange>();
        foreach (var c in current.Parameters)
        {
            if (!prevParams.TryGetValue(c.Name, out var p)) { paramChanges.Add(new ParameterChange(c.Name, null, c.Value, null, c.Source, "nieuwe parameter")); continue; }
            if (Math.Abs(c.Value - p.Value) > 1e-12 * Math.Max(1, Math.Abs(p.Value)))
                paramChanges.Add(new ParameterChange(c.Name, p.Value, c.Value, p.Source, c.Source, CauseOf(c)));
        }
        paramChanges.AddRange(previous.Manifest.Parameters.Where(p => !curParams.ContainsKey(p.Name))
            .Select(p => new ParameterChange(p.Name, p.Value, null, p.Source, null, "parameter vervallen")));

        // attribution: one cause at a time, from the previous values
        var movable = paramChanges.Where(c => c.Previous is not null && c.Current is not null && model.Parameters.Contains(c.Name)).ToList();
        var groups = movable.GroupBy(c => c.Cause == PopulationGroup ? PopulationGroup : c.Name).ToList();
        var baseVector = model.Parameters.DefaultVector();
        foreach (var c in movable) baseVector[model.Parameters.IndexOf(c.Name)] = c.Previous!.Value;
        var atPrevious = Index(recompute(baseVector));
        var perGroup = groups.Select(g =>
        {
            var v = (double[])baseVector.Clone();
            foreach (var c in g) v[model.Parameters.IndexOf(c.Name)] = c.Current!.Value;
            return (Cause: g.Key, Lines: Index(recompute(v)));
        }).ToList();

        var prevLines = previous.Results.GroupBy(l => l.Key).ToDictionary(g => g.Key, g => g.First());
        var changes = new List<ResultChange>();
        foreach (var line in results)
        {
            prevLines.TryGetValue(line.Key, out var prev);
            var contributions = new List<Contribution>();
            if (atPrevious.TryGetValue(line.Key, out var basis) && basis is not null)
                foreach (var (cause, lines) in perGroup)
                    if (lines.TryGetValue(line.Key, out var moved) && moved is not null)
                        contributions.Add(new Contribution(cause, moved.Value - basis.Value));
            double? rest = prev?.Value is { } pv && line.Value is { } cv ? cv - pv - contributions.Sum(c => c.Amount) : null;
            changes.Add(new ResultChange(prev, line, contributions, rest));
        }
        return new RunComparison(previous, current, inputs, paramChanges, changes, revisions, revisionNote);
    }

    private static Dictionary<string, double?> Index(IReadOnlyList<ResultLine> lines) =>
        lines.GroupBy(l => l.Key).ToDictionary(g => g.Key, g => g.First().Value);

    /// <summary>True when a result moved noticeably: euros by at least € 1.000 and 0,1%; people by at least 1.</summary>
    public static bool Moved(ResultChange c) => c.Delta is { } d && (c.Current.Unit == ResultLine.Euro
        ? Math.Abs(d) >= 1000 && Math.Abs(d) >= 0.001 * Math.Abs(c.Previous!.Value!.Value)
        : Math.Abs(d) >= 1);

    /// <summary>The main causes of a change, Dutch: "incidentie_80plus (+€ 1.234), ...".</summary>
    public static string MainCauses(ResultChange c, SmallCountSuppression suppression)
    {
        if (c.Delta is not { } d) return "";
        var main = c.Contributions.Where(x => Math.Abs(x.Amount) >= 0.05 * Math.Abs(d)).OrderByDescending(x => Math.Abs(x.Amount)).Take(3)
            .Select(x => $"{x.Cause} ({Signed(x.Amount, c.Current.Unit)})").ToList();
        if (c.Rest is { } r && Math.Abs(r) >= 0.05 * Math.Abs(d)) main.Add($"samenspel/overige wijzigingen ({Signed(r, c.Current.Unit)})");
        return main.Count == 0 ? "geen duidelijke enkele oorzaak" : string.Join("; ", main);
    }

    private static string Signed(double v, string unit) =>
        (v >= 0 ? "+" : "−") + (unit == ResultLine.Euro ? DutchFormat.Euro(Math.Abs(v)) : DutchFormat.Number(Math.Abs(v)));

    /// <summary>Formats a value of a line: euros in full, people through the suppression rule.</summary>
    public static string Format(double? value, string unit, SmallCountSuppression suppression) =>
        unit == ResultLine.Euro ? (value is { } v ? DutchFormat.Euro(v) : ".") : suppression.Text(value);

    /// <summary>The delta of a line: for people only when both counts may be shown.</summary>
    public static string FormatDelta(ResultChange c, SmallCountSuppression suppression)
    {
        if (c.Current.Unit != ResultLine.Euro)
            return suppression.Difference(c.Current.Value, c.Previous?.Value) is { } d ? Signed(d, c.Current.Unit) : ".";
        if (c.Delta is not { } delta) return ".";
        var pct = c.Previous?.Value is { } p && Math.Abs(p) > 1e-9 ? $" ({(delta / Math.Abs(p) >= 0 ? "+" : "−")}{DutchFormat.Percent(Math.Abs(delta / p))})" : "";
        return Signed(delta, c.Current.Unit) + pct;
    }

    /// <summary>The lines shown in the readable report: discounted costs of the baseline and discounted net benefits of the other scenarios, per payer.</summary>
    public IEnumerable<ResultChange> Headline =>
        Results.Where(r => r.Current.Measure is "netto_baat_contant" || (r.Current.Measure == "kosten_contant" && Results.All(x => x.Current.Scenario != r.Current.Scenario || x.Current.Measure != "netto_baat_contant")));

    /// <summary>The Dutch comparison as Markdown (readable as plain text).</summary>
    public string ToMarkdown(SmallCountSuppression suppression)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Vorige run: {Previous.Directory} ({Previous.Manifest.CreatedUtc:yyyy-MM-dd}, monitorjaren {string.Join(", ", Previous.Manifest.MonitorYears)}); deze run: monitorjaren {string.Join(", ", Current.MonitorYears)}.");
        sb.AppendLine();
        sb.AppendLine("## Wat is er aan de invoer veranderd");
        foreach (var i in Inputs.Where(i => i.Kind != "ongewijzigd"))
            sb.AppendLine($"- {i.Role}: {i.Kind}" + (i.PreviousPath != i.CurrentPath && i.PreviousPath is not null && i.CurrentPath is not null ? $" ({Path.GetFileName(i.PreviousPath)} → {Path.GetFileName(i.CurrentPath)})" : ""));
        var same = Inputs.Count(i => i.Kind == "ongewijzigd");
        sb.AppendLine($"- {same} andere invoerbestanden zijn ongewijzigd (zelfde SHA-256).");
        sb.AppendLine();
        sb.AppendLine("## Herziene monitorcijfers (zelfde jaar, andere waarde of status)");
        if (Revisions is null) sb.AppendLine(RevisionNote ?? "Het vorige monitorbestand is niet beschikbaar.");
        else if (Revisions.Count == 0) sb.AppendLine("Geen: de jaren die beide bestanden hebben, zijn gelijk gebleven.");
        else
        {
            var totals = Revisions.Where(r => r.Band == MonitorData.TotalBand).ToList();
            sb.AppendLine($"{Revisions.Count} cijfers herzien ({Revisions.Count - totals.Count} per leeftijdsgroep, {totals.Count} totalen). De totalen:");
            sb.AppendLine();
            sb.AppendLine("| indicator | jaar | vorige run | deze run | verschil |");
            sb.AppendLine("|---|---|---:|---:|---:|");
            foreach (var r in totals)
            {
                var d = suppression.Difference(r.Current, r.Previous);
                sb.AppendLine($"| {r.IndicatorLabel} | {r.Year} | {suppression.Text(r.Previous)} ({r.PreviousPeriod}) | {suppression.Text(r.Current)} ({r.CurrentPeriod}) | {(d is { } x ? (x >= 0 ? "+" : "−") + DutchFormat.Number(Math.Abs(x)) + (r.Previous is > 0 ? $" ({(x >= 0 ? "+" : "−")}{DutchFormat.Percent(Math.Abs(x) / r.Previous.Value)})" : "") : ".")} |");
            }
        }
        sb.AppendLine();
        sb.AppendLine("## Parameters die bewogen");
        if (Parameters.Count == 0) sb.AppendLine("Geen enkele parameter is veranderd.");
        else
        {
            sb.AppendLine("| parameter | vorige run | deze run | verschil | oorzaak |");
            sb.AppendLine("|---|---:|---:|---:|---|");
            foreach (var p in Parameters)
                sb.AppendLine($"| {p.Name} | {Num(p.Previous)} | {Num(p.Current)} | {(p.Delta is { } d ? (d >= 0 ? "+" : "−") + Num(Math.Abs(d), p.Previous ?? p.Current) + (p.Previous is { } pv && Math.Abs(pv) > 1e-12 ? $" ({(d >= 0 ? "+" : "−")}{DutchFormat.Percent(Math.Abs(d / pv))})" : "") : ".")} | {p.Cause} |");
        }
        sb.AppendLine();
        sb.AppendLine("## Resultaten per betaler");
        sb.AppendLine("Basisscenario: kosten per betaler (contant); overige scenario's: netto baat ten opzichte van de basis (contant). Alleen wat bewoog (≥ € 1.000 én ≥ 0,1%).");
        foreach (var g in Headline.GroupBy(r => r.Current.Scenario))
        {
            var moved = g.Where(Moved).OrderByDescending(r => Math.Abs(r.Delta!.Value)).ToList();
            sb.AppendLine();
            sb.AppendLine($"### {g.Key}");
            if (moved.Count == 0) { sb.AppendLine("Niets bewoog noemenswaardig."); continue; }
            sb.AppendLine("| betaler | maat | vorige run | deze run | verschil | vooral door |");
            sb.AppendLine("|---|---|---:|---:|---:|---|");
            foreach (var r in moved)
                sb.AppendLine($"| {r.Current.SubjectLabel} | {r.Current.MeasureLabel} | {Format(r.Previous?.Value, r.Current.Unit, suppression)} | {Format(r.Current.Value, r.Current.Unit, suppression)} | {FormatDelta(r, suppression)} | {MainCauses(r, suppression)} |");
        }
        sb.AppendLine();
        sb.AppendLine("Toerekening: vanaf de waarden van de vorige run is telkens één gewijzigde parameter (de startbevolking als één groep) naar de nieuwe waarde gezet; het verschil in de uitkomst is zijn bijdrage. 'Samenspel/overige wijzigingen' is wat daarna overblijft: de wisselwerking tussen de wijzigingen en gewijzigde model- of scenariobestanden.");
        return sb.ToString();
    }

    /// <summary>Whole numbers for large values (e.g. inhabitants), four decimals for rates; <paramref name="like"/> picks the format of a difference.</summary>
    private static string Num(double? v, double? like = null) =>
        v is { } x ? (Math.Abs(like ?? x) >= 100 ? DutchFormat.Number(x) : DutchFormat.Number(x, 4)) : ".";

    /// <summary>The comparison as Dutch Markdown, small counts suppressed with the default threshold.</summary>
    public override string ToString() => ToMarkdown(SmallCountSuppression.Default);

    /// <summary>The comparison as HTML tables, small counts suppressed with the default threshold.</summary>
    public string ToHtml() => ToHtml(SmallCountSuppression.Default);

    /// <summary>Inputs, parameters and headline results as HTML tables (data strings escaped, counts suppressed).</summary>
    public string ToHtml(SmallCountSuppression suppression)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? string.Empty);
        var h = new StringBuilder("<div class=\"vergelijking-vorige-run\"><h3>Vergelijking met de vorige run</h3>");
        h.Append("<p>Vorige run: ").Append(E(Previous.Directory)).Append(" (").Append(Previous.Manifest.CreatedUtc.ToString("yyyy-MM-dd")).Append(")</p><ul>");
        foreach (var i in Inputs.Where(i => i.Kind != "ongewijzigd")) h.Append("<li>").Append(E(i.Role)).Append(": ").Append(E(i.Kind)).Append("</li>");
        h.Append("</ul><table><caption>Parameters die bewogen</caption><thead><tr><th>parameter</th><th>vorige run</th><th>deze run</th><th>oorzaak</th></tr></thead><tbody>");
        foreach (var p in Parameters)
            h.Append("<tr><td>").Append(E(p.Name)).Append("</td><td>").Append(Num(p.Previous)).Append("</td><td>").Append(Num(p.Current)).Append("</td><td>").Append(E(p.Cause)).Append("</td></tr>");
        h.Append("</tbody></table><table><caption>Resultaten die bewogen</caption><thead><tr><th>scenario</th><th>betaler</th><th>maat</th><th>vorige run</th><th>deze run</th><th>verschil</th><th>vooral door</th></tr></thead><tbody>");
        foreach (var r in Headline.Where(Moved))
            h.Append("<tr><td>").Append(E(r.Current.Scenario)).Append("</td><td>").Append(E(r.Current.SubjectLabel)).Append("</td><td>").Append(E(r.Current.MeasureLabel))
             .Append("</td><td style=\"text-align:right\">").Append(E(Format(r.Previous?.Value, r.Current.Unit, suppression))).Append("</td><td style=\"text-align:right\">")
             .Append(E(Format(r.Current.Value, r.Current.Unit, suppression))).Append("</td><td style=\"text-align:right\">").Append(E(FormatDelta(r, suppression)))
             .Append("</td><td>").Append(E(MainCauses(r, suppression))).Append("</td></tr>");
        h.Append("</tbody></table></div>");
        return h.ToString();
    }
}
