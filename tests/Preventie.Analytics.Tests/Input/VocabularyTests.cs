using Preventie.Analytics.Evidence;
using Preventie.Analytics.Input;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Portfolio;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Input;

/// <summary>
/// Issue 22, "loose vocabulary": <c>erkenning</c> (and <c>vorm</c>, <c>financiering</c>) accepts exactly the documented
/// words, case and accents aside; anything else is refused with "Bedoelt u …?" for a near miss; an effect row for an
/// activity the inventory does not hold is refused like a candidate row.
/// </summary>
public class VocabularyTests
{
    private static string Dir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-voc-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string EvidenceWithLevel(string level)
    {
        var dir = Dir();
        File.WriteAllText(Path.Combine(dir, EvidenceTable.EffectsFile),
            $"nr;vorm;type;van;naar;effect;erkenning;sd;bron;toelichting\n;universeel;overgang;zelfredzaam;tijdelijk_maatwerk;-0,1;{level};;;\n");
        File.WriteAllText(Path.Combine(dir, EvidenceTable.CandidatesFile), "nr;naam;kosten per jaar;betaler\n");
        return dir;
    }

    [Theory]
    [InlineData("super sterk", null)]
    [InlineData("geen sterke aanwijzingen", null)]
    [InlineData("niet onderbouwd", null)]
    [InlineData("sterk", null)]
    [InlineData("goed", null)]
    [InlineData("sterke aanwijzigen", "sterke aanwijzingen")]
    [InlineData("goede aanwijsingen", "goede aanwijzingen")]
    [InlineData("goed onderbouw", "goed onderbouwd")]
    [InlineData("nie erkend", "niet erkend")]
    public void An_undocumented_level_is_refused_with_a_suggestion_for_a_near_miss(string text, string? suggestion)
    {
        var dir = EvidenceWithLevel(text);
        var ex = Assert.Throws<DataValidationException>(() => EvidenceTable.Load(dir, Model.ModelFiles.Load(TestModels.DefaultModelDir)));
        var e = Assert.Single(ex.Errors);
        Assert.Equal((EvidenceTable.EffectsFile, 2, "erkenning", text), (Path.GetFileName(e.File), e.Row!.Value, e.Field, e.Value));
        Assert.Contains("onbekend erkenningsniveau", e.Message);
        if (suggestion is null) Assert.DoesNotContain("Bedoelt u", e.Message);
        else Assert.EndsWith($"Bedoelt u '{suggestion}'?", e.Message);
    }

    [Theory]
    [InlineData("sterke aanwijzingen", EvidenceLevel.SterkeAanwijzingen)]
    [InlineData("Sterke Aanwijzingen", EvidenceLevel.SterkeAanwijzingen)]
    [InlineData("effectief volgens sterke aanwijzingen", EvidenceLevel.SterkeAanwijzingen)]
    [InlineData("goede aanwijzingen", EvidenceLevel.GoedeAanwijzingen)]
    [InlineData("Effectief volgens goede aanwijzingen", EvidenceLevel.GoedeAanwijzingen)]
    [InlineData("eerste aanwijzingen", EvidenceLevel.EersteAanwijzingen)]
    [InlineData("goed onderbouwd", EvidenceLevel.GoedOnderbouwd)]
    [InlineData("GOED ONDERBOUWD", EvidenceLevel.GoedOnderbouwd)]
    [InlineData("niet erkend", EvidenceLevel.NietErkend)]
    [InlineData("", EvidenceLevel.NietErkend)]
    public void The_documented_levels_are_read_case_insensitively(string text, EvidenceLevel level)
    {
        var table = EvidenceTable.Load(EvidenceWithLevel(text), Model.ModelFiles.Load(TestModels.DefaultModelDir));
        Assert.Equal(level, Assert.Single(table.Effects).Level);
    }

    [Fact]
    public void Edit_distance_is_the_textbook_Levenshtein_distance()
    {
        Assert.Equal(3, Vocabulary.Distance("kitten", "sitting"));
        Assert.Equal(0, Vocabulary.Distance("", ""));
        Assert.Equal(4, Vocabulary.Distance("", "abcd"));
        Assert.Equal(2, Vocabulary.Distance("flaw", "lawn"));
    }

    [Theory]
    [InlineData("vorm", "universel", "universeel")]
    [InlineData("vorm", "geindicerd", "geïndiceerd")]
    [InlineData("financiering", "structureeel", "structureel")]
    [InlineData("financiering", "incidenteeel", "incidenteel")]
    public void An_inventory_form_or_financing_near_miss_gets_a_suggestion(string column, string value, string suggestion)
    {
        var path = Path.Combine(Dir(), "inventaris.csv");
        var form = column == "vorm" ? value : "universeel";
        var financing = column == "financiering" ? value : "structureel";
        File.WriteAllText(path, $"nr;naam;vorm;financiering;leeftijdsgroepen\n7;Buurtkamer;{form};{financing};65-79\n");
        var ex = Assert.Throws<DataValidationException>(() => InventoryLoader.Load(path));
        var e = Assert.Single(ex.Errors);
        Assert.Equal((2, value), (e.Row!.Value, e.Value));
        Assert.EndsWith($"Bedoelt u '{suggestion}'?", e.Message);
    }

    [Fact]
    public void An_effect_row_for_an_activity_that_is_not_in_the_inventory_is_refused_like_a_candidate_row()
    {
        var dir = Dir();
        var inventory = Path.Combine(dir, "inventaris.csv");
        File.WriteAllText(inventory, "nr;naam;vorm;leeftijdsgroepen;kosten per jaar;bereik;betaler\n7;Buurtkamer;universeel;65-79, 80+;20000;500;gemeente_preventie\n");
        File.WriteAllText(Path.Combine(dir, EvidenceTable.EffectsFile),
            "nr;vorm;type;van;naar;effect;erkenning;sd;bron;toelichting\n7;;overgang;zelfredzaam;tijdelijk_maatwerk;-0,1;eerste aanwijzingen;;;\n99;;overgang;zelfredzaam;tijdelijk_maatwerk;-0,2;eerste aanwijzingen;;;\n");
        File.WriteAllText(Path.Combine(dir, EvidenceTable.CandidatesFile), "nr;naam;kosten per jaar;betaler\n");
        var ex = Assert.Throws<DataValidationException>(() => CandidateSet.Load(TestModels.DefaultModelDir, TestModels.ScenarioDir, null, inventory, dir));
        var e = Assert.Single(ex.Errors);
        Assert.Equal((EvidenceTable.EffectsFile, 3, "nr", "99"), (Path.GetFileName(e.File), e.Row!.Value, e.Field, e.Value));
        Assert.Contains("staat niet in de inventaris", e.Message);
    }
}
