namespace Preventie.Analytics.Reporting;

/// <summary>A link in a report: the text the reader clicks and where it goes (a relative path such as
/// <c>wijkpilot/raadsversie.html</c>, or a URL).</summary>
/// <param name="Label">The link text, e.g. "raadsversie".</param>
/// <param name="Href">The target; each path segment is escaped when rendered.</param>
public sealed record ReportLink(string Label, string Href);
