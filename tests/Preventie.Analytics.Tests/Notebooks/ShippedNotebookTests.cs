using Preventie.Analytics.Notebooks;

namespace Preventie.Analytics.Tests.Notebooks;

/// <summary>
/// Every notebook shipped in notebooks/ must run headless without an error output and produce valid nbformat.
/// </summary>
[Collection(NotebookRunCollection.Name)]
public class ShippedNotebookTests
{
    public static string NotebooksFolder => Path.Combine(RepositoryRoot(), "notebooks");

    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(NotebooksFolder))
            foreach (var file in Directory.EnumerateFiles(NotebooksFolder, "*.ipynb").Order(StringComparer.Ordinal))
                data.Add(Path.GetFileName(file));
        return data;
    }

    [Fact]
    public void Notebooks_folder_exists()
    {
        // Without this, a moved or deleted folder would silently turn the theory below into zero cases.
        Assert.True(Directory.Exists(NotebooksFolder), $"Map met notebooks ontbreekt: {NotebooksFolder}");
    }

    [ShippedNotebookTheory]
    [MemberData(nameof(Notebooks))]
    public async Task Shipped_notebook_runs_headless_without_errors(string fileName)
    {
        var result = await NotebookRunner.RunFileAsync(Path.Combine(NotebooksFolder, fileName));

        Assert.True(result.Succeeded, $"{fileName}: {result.Failure?.CellDescription}: {result.Failure?.ErrorName}: {result.Failure?.Message}");
        var errors = result.Executed.Cells.SelectMany(c => c.Outputs).Where(o => o.OutputType == "error").ToList();
        Assert.Empty(errors);
        Assert.True(result.Executed.IndexOfTag(ParameterInjection.ParametersTag) >= 0, $"{fileName} heeft geen cel met de tag 'parameters'.");

        if (Nbformat.Available || Nbformat.RequiredByCi)
        {
            var dir = Path.Combine(Path.GetTempPath(), "preventie-nb-shipped");
            var path = Path.Combine(dir, Path.GetFileNameWithoutExtension(fileName) + ".uitgevoerd.ipynb");
            result.Executed.Save(path);
            Nbformat.AssertValid(path);
        }
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Preventie.Analytics.sln"))) return dir.FullName;
        throw new InvalidOperationException("Preventie.Analytics.sln niet gevonden boven " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// The shipped-notebooks theory; skipped (visibly, with a reason) only while notebooks/ holds no notebooks yet,
/// so that xunit does not report an empty theory as a failure.
/// </summary>
public sealed class ShippedNotebookTheoryAttribute : TheoryAttribute
{
    public ShippedNotebookTheoryAttribute()
    {
        if (ShippedNotebookTests.Notebooks().Count == 0)
            Skip = "notebooks/ bevat nog geen .ipynb-bestanden.";
    }
}
