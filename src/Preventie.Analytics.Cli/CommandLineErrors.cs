using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Preventie.Analytics.Cli;

/// <summary>
/// The one handler for command-line mistakes of every command: a missing or unknown option, a value of the wrong kind, a
/// missing argument or command. System.CommandLine reports these in English only (it has no Dutch resources), so each of
/// its messages is recognised here and written again in Dutch, naming the option and what is allowed. Messages that are
/// not System.CommandLine's own (a command's validators) are Dutch already and are passed on unchanged.
/// </summary>
internal static partial class CommandLineErrors
{
    /// <summary>The exit code of a command-line mistake (the same as for bad input files).</summary>
    public const int ExitCode = 2;

    /// <summary>Writes the errors of <paramref name="result"/> in Dutch to <paramref name="error"/> and returns <see cref="ExitCode"/>.</summary>
    public static int Report(ParseResult result, TextWriter error)
    {
        var command = result.CommandResult.Command;
        var errors = result.Errors.ToList();
        // "no command given" next to an unknown command says the same twice
        if (errors.Any(e => Unrecognised().IsMatch(e.Message) || NotMatched().IsMatch(e.Message)))
            errors.RemoveAll(e => CommandMissing().IsMatch(e.Message));
        var messages = errors.Select(e => Translate(e, command)).Distinct().ToList();
        error.WriteLine(messages.Count == 1 ? "Fout in de opdrachtregel:" : $"{messages.Count} fouten in de opdrachtregel:");
        foreach (var m in messages) error.WriteLine("  - " + m);
        error.WriteLine($"Er is niets uitgevoerd. Alle opties: {DutchHelp.CommandPath(command)} --help");
        return ExitCode;
    }

    /// <summary>One System.CommandLine error in Dutch.</summary>
    public static string Translate(ParseError error, Command command)
    {
        var message = error.Message;
        Match m;
        if ((m = OptionRequired().Match(message)).Success)
        {
            var option = FindOption(command, m.Groups[1].Value);
            return $"de optie {m.Groups[1].Value} ontbreekt; die is verplicht" + (option is null ? "." : $" ({Describe(option)}).");
        }
        if ((m = OptionValueMissing().Match(message)).Success)
        {
            var option = FindOption(command, m.Groups[1].Value);
            return $"na de optie {m.Groups[1].Value} hoort een waarde" + (option is null ? "." : $": {DutchHelp.Expected(option.ValueType)} ({Describe(option)}).");
        }
        if ((m = CommandArgumentMissing().Match(message)).Success)
        {
            var arguments = command.Arguments.Select(a => $"<{a.HelpName ?? DutchHelp.KindName(a.ValueType)}>" +
                                                          (string.IsNullOrWhiteSpace(a.Description) ? "" : $" ({a.Description!.TrimEnd('.')})"));
            return $"'{DutchHelp.CommandPath(command)}' mist een argument: {string.Join(", ", arguments)}.";
        }
        if ((m = CannotParseForOption().Match(message)).Success)
        {
            var option = FindOption(command, m.Groups[2].Value);
            var expected = option is null ? "een andere waarde" : DutchHelp.Expected(option.ValueType);
            return $"de optie {m.Groups[2].Value} kreeg '{m.Groups[1].Value}', maar verwacht {expected}.";
        }
        if ((m = CannotParseForCommand().Match(message)).Success)
            return $"'{m.Groups[1].Value}' is geen geldige waarde voor '{DutchHelp.CommandPath(command)}'; verwacht: {ExpectedFromTypeName(m.Groups[3].Value)}.";
        if ((m = CannotParse().Match(message)).Success)
            return $"'{m.Groups[1].Value}' is geen geldige waarde; verwacht: {ExpectedFromTypeName(m.Groups[2].Value)}.";
        if ((m = Unrecognised().Match(message)).Success || (m = NotMatched().Match(message)).Success)
            return Unknown(m.Groups[1].Value, command);
        if ((m = ExpectsOne().Match(message)).Success)
            return $"de optie {m.Groups[1].Value} mag maar één waarde krijgen, maar kreeg er {m.Groups[2].Value}.";
        if ((m = NotOneOf().Match(message)).Success)
            return $"'{m.Groups[1].Value}' is niet toegestaan; kies uit: {string.Join(", ", m.Groups[2].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))}.";
        if (CommandMissing().IsMatch(message))
            return $"geef een opdracht na '{DutchHelp.CommandPath(command)}': {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))}.";
        if ((m = FileMissing().Match(message)).Success) return $"bestand niet gevonden: '{m.Groups[1].Value}'.";
        if ((m = DirectoryMissing().Match(message)).Success) return $"map niet gevonden: '{m.Groups[1].Value}'.";
        if ((m = FileOrDirectoryMissing().Match(message)).Success) return $"bestand of map niet gevonden: '{m.Groups[1].Value}'.";
        if ((m = BadPathCharacter().Match(message)).Success) return $"dit teken mag niet in een {(m.Groups[1].Value == "file name" ? "bestandsnaam" : "pad")}: '{m.Groups[2].Value}'.";
        if ((m = ResponseFileMissing().Match(message)).Success) return $"antwoordbestand niet gevonden: '{m.Groups[1].Value}'.";
        if ((m = ResponseFileUnreadable().Match(message)).Success) return $"antwoordbestand '{m.Groups[1].Value}' is niet te lezen: {m.Groups[2].Value}.";
        if ((m = NotCombinable().Match(message)).Success) return $"de optie {m.Groups[1].Value} kan niet samen met andere opties of argumenten.";
        return message;
    }

    /// <summary>An unknown option or surplus argument, with the options that are allowed and the closest match.</summary>
    private static string Unknown(string token, Command command)
    {
        var path = DutchHelp.CommandPath(command);
        if (token.StartsWith('-'))
        {
            var names = DutchHelp.VisibleOptions(command).Select(o => o.Name).ToList();
            var closest = Closest(token, DutchHelp.VisibleOptions(command).SelectMany(o => o.Aliases.Prepend(o.Name)));
            return $"onbekende optie {token} bij '{path}'." + (closest is null ? "" : $" Bedoelt u {closest}?") +
                   $" Toegestaan: {string.Join(", ", names)}.";
        }
        var subcommands = command.Subcommands.Where(c => !c.Hidden).ToList();
        if (subcommands.Count > 0)
        {
            var closest = Closest(token, subcommands.SelectMany(c => c.Aliases.Prepend(c.Name)));
            return $"onbekende opdracht '{token}' bij '{path}'." + (closest is null ? "" : $" Bedoelt u {closest}?") +
                   $" Mogelijk: {string.Join(", ", subcommands.Select(c => c.Name))}.";
        }
        return command.Arguments.Count == 0
            ? $"'{path}' verwacht geen los argument, maar kreeg '{token}'; waarden horen na een optie (bijvoorbeeld --out {token})."
            : $"'{path}' kreeg een argument te veel: '{token}'.";
    }

    /// <summary>The candidate within edit distance 2 of <paramref name="token"/>, or null.</summary>
    private static string? Closest(string token, IEnumerable<string> candidates) =>
        candidates.Select(c => (Name: c, Distance: Distance(token, c))).Where(x => x.Distance <= 2)
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal).Select(x => x.Name).FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1));
        return d[a.Length, b.Length];
    }

    private static Option? FindOption(Command command, string name) =>
        DutchHelp.VisibleOptions(command).FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));

    private static string Describe(Option option) =>
        string.IsNullOrWhiteSpace(option.Description) ? DutchHelp.ValueName(option) : option.Description!.TrimEnd('.');

    /// <summary>What a value must look like, from System.CommandLine's type name (e.g. <c>System.Nullable`1[System.Int32]</c>).</summary>
    private static string ExpectedFromTypeName(string typeName) =>
        typeName.Contains("Int32") || typeName.Contains("Int64") ? "een geheel getal"
        : typeName.Contains("Double") || typeName.Contains("Decimal") ? "een getal"
        : typeName.Contains("Boolean") ? "true of false"
        : "een andere waarde";

    [GeneratedRegex(@"^Option '(.+)' is required\.$")] private static partial Regex OptionRequired();
    [GeneratedRegex(@"^Required argument missing for option: '(.+)'\.$")] private static partial Regex OptionValueMissing();
    [GeneratedRegex(@"^Required argument missing for command: '(.+)'\.$")] private static partial Regex CommandArgumentMissing();
    [GeneratedRegex(@"^Cannot parse argument '(.*)' for option '(.+)' as expected type '(.+?)'\.", RegexOptions.Singleline)] private static partial Regex CannotParseForOption();
    [GeneratedRegex(@"^Cannot parse argument '(.*)' for command '(.+)' as expected type '(.+?)'\.", RegexOptions.Singleline)] private static partial Regex CannotParseForCommand();
    [GeneratedRegex(@"^Cannot parse argument '(.*)' as expected type '(.+?)'\.")] private static partial Regex CannotParse();
    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.$")] private static partial Regex Unrecognised();
    [GeneratedRegex(@"^'(.*)' was not matched\.", RegexOptions.Singleline)] private static partial Regex NotMatched();
    [GeneratedRegex(@"^Option '(.+)' expects a single argument but (\d+) were provided\.$")] private static partial Regex ExpectsOne();
    [GeneratedRegex(@"^Argument '(.*)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline)] private static partial Regex NotOneOf();
    [GeneratedRegex(@"^Required command was not provided\.$")] private static partial Regex CommandMissing();
    [GeneratedRegex(@"^File does not exist: '(.*)'\.$")] private static partial Regex FileMissing();
    [GeneratedRegex(@"^Directory does not exist: '(.*)'\.$")] private static partial Regex DirectoryMissing();
    [GeneratedRegex(@"^File or directory does not exist: '(.*)'\.$")] private static partial Regex FileOrDirectoryMissing();
    [GeneratedRegex(@"^Character not allowed in a (file name|path): '(.*)'\.$")] private static partial Regex BadPathCharacter();
    [GeneratedRegex(@"^Response file not found '(.*)'\.$")] private static partial Regex ResponseFileMissing();
    [GeneratedRegex(@"^Error reading response file '(.*)': (.*)$", RegexOptions.Singleline)] private static partial Regex ResponseFileUnreadable();
    [GeneratedRegex(@"^(.+) option cannot be combined with other arguments\.$")] private static partial Regex NotCombinable();
}
