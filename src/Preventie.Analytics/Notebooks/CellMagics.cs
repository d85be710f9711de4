namespace Preventie.Analytics.Notebooks;

/// <summary>
/// The notebook magic commands the headless runner understands, taken out of a code cell before it is compiled:
/// <c>#!csharp</c> (the cell is C#; removed) and <c>#r "path"</c> (a reference, relative to the notebook's folder).
/// Every other magic (<c>#!fsharp</c>, <c>#!pwsh</c>, <c>#i</c>, <c>#r "nuget: …"</c>…) is refused with a Dutch
/// message, because the runner cannot honour it and silently skipping it would change the results.
/// </summary>
public static class CellMagics
{
    private static readonly string[] CSharpMagics = { "#!csharp", "#!c#", "#!C#" };

    /// <summary>The cell's C# code (magic lines blanked so line numbers stay right) and its <c>#r</c> paths.</summary>
    public static (string Code, IReadOnlyList<string> References) Extract(string source)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        var references = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                var magic = line.Split(' ', 2)[0];
                if (!CSharpMagics.Contains(magic, StringComparer.Ordinal))
                    throw new NotebookException(
                        $"Het magic-commando '{magic}' (regel {i + 1}) wordt niet ondersteund door 'preventie notebook run'; " +
                        "alleen C#-cellen met '#!csharp' en '#r \"pad\"' kunnen headless draaien.");
                lines[i] = string.Empty;
            }
            else if (line.StartsWith("#r ", StringComparison.Ordinal) || line.StartsWith("#r\"", StringComparison.Ordinal))
            {
                var path = QuotedArgument(line[2..].Trim(), i + 1);
                if (path.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
                    throw new NotebookException(
                        $"'#r \"{path}\"' (regel {i + 1}): NuGet-pakketten laden wordt niet ondersteund; verwijs naar de " +
                        "gebouwde bibliotheek, bijvoorbeeld #r \"../src/Preventie.Analytics/bin/Debug/net10.0/Preventie.Analytics.dll\".");
                references.Add(path);
                lines[i] = string.Empty;
            }
            else if (line.StartsWith("#i ", StringComparison.Ordinal))
            {
                throw new NotebookException($"Het magic-commando '#i' (regel {i + 1}) wordt niet ondersteund door 'preventie notebook run'.");
            }
        }
        return (string.Join("\n", lines), references);
    }

    private static string QuotedArgument(string text, int lineNumber)
    {
        var end = text.Length > 1 ? text.IndexOf('"', 1) : -1;
        if (!text.StartsWith('"') || end < 0)
            throw new NotebookException($"'#r' op regel {lineNumber} verwacht een pad tussen aanhalingstekens, bijvoorbeeld #r \"../pad/Bibliotheek.dll\".");
        return text[1..end];
    }
}
