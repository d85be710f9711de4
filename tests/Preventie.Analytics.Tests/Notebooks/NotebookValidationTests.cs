namespace Preventie.Analytics.Tests.Notebooks;

[Collection(NotebookRunCollection.Name)]
public class NotebookValidationTests(RunnerFixture runs)
{
    [NbformatFact]
    public void Executed_notebooks_are_valid_nbformat_4_5()
    {
        foreach (var (name, result) in new[] { ("werkend", runs.Default), ("geparametriseerd", runs.Injected), ("falend", runs.Failed) })
        {
            var path = Path.Combine(runs.Directory, name + ".uitgevoerd.ipynb");
            Preventie.Analytics.Notebooks.NotebookDocument.Save(result.Executed, path);
            Nbformat.AssertValid(path);
        }
    }

    [NbformatFact]
    public void Validator_rejects_an_invalid_notebook()
    {
        // Guards the guard: a markdown cell with outputs violates the schema.
        var path = Path.Combine(runs.Directory, "ongeldig.ipynb");
        File.WriteAllText(path, """
            {"cells":[{"cell_type":"markdown","id":"a","metadata":{},"source":"x","outputs":[]}],
             "metadata":{},"nbformat":4,"nbformat_minor":5}
            """);
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Nbformat.AssertValid(path));
    }
}
