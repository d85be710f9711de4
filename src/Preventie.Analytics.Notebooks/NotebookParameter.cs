using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Notebooks;

/// <summary>The C# types a notebook parameter can have.</summary>
public enum NotebookParameterType
{
    /// <summary>Text (<c>string</c>).</summary>
    String,
    /// <summary>A whole number (<c>int</c>).</summary>
    Int,
    /// <summary>A number (<c>double</c>).</summary>
    Double,
    /// <summary>True or false (<c>bool</c>).</summary>
    Bool,
}

/// <summary>
/// A parameter declared in the cell tagged <c>parameters</c> (papermill convention), e.g.
/// <c>int jaar = 2024;</c> or <c>var dataPad = "../data/inventaris.csv";</c>. The declared type decides how a
/// <c>-p name=value</c> from the command line is turned into C#.
/// </summary>
/// <param name="Name">The variable name.</param>
/// <param name="Type">The kind of value.</param>
/// <param name="TypeKeyword">The C# type keyword of the injected declaration ("int", "long", "double", "decimal", "float", "string", "bool").</param>
/// <param name="DefaultExpression">The expression in the parameters cell.</param>
public sealed record NotebookParameter(string Name, NotebookParameterType Type, string TypeKeyword, string DefaultExpression)
{
    private static readonly Regex DeclarationPattern = new(
        @"^\s*(?<type>var|string|int|long|double|decimal|float|bool)\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?<value>.+?)\s*;\s*(//.*)?$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>The parameters declared in a parameters cell's source, in order.</summary>
    public static IReadOnlyList<NotebookParameter> ParseDeclarations(string source)
    {
        var result = new List<NotebookParameter>();
        foreach (Match m in DeclarationPattern.Matches(source.Replace("\r\n", "\n")))
        {
            var value = m.Groups["value"].Value;
            var keyword = m.Groups["type"].Value;
            if (keyword == "var") keyword = InferKeyword(value);
            NotebookParameterType? type = keyword switch
            {
                "string" => NotebookParameterType.String,
                "int" or "long" => NotebookParameterType.Int,
                "double" or "decimal" or "float" => NotebookParameterType.Double,
                "bool" => NotebookParameterType.Bool,
                _ => null,
            };
            if (type is { } t) result.Add(new NotebookParameter(m.Groups["name"].Value, t, keyword!, value));
        }
        return result;
    }

    /// <summary>
    /// The C# literal for a command-line value of this parameter's type. Throws <see cref="NotebookException"/>
    /// with a Dutch message when the value does not fit the type.
    /// </summary>
    public string ToLiteral(string value)
    {
        switch (Type)
        {
            case NotebookParameterType.String:
                return SymbolDisplay.FormatLiteral(value, quote: true);
            case NotebookParameterType.Int:
                if (long.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                    && (TypeKeyword == "long" || l is >= int.MinValue and <= int.MaxValue))
                    return l.ToString(CultureInfo.InvariantCulture) + (TypeKeyword == "long" ? "L" : string.Empty);
                throw Invalid(value, "een geheel getal (bijvoorbeeld 2030)");
            case NotebookParameterType.Double:
                if (DutchNumber.TryParse(value, out var d) && double.IsFinite(d))
                    return d.ToString("R", CultureInfo.InvariantCulture) + TypeKeyword switch { "decimal" => "m", "float" => "f", _ => "d" };
                throw Invalid(value, "een getal (bijvoorbeeld 0,25 of 0.25)");
            case NotebookParameterType.Bool:
                return value.Trim().ToLowerInvariant() switch
                {
                    "true" or "waar" or "ja" or "1" => "true",
                    "false" or "onwaar" or "nee" or "0" => "false",
                    _ => throw Invalid(value, "true/false (of ja/nee)"),
                };
            default:
                throw new InvalidOperationException(Type.ToString());
        }
    }

    /// <summary>The injected declaration, e.g. <c>int jaar = 2030;</c>.</summary>
    public string Declaration(string value) => $"{TypeKeyword} {Name} = {ToLiteral(value)};";

    private NotebookException Invalid(string value, string expected) =>
        new($"Parameter '{Name}': waarde '{value}' is geen geldige waarde; verwacht {expected}.");

    private static string? InferKeyword(string literal)
    {
        var v = literal.Trim();
        if (v.StartsWith('"') || v.StartsWith("@\"") || v.StartsWith("$\"")) return "string";
        if (v is "true" or "false") return "bool";
        if (Regex.IsMatch(v, @"^-?\d+$")) return "int";
        if (Regex.IsMatch(v, @"^-?\d+[lL]$")) return "long";
        var real = Regex.Match(v, @"^-?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?(?<suffix>[dDmMfF]?)$");
        if (!real.Success) return null;
        return real.Groups["suffix"].Value.ToLowerInvariant() switch { "m" => "decimal", "f" => "float", _ => "double" };
    }
}
