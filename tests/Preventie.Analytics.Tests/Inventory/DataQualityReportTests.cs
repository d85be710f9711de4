using Preventie.Analytics.Inventory;

namespace Preventie.Analytics.Tests.Inventory;

public class DataQualityReportTests
{
    private static readonly IReadOnlyList<Finding> Findings = DataQualityReport.Analyse(InventoryLoader.Load(InventoryTestFiles.Extract));

    private static IEnumerable<Finding> OfKind(string kind) => Findings.Where(f => f.Kind == kind);

    [Fact]
    public void Activity_without_goal_and_unknown_form_are_found()
    {
        // Row 21 of the seed table is file row 23 (comment line 1, header line 2); row 3 is file row 5.
        var noGoal = Assert.Single(OfKind("zonder-doel"));
        Assert.Equal(23, noGoal.Row);
        Assert.Equal("21. Omgaan met verlies", noGoal.Activity);
        var unknownForm = Assert.Single(OfKind("vorm-onbekend"));
        Assert.Equal("3. Automaatje", unknownForm.Activity);
    }

    [Fact]
    public void Open_questions_in_remarks_are_found()
    {
        // By hand: remarks with '?' or starting with "onduidelijk": rows 1 (Corona gerelateerd?), 2 (overlap met St Present?),
        // 5 (klopt effect?), 10, 11, 12 (onduidelijk welke wijk…). Row 7 "Corona gerelateerd" has no question mark.
        Assert.Equal(new[] { 1, 2, 5, 10, 11, 12 }, OfKind("open-vraag").Select(f => int.Parse(f.Activity!.Split('.')[0])));
        Assert.Contains(OfKind("open-vraag"), f => f.Message.Contains("mogelijke overlap met St Present"));
        Assert.Contains(OfKind("open-vraag"), f => f.Message.Contains("klopt effect?"));
    }

    [Fact]
    public void Likely_duplicates_by_intended_effect()
    {
        // 5's effect words are all in 4's effect (overlap 1); 16's effect contains 14's "stimuleren ontmoeting" (overlap 1);
        // 7 and 13 share "eenzaamheid verkleinen" (2 of 13's 3 content words: 0,67 ≥ 0,6).
        var pairs = OfKind("mogelijk-dubbel").Select(f => f.Message).ToList();
        Assert.Equal(3, pairs.Count);
        Assert.Contains(pairs, m => m.Contains("'4. Hap in het bakkie' en '5. Dierenvoedselbank'"));
        Assert.Contains(pairs, m => m.Contains("'14. Koffieochtend maandag en donderdag' en '16. Seniorenmiddag'"));
        Assert.Contains(pairs, m => m.Contains("'7. In de buurt' en '13. Samen eten'"));
    }

    [Fact]
    public void Similarity_measure_is_the_overlap_coefficient_of_content_words()
    {
        // {stimuleren, ontmoeting} vs {stimuleren, ontmoeting, sociaal, contact, woensdag, maand}: 2 / min(2, 6) = 1.
        Assert.Equal(1.0, TextSimilarity.Overlap("stimuleren ontmoeting", "stimuleren ontmoeting/sociaal contact 2e woensdag vd maand"));
        // {omgaan, verlies} vs {omgaan, financien}: 1 / 2.
        Assert.Equal(0.5, TextSimilarity.Overlap("Omgaan met verlies", "Omgaan met financiën"));
        Assert.Equal(0.0, TextSimilarity.Overlap("", "iets"));
    }

    [Fact]
    public void Goal_4_has_no_activity_and_missing_age_bands_are_reported_once()
    {
        Assert.Contains(OfKind("doel-zonder-activiteit"), f => f.Message.Contains("Doelstelling 4"));
        Assert.Single(OfKind("geen-leeftijdsgroepen"));
        Assert.Empty(OfKind("leeftijdsgroep-zonder-activiteit"));
    }

    [Fact]
    public void Age_bands_without_activity_per_goal_are_listed_when_bands_are_filled_in()
    {
        var path = InventoryTestFiles.WriteCsv("leeftijd.csv",
            "naam;vorm;doel 1;doel 2;leeftijdsgroepen\n" +
            "A;universeel;X;;0-3, 4-12, 13-17, 18-27\n" +
            "B;selectief;X;X;28-44, 45-64, 65-79, inwoners algemeen\n");
        var findings = DataQualityReport.Analyse(InventoryLoader.Load(path));
        var missing = findings.Where(f => f.Kind == "leeftijdsgroep-zonder-activiteit").Select(f => f.Message).ToList();
        // Goal 1 lacks only 80+; goal 2 (only B) lacks 0-3, 4-12, 13-17, 18-27 and 80+: 1 + 5 = 6.
        Assert.Equal(6, missing.Count);
        Assert.Single(missing, m => m.Contains("Doelstelling 1") && m.Contains("80 jaar en ouder"));
        Assert.Equal(5, missing.Count(m => m.Contains("Doelstelling 2")));
    }
}
