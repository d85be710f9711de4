using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;

namespace Preventie.Analytics.Cli;

/// <summary>
/// The Dutch help text of every command (<c>preventie --help</c>, <c>preventie report --help</c>…). System.CommandLine
/// ships no Dutch resources and its help builder prints "Usage:" and "Options:", so the help is written here from the
/// command tree: what the command does, how to call it (required options spelled out), its arguments, options
/// (value kind, required, default) and subcommands.
/// </summary>
internal sealed class DutchHelp : SynchronousCommandLineAction
{
    /// <summary>The program name as users type it (the test host would otherwise name itself).</summary>
    public const string ProgramName = "preventie";

    public const string HelpDescription = "Toon deze hulp: wat de opdracht doet en welke opties er zijn";
    public const string VersionDescription = "Toon het versienummer";

    private const int Width = 120;

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        Console.Out.Write(Render(parseResult.CommandResult.Command));
        return 0;
    }

    /// <summary>The help text of <paramref name="command"/>.</summary>
    public static string Render(Command command)
    {
        var sb = new StringBuilder();
        var path = CommandPath(command);
        var aliases = command.Aliases.Count > 0 ? $" (ook: {string.Join(", ", command.Aliases)})" : "";
        sb.Append(path).Append(aliases).Append('\n');
        if (!string.IsNullOrWhiteSpace(command.Description)) Wrap(sb, command.Description!, 2, 2);

        sb.Append("\nGebruik:\n  ").Append(Usage(command)).Append('\n');

        if (command.Arguments.Count > 0)
        {
            sb.Append("\nArgumenten:\n");
            Rows(sb, command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{ArgumentName(a)}>", a.Description ?? "")));
        }

        var options = VisibleOptions(command).ToList();
        if (options.Count > 0)
        {
            sb.Append("\nOpties:\n");
            Rows(sb, options.Select(o => (OptionLabel(o), OptionDescription(o))));
        }

        var subcommands = command.Subcommands.Where(c => !c.Hidden).ToList();
        if (subcommands.Count > 0)
        {
            sb.Append("\nOpdrachten:\n");
            Rows(sb, subcommands.Select(c => (c.Aliases.Count > 0 ? $"{c.Name} ({string.Join(", ", c.Aliases)})" : c.Name, c.Description ?? "")));
            sb.Append($"\nMeer over een opdracht: {path} <opdracht> --help\n");
        }
        return sb.ToString();
    }

    /// <summary>"preventie monitor update".</summary>
    public static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is Command c; s = c.Parents.FirstOrDefault())
            names.Insert(0, c is RootCommand ? ProgramName : c.Name);
        if (names.Count == 0 || names[0] != ProgramName) names.Insert(0, ProgramName);
        return string.Join(" ", names);
    }

    /// <summary>The options that apply to <paramref name="command"/>: its own and the recursive ones of its parents (help, version).</summary>
    public static IEnumerable<Option> VisibleOptions(Command command)
    {
        var seen = new HashSet<Option>();
        foreach (var o in command.Options.Where(o => !o.Hidden)) if (seen.Add(o)) yield return o;
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
            foreach (var o in parent.Options.Where(o => o.Recursive && !o.Hidden))
                if (seen.Add(o)) yield return o;
    }

    private static string Usage(Command command)
    {
        var parts = new List<string> { CommandPath(command) };
        if (command.Subcommands.Count > 0) parts.Add(command.Action is null ? "<opdracht>" : "[<opdracht>]");
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => $"<{ArgumentName(a)}>"));
        parts.AddRange(command.Options.Where(o => o.Required && !o.Hidden).Select(o => $"{o.Name} <{ValueName(o)}>"));
        if (command.Options.Any(o => !o.Required && !o.Hidden)) parts.Add("[opties]");
        return string.Join(" ", parts);
    }

    /// <summary>"-s, --scenario &lt;bestand&gt;": short names first, then the name, then the other long aliases.</summary>
    public static string OptionLabel(Option option)
    {
        var names = option.Aliases.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && !a.StartsWith('/')).OrderBy(a => a.Length)
            .Append(option.Name)
            .Concat(option.Aliases.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a != option.Name))
            .Distinct();
        var label = string.Join(", ", names);
        return IsFlag(option) ? label : $"{label} <{ValueName(option)}>";
    }

    private static string OptionDescription(Option option)
    {
        var text = option is HelpOption ? HelpDescription : option is VersionOption ? VersionDescription : option.Description ?? "";
        if (option.Required) text = "(verplicht) " + text;
        if (option.HasDefaultValue && !IsFlag(option) && !text.Contains("standaard", StringComparison.OrdinalIgnoreCase)
            && DefaultText(option.GetDefaultValue()) is { Length: > 0 } shown)
            text += $" (standaard: {shown})";
        return text;
    }

    /// <summary>
    /// A default value as a user types it: a list as its items separated by commas (nothing for an empty list, never
    /// the .NET type name such as <c>System.String[]</c>), a number in Dutch notation, other values as text.
    /// </summary>
    internal static string? DefaultText(object? value) => value switch
    {
        null => null,
        string s => s,
        System.Collections.IEnumerable items => string.Join(", ", items.Cast<object?>().Select(DefaultText).Where(t => !string.IsNullOrEmpty(t))),
        IFormattable f => f.ToString(null, Formatting.DutchFormat.Culture),
        _ => value.ToString(),
    };

    /// <summary>True for options without a value (switches such as <c>--cdn</c>, help and version).</summary>
    public static bool IsFlag(Option option) =>
        option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool);

    /// <summary>What kind of value an option takes, in Dutch: "bestand", "map", "getal", "tekst"…</summary>
    public static string ValueName(Option option) => option.HelpName ?? KindName(option.ValueType);

    private static string ArgumentName(Argument argument) => argument.HelpName ?? KindName(argument.ValueType);

    /// <summary>A Dutch name for a value type, for the help text.</summary>
    public static string KindName(Type type)
    {
        type = Element(type);
        if (type == typeof(FileInfo)) return "bestand";
        if (type == typeof(DirectoryInfo)) return "map";
        if (type == typeof(FileSystemInfo)) return "bestand of map";
        if (type == typeof(int) || type == typeof(long)) return "geheel getal";
        if (type == typeof(double) || type == typeof(decimal)) return "getal";
        if (type.IsEnum) return string.Join("|", Enum.GetNames(type).Select(n => n.ToLowerInvariant()));
        return "tekst";
    }

    /// <summary>What a value of this type must look like, in Dutch, for parse errors: "een geheel getal, bijvoorbeeld 1000".</summary>
    public static string Expected(Type type)
    {
        type = Element(type);
        if (type == typeof(int) || type == typeof(long)) return "een geheel getal, bijvoorbeeld 1000";
        if (type == typeof(uint) || type == typeof(ulong)) return "een geheel getal van 0 of meer, bijvoorbeeld 20240101";
        if (type == typeof(double) || type == typeof(decimal)) return "een getal, bijvoorbeeld 0,5";
        if (type == typeof(bool)) return "true of false (of de optie weglaten)";
        if (type.IsEnum) return "een van: " + string.Join(", ", Enum.GetNames(type).Select(n => n.ToLowerInvariant()));
        if (type == typeof(FileInfo)) return "een bestandsnaam";
        if (type == typeof(DirectoryInfo)) return "een mapnaam";
        return "tekst";
    }

    private static Type Element(Type type)
    {
        if (type.IsArray) type = type.GetElementType()!;
        return Nullable.GetUnderlyingType(type) ?? type;
    }

    private static void Rows(StringBuilder sb, IEnumerable<(string Label, string Text)> rows)
    {
        var list = rows.ToList();
        var column = Math.Min(40, list.Max(r => r.Label.Length) + 4);
        foreach (var (label, text) in list)
        {
            sb.Append("  ").Append(label);
            if (label.Length + 2 >= column) { sb.Append('\n'); Wrap(sb, text, column, column); }
            else { sb.Append(' ', column - label.Length - 2); Wrap(sb, text, column, 0); }
        }
    }

    /// <summary>Appends <paramref name="text"/> wrapped at <see cref="Width"/>, continuation lines indented by <paramref name="indent"/>.</summary>
    private static void Wrap(StringBuilder sb, string text, int indent, int firstIndent)
    {
        sb.Append(' ', firstIndent);
        var column = indent;
        var first = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!first && column + 1 + word.Length > Width)
            {
                sb.Append('\n').Append(' ', indent);
                column = indent;
                first = true;
            }
            if (!first) { sb.Append(' '); column++; }
            sb.Append(word);
            column += word.Length;
            first = false;
        }
        sb.Append('\n');
    }
}
