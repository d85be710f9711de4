using Preventie.Analytics.Analysis;

namespace Preventie.Analytics.Reporting;

/// <summary>
/// "Waar investeren?" as its own document (<c>waar-investeren.html</c> at the top of the batch output, with
/// <c>.pdf</c>, <c>.xlsx</c> and <c>waar-investeren.json</c> beside it): the <see cref="InvestmentChapter"/> on the one
/// <see cref="BatchAnalysis.Investment"/> of the run, the full glossary, and the method in "Verantwoording". The advice
/// is for the whole set, so the scenario reports do not repeat it and the overview shows only its summary.
/// <code>
/// if (InvestmentDocument.Build(batch) is { } document) document.Save("waar-investeren.html");
/// </code>
/// </summary>
public static class InvestmentDocument
{
    /// <summary>The file name <c>batch</c> writes at the top of its output folder.</summary>
    public const string FileName = "waar-investeren.html";

    /// <summary>The advice as JSON beside it (<see cref="Output.PortfolioExport"/>).</summary>
    public const string JsonFileName = "waar-investeren.json";

    /// <summary>The document of <paramref name="batch"/>'s investment advice, or null when the run made none.</summary>
    public static ReportDocument? Build(BatchAnalysis batch)
    {
        if (batch.Investment is null) return null;
        return new ReportDocument("Waar investeren? De beste combinatie van preventieactiviteiten binnen het budget", batch.Metadata)
            .WithSubtitle("Voor alle scenario's samen, bij het overzicht voor de raad. Kosten, bereik en effecten van de activiteiten zijn aannames: de uitkomst is illustratief.")
            .WithDraws(batch.Options.HasPsa ? batch.Options.PsaDraws : null)
            .WithChapters(batch, [new InvestmentChapter(), new GlossaryChapter(full: true)]);
    }
}
