using System.Text;
using System.Text.RegularExpressions;

namespace Preventie.Analytics.Tests.Docs;

/// <summary>One <c>preventie</c> command line from a <c>```bash</c> block of a markdown guide.</summary>
/// <param name="Line">The 1-based line of the guide where the command starts.</param>
/// <param name="Text">The command as written (continuation lines joined).</param>
/// <param name="Args">The arguments after <c>preventie</c> (or after <c>dotnet run --project src/Preventie.Analytics.Cli --</c>).</param>
/// <param name="Literal">False when the line uses shell syntax (variables, pipes, redirections, globs, an open quote),
/// so it could not be run as written.</param>
/// <param name="Marker">The HTML comment right above the block (<c>&lt;!-- … --&gt;</c>), or null.</param>
internal sealed record GuideCommand(int Line, string Text, IReadOnlyList<string> Args, bool Literal, string? Marker);

/// <summary>
/// Reads the <c>preventie</c> commands out of a markdown guide the way a reader copies them into a terminal: only
/// fenced <c>bash</c> blocks (also when indented in a list), lines joined at a trailing <c>\</c>, <c>#</c> comments
/// dropped, words split as the shell does for plain quoted text.
/// </summary>
internal static partial class GuideCommands
{
    private static readonly string[] DotnetRun = { "dotnet", "run", "--project", "src/Preventie.Analytics.Cli", "--" };

    public static IReadOnlyList<GuideCommand> Read(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var commands = new List<GuideCommand>();
        string? lastTextLine = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (!trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                if (trimmed.Length > 0) lastTextLine = trimmed;
                continue;
            }
            var language = trimmed[3..].Trim();
            var marker = lastTextLine is { } above && above.StartsWith("<!--", StringComparison.Ordinal) ? above : null;
            var start = i + 1;
            for (i = start; i < lines.Length && !lines[i].Trim().StartsWith("```", StringComparison.Ordinal); i++) { }
            if (language == "bash") commands.AddRange(InBlock(lines, start, i, marker));
            lastTextLine = null;
        }
        return commands;
    }

    /// <summary>Every path in inline code (<c>`out/…`</c>) of the guide: the files and folders it says appear.</summary>
    public static IReadOnlyList<string> InlinePaths(string markdown) =>
        InlineCode().Matches(markdown).Select(m => m.Groups[1].Value).Where(p => p.Contains('/')).Distinct().ToList();

    private static IEnumerable<GuideCommand> InBlock(string[] lines, int from, int to, string? marker)
    {
        for (var i = from; i < to; i++)
        {
            var first = i;
            var text = new StringBuilder();
            var line = lines[i].Trim();
            while (line.EndsWith('\\') && i + 1 < to)
            {
                text.Append(line[..^1].TrimEnd()).Append(' ');
                line = lines[++i].Trim();
            }
            text.Append(line);
            var (words, literal) = Words(text.ToString());
            IReadOnlyList<string>? args =
                words.Count > 0 && words[0] == "preventie" ? words.Skip(1).ToList()
                : words.Count >= DotnetRun.Length && words.Take(DotnetRun.Length).SequenceEqual(DotnetRun) ? words.Skip(DotnetRun.Length).ToList()
                : null;
            if (args is not null) yield return new GuideCommand(first + 1, text.ToString(), args, literal, marker);
        }
    }

    /// <summary>The words of a command line as the shell splits plain text; <c>Literal</c> is false on shell syntax.</summary>
    internal static (List<string> Words, bool Literal) Words(string line)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        var literal = true;
        var quote = '\0';
        foreach (var ch in line)
        {
            if (quote != '\0')
            {
                if (ch == quote) quote = '\0';
                else
                {
                    if (quote == '"' && ch is '$' or '`') literal = false;
                    current.Append(ch);
                }
                continue;
            }
            if (ch is '\'' or '"')
            {
                quote = ch;
                inWord = true;
                continue;
            }
            if (char.IsWhiteSpace(ch))
            {
                if (inWord) words.Add(current.ToString());
                current.Clear();
                inWord = false;
                continue;
            }
            if (ch == '#' && !inWord) break;
            if ("$<>|;&*?`()\\".Contains(ch)) literal = false;
            current.Append(ch);
            inWord = true;
        }
        if (quote != '\0') literal = false;
        if (inWord) words.Add(current.ToString());
        return (words, literal);
    }

    [GeneratedRegex(@"`([^`\s]+)`")]
    private static partial Regex InlineCode();
}
