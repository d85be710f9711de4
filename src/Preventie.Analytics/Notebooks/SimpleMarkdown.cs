using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Preventie.Analytics.Notebooks;

/// <summary>
/// A small Markdown-to-HTML converter for notebook text cells: headings, paragraphs, bullet and numbered lists,
/// fenced code blocks, block quotes, horizontal rules, pipe tables, and inline bold, italic, code and links. All text
/// is HTML-escaped first, so raw HTML in a markdown cell is shown as text, never executed.
/// </summary>
public static class SimpleMarkdown
{
    private static readonly Regex Heading = new(@"^(#{1,6})\s+(.*?)\s*#*\s*$");
    private static readonly Regex Bullet = new(@"^\s*[-*+]\s+(.*)$");
    private static readonly Regex Numbered = new(@"^\s*\d+[.)]\s+(.*)$");
    private static readonly Regex TableSeparator = new(@"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$");

    public static string ToHtml(string markdown)
    {
        var html = new StringBuilder();
        var paragraph = new List<string>();
        string? list = null;
        var lines = markdown.Replace("\r\n", "\n").Split('\n');

        void CloseParagraph()
        {
            if (paragraph.Count == 0) return;
            html.Append("<p>").Append(string.Join("\n", paragraph.Select(Inline))).Append("</p>\n");
            paragraph.Clear();
        }

        void CloseList()
        {
            if (list is null) return;
            html.Append("</").Append(list).Append(">\n");
            list = null;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                CloseParagraph();
                CloseList();
                var code = new List<string>();
                for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++) code.Add(lines[i]);
                html.Append("<pre><code>").Append(WebUtility.HtmlEncode(string.Join("\n", code))).Append("</code></pre>\n");
                continue;
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                CloseParagraph();
                CloseList();
                continue;
            }
            if (line.TrimStart().StartsWith('|') && i + 1 < lines.Length && TableSeparator.IsMatch(lines[i + 1]))
            {
                CloseParagraph();
                CloseList();
                html.Append("<table>\n<thead><tr>");
                foreach (var cell in TableCells(line)) html.Append("<th>").Append(Inline(cell)).Append("</th>");
                html.Append("</tr></thead>\n<tbody>\n");
                for (i += 2; i < lines.Length && lines[i].TrimStart().StartsWith('|'); i++)
                {
                    html.Append("<tr>");
                    foreach (var cell in TableCells(lines[i])) html.Append("<td>").Append(Inline(cell)).Append("</td>");
                    html.Append("</tr>\n");
                }
                i--;
                html.Append("</tbody>\n</table>\n");
                continue;
            }
            if (Heading.Match(line) is { Success: true } h)
            {
                CloseParagraph();
                CloseList();
                var level = h.Groups[1].Length;
                html.Append($"<h{level}>").Append(Inline(h.Groups[2].Value)).Append($"</h{level}>\n");
                continue;
            }
            if (Regex.IsMatch(line, @"^\s*([-*_])(\s*\1){2,}\s*$"))
            {
                CloseParagraph();
                CloseList();
                html.Append("<hr>\n");
                continue;
            }
            var bullet = Bullet.Match(line);
            var numbered = Numbered.Match(line);
            if (bullet.Success || numbered.Success)
            {
                CloseParagraph();
                var kind = bullet.Success ? "ul" : "ol";
                if (list != kind)
                {
                    CloseList();
                    html.Append('<').Append(kind).Append(">\n");
                    list = kind;
                }
                html.Append("<li>").Append(Inline((bullet.Success ? bullet : numbered).Groups[1].Value)).Append("</li>\n");
                continue;
            }
            if (line.TrimStart().StartsWith('>'))
            {
                CloseParagraph();
                CloseList();
                html.Append("<blockquote>").Append(Inline(line.TrimStart()[1..].Trim())).Append("</blockquote>\n");
                continue;
            }
            CloseList();
            paragraph.Add(line.Trim());
        }
        CloseParagraph();
        CloseList();
        return html.ToString();
    }

    private static IEnumerable<string> TableCells(string row)
    {
        var trimmed = row.Trim();
        if (trimmed.StartsWith('|')) trimmed = trimmed[1..];
        if (trimmed.EndsWith('|')) trimmed = trimmed[..^1];
        return trimmed.Split('|').Select(c => c.Trim());
    }

    /// <summary>Inline markup on one escaped line: `code`, **bold**, *italic* / _italic_, [text](url).</summary>
    public static string Inline(string text)
    {
        var parts = Regex.Split(text, "(`[^`]+`)");
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Length > 1 && part[0] == '`' && part[^1] == '`')
            {
                sb.Append("<code>").Append(WebUtility.HtmlEncode(part[1..^1])).Append("</code>");
                continue;
            }
            var s = WebUtility.HtmlEncode(part);
            s = Regex.Replace(s, @"\[([^\]]+)\]\(([^)\s]+)\)", m =>
            {
                var url = WebUtility.HtmlDecode(m.Groups[2].Value);
                var safe = Regex.IsMatch(url, @"^(https?:|mailto:|#|\.{0,2}/|[\w\-./]+$)", RegexOptions.IgnoreCase)
                           && !url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);
                return safe ? $"<a href=\"{WebUtility.HtmlEncode(url)}\">{m.Groups[1].Value}</a>" : m.Groups[1].Value;
            });
            s = Regex.Replace(s, @"\*\*(.+?)\*\*|__(.+?)__", m => $"<strong>{m.Groups[1].Value}{m.Groups[2].Value}</strong>");
            s = Regex.Replace(s, @"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)",
                m => $"<em>{m.Groups[1].Value}{m.Groups[2].Value}</em>");
            sb.Append(s);
        }
        return sb.ToString();
    }
}
