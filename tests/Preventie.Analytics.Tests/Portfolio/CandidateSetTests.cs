using Preventie.Analytics.Evidence;
using Preventie.Analytics.Input;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Portfolio;
using Preventie.Analytics.Tests.Simulation;

namespace Preventie.Analytics.Tests.Portfolio;

public class CandidateSetTests
{
    internal static string Data => Path.Combine(TestModels.RepoRoot, "data");

    internal static CandidateSet Shipped() => CandidateSet.Load(TestModels.DefaultModelDir, TestModels.ScenarioDir, null,
        Path.Combine(Data, "inventory", "deventer-2022-extract.csv"), Path.Combine(Data, "evidence"));

    [Fact]
    public void Shipped_candidates_are_the_scenario_interventions_plus_the_inventory_activities_with_evidence()
    {
        var set = Shipped();
        // 3 in the baseline, 6 more in the other scenarios (jonge-kind, presentie, voorliggend, wijkpilot, fonds and the
        // scaled-up vroegsignalering of stoppen-en-opschalen), 17 inventory activities with cost and effects
        Assert.Equal(3, set.Candidates.Count(c => c.Origin == CandidateOrigin.Huidig));
        Assert.Equal(6, set.Candidates.Count(c => c.Origin == CandidateOrigin.Scenario));
        Assert.Equal(17, set.Candidates.Count(c => c.Origin == CandidateOrigin.Inventaris));
        Assert.Equal(900_000, set.CostPerYear(set.CurrentScales), 6);
        // activities without cost or effect data are listed, not invented
        Assert.Equal(["3. Automaatje", "6. Kledingruil jonge moeders", "9. Burendag", "10. Bakfiets", "11. Werkgelegenheid en zichtbaarheid", "21. Omgaan met verlies"],
            set.Unavailable.Select(u => u.Activity));
        Assert.All(set.Unavailable, u => Assert.Contains("kosten per jaar", u.Missing));
        // every inventory value without a source is an assumption
        Assert.All(set.Candidates.Where(c => c.Origin == CandidateOrigin.Inventaris), c => Assert.True(c.IsAssumption));
        Assert.All(set.EvidenceParameters, p => Assert.True(p.IsAssumption));
    }

    [Fact]
    public void Evidence_level_sets_the_prior_width_and_reach_is_residents_over_band_population()
    {
        var set = Shipped();
        var wel = set.Candidates.Single(c => c.Name == "Wel Thuis");
        Assert.Equal(EvidenceLevel.GoedeAanwijzingen, wel.Level);
        var effect = set.Model.Parameters.All.Single(p => p.Name == "effect_inv20_1");
        Assert.Equal(DistributionKind.Normal, effect.Distribution!.Kind);
        Assert.Equal(0.40, effect.Distribution.Arguments[0], 12);
        Assert.Equal(0.3 * 0.40, effect.Distribution.Arguments[1], 12); // 30% for "goede aanwijzingen"
        var opvoed = set.Model.Parameters.All.Single(p => p.Name == "effect_inv22_1");
        Assert.Equal(0.15 * 0.30, opvoed.Distribution!.Arguments[1], 12); // 15% for "sterke aanwijzingen"
        // 120 residents per year of 18-64: 13,153 + 23,339 + 27,458 inhabitants
        Assert.Equal(120.0 / (13153 + 23339 + 27458), set.Model.Parameters.All.Single(p => p.Name == "bereik_inv20").Value, 12);
    }

    [Fact]
    public void Scaling_multiplies_reach_and_costs()
    {
        var set = Shipped();
        var scales = new double[set.Candidates.Count];
        var i = set.Candidates.ToList().FindIndex(c => c.Name == "Vroegsignalering schulden");
        scales[i] = 1.5;
        var scenario = set.Build(scales, "test");
        var iv = Assert.Single(scenario.Interventions);
        var v = set.Model.Parameters.DefaultVector();
        Assert.Equal(1.5 * 300_000, iv.Costs.Single().AmountPerYear.Expression.Evaluate(v), 6);
        Assert.Equal(1.5 * 0.1, iv.Reach.Expression.Evaluate(v), 12);
        Assert.Equal(450_000, set.CostPerYear(scales), 6);
    }

    [Fact]
    public void An_inventory_row_with_cost_reach_bands_and_payer_becomes_a_candidate_with_the_effect_of_its_form()
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-inv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var inventory = Path.Combine(dir, "inventaris.csv");
        File.WriteAllText(inventory, "nr;naam;vorm;leeftijdsgroepen;kosten per jaar;bereik;betaler\n" +
            "7;Buurtkamer;universeel;65-79, 80+;20000;500;gemeente_preventie\n" +
            "8;Zonder betaler;universeel;65-79;10.000;100;\n");
        File.WriteAllText(Path.Combine(dir, EvidenceTable.EffectsFile),
            "nr;vorm;type;van;naar;effect;erkenning;sd;bron;toelichting\n;universeel;overgang;zelfredzaam;tijdelijk_maatwerk;-0,1;eerste aanwijzingen;;;\n");
        File.WriteAllText(Path.Combine(dir, EvidenceTable.CandidatesFile), "nr;naam;kosten per jaar;betaler\n");
        var set = CandidateSet.Load(TestModels.DefaultModelDir, TestModels.ScenarioDir, null, inventory, dir);
        var c = set.Candidates.Single(x => x.Origin == CandidateOrigin.Inventaris);
        Assert.Equal("Buurtkamer", c.Name);
        Assert.Equal(20_000, c.CostPerYear, 6);
        Assert.Equal(EvidenceLevel.EersteAanwijzingen, c.Level);
        Assert.Equal(500.0 / (14954 + 4985), set.Model.Parameters.All.Single(p => p.Name == "bereik_inv7").Value, 12);
        Assert.Equal(0.5 * 0.1, set.Model.Parameters.All.Single(p => p.Name == "effect_inv7_1").Distribution!.Arguments[1], 12);
        Assert.Equal(["betaler"], set.Unavailable.Single().Missing);
    }

    [Fact]
    public void An_inventory_payer_that_is_not_in_the_models_betalers_csv_is_a_row_error_listing_the_codes()
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-inv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var inventory = Path.Combine(dir, "inventaris.csv");
        File.WriteAllText(inventory, "nr;naam;vorm;leeftijdsgroepen;kosten per jaar;bereik;betaler\n7;Buurtkamer;universeel;65-79, 80+;20000;500;gemeente_sport\n");
        File.WriteAllText(Path.Combine(dir, EvidenceTable.EffectsFile),
            "nr;vorm;type;van;naar;effect;erkenning;sd;bron;toelichting\n;universeel;overgang;zelfredzaam;tijdelijk_maatwerk;-0,1;eerste aanwijzingen;;;\n");
        File.WriteAllText(Path.Combine(dir, EvidenceTable.CandidatesFile), "nr;naam;kosten per jaar;betaler\n");
        var ex = Assert.Throws<DataValidationException>(() => CandidateSet.Load(TestModels.DefaultModelDir, TestModels.ScenarioDir, null, inventory, dir));
        var e = Assert.Single(ex.Errors);
        Assert.Equal((inventory, 2, "betaler", "gemeente_sport"), (e.File, e.Row!.Value, e.Field, e.Value));
        Assert.Contains("onbekende betaler (geldig: gemeente_wmo, gemeente_jeugdwet, gemeente_participatiewet, gemeente_preventie, zvw, wlz, rijk, inwoners", e.Message);
    }

    [Fact]
    public void Bad_evidence_rows_are_reported_all_at_once_with_file_row_field_and_value()
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-ev-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, EvidenceTable.EffectsFile),
            "nr;vorm;type;van;naar;effect;erkenning;sd;bron;toelichting\n1;;overgang;zelfredzaam;tijdelijk_maatwerk;-1,5;niet erkend;;;\n2;;sprong;zelfredzaam;nergens;x;heel goed;-1;;\n");
        File.WriteAllText(Path.Combine(dir, EvidenceTable.CandidatesFile),
            "nr;naam;kosten per jaar;betaler;bereik;leeftijdsgroepen\n1;Deventer belt;-5;gemeente_onbekend;10;0-3\n");
        var ex = Assert.Throws<DataValidationException>(() => EvidenceTable.Load(dir, Model.ModelFiles.Load(TestModels.DefaultModelDir)));
        var text = string.Join("\n", ex.Errors.Select(e => e.ToString()));
        Assert.Contains("effecten.csv, rij 2, kolom 'effect', waarde '-1,5'", text);
        Assert.Contains("rij 3, kolom 'type', waarde 'sprong'", text);
        Assert.Contains("kolom 'naar', waarde 'nergens'", text);
        Assert.Contains("kolom 'erkenning', waarde 'heel goed'", text);
        Assert.Contains("kolom 'sd', waarde '-1'", text);
        Assert.Contains("kandidaten.csv, rij 2, kolom 'kosten per jaar', waarde '-5'", text);
        Assert.Contains("kolom 'betaler', waarde 'gemeente_onbekend'", text);
    }
}
