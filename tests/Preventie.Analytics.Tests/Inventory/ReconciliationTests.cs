using Preventie.Analytics.Inventory;

namespace Preventie.Analytics.Tests.Inventory;

/// <summary>
/// The inconsistencies in the published Deventer pivots, found by reading seed 000 by hand (line numbers are seed lines).
/// </summary>
public class ReconciliationTests
{
    private static readonly PublishedFigures Published = PublishedFigures.Load(InventoryTestFiles.Published);
    private static readonly IReadOnlyList<Finding> Internal = Reconciliation.CheckInternal(Published);

    private static List<Finding> OfKind(string kind) => Internal.Where(f => f.Kind == kind).ToList();

    private static int FirstLine(Finding f) => int.Parse(f.SourceLine!.Split(',')[0]);

    [Fact]
    public void Published_file_holds_all_14_pivots()
    {
        Assert.Equal(14, Published.Pivots.Count);
        Assert.Equal(24, Published.Find("doel-1", "waarden", "activiteiten")!.Value);
        Assert.Equal(0.54, Published.Find("doel-1", "financiering-pct", "structureel")!.Value!.Value, 10);
        Assert.Null(Published.Find("doel-1", "waarden", "beide")!.Value); // empty cell in the seed (line 539)
    }

    [Fact]
    public void Form_counts_exceed_the_number_of_activities_in_every_pivot()
    {
        // Hand sums (universeel + selectief + geïndiceerd + onbekend vs activities), first line = the activity count line:
        var expected = new Dictionary<int, (int Sum, int N)>
        {
            [532] = (4 + 8 + 2 + 14, 24), [592] = (20 + 25 + 3 + 6, 41), [646] = (19 + 15 + 2 + 1, 27), [701] = (11 + 10 + 1 + 3, 19),
            [751] = (15 + 9 + 9 + 9, 26), [794] = (9 + 11, 12), [839] = (10 + 14 + 1, 16), [883] = (10 + 13 + 3 + 2, 19),
            [927] = (6 + 7 + 4 + 4, 11), [971] = (6 + 7 + 4 + 4, 13), [1017] = (5 + 5 + 4 + 4, 11), [1061] = (4 + 4 + 4 + 4, 10),
            [1105] = (4 + 4, 6), [1148] = (9 + 16 + 9 + 9, 28),
        };
        var found = OfKind("vormen-groter-dan-aantal");
        Assert.Equal(expected.Keys.Order(), found.Select(FirstLine).Order());
        foreach (var f in found)
        {
            var (sum, n) = expected[FirstLine(f)];
            Assert.Contains($"= {sum}) zijn samen meer dan het aantal activiteiten ({n})", f.Message);
        }
    }

    [Fact]
    public void Financing_percentages_that_do_not_match_the_counts()
    {
        // Hand check: published % vs count/activities, more than half a point off. Line of each wrong percentage:
        // doel 3 (27 act.: 12,11,2,2 → 44,4/40,7/7,4/7,4 vs 48/38/10/5): 667-670
        // doel 4 (19 act.: 8,8,1,2 → 42,1/42,1/5,3/10,5 vs 50/31/6/13): 722-725
        // 4-12 (16 act.: 8,7,0,1 → 50/43,8/0/6,3 vs 53/47/0/7): 855, 856, 858
        // 18-27 (11 act.: 8,2,1,0 → 72,7/18,2/9,1/0 vs 53/13/7/0): 943, 944, 945
        // 28-44 (13 act.: 10,1,1,1 → 76,9/7,7/7,7/7,7 vs 63/6/6/6): 987-990
        // 45-64 (11 act.: 8,1,1,1 → 72,7/9,1/9,1/9,1 vs 57/7/7/7): 1033-1036
        // 65-79 (10 act.: 6,4,0,0 → 60/40/0/0 vs 43/29/0/0): 1077, 1078
        // specifiek (28 act.: 17,6,0,5 → 60,7/21,4/0/17,9 vs 53/19/0/16): 1163, 1164, 1166
        // Goals 1 and 2, inwoners algemeen, 0-3, 13-17 and 80+ match (e.g. doel 1: 13/24 = 54,2% vs 54%).
        int[] expected =
        [
            667, 668, 669, 670, 722, 723, 724, 725, 855, 856, 858, 943, 944, 945, 987, 988, 989, 990,
            1033, 1034, 1035, 1036, 1077, 1078, 1163, 1164, 1166,
        ];
        Assert.Equal(expected, OfKind("percentage-klopt-niet").Select(FirstLine));
        Assert.Contains(OfKind("percentage-klopt-niet"), f => f.Message == "Draaitabel doelstelling 3: Structureel staat op 48%, maar 12 van 27 activiteiten is 44,4%.");
    }

    [Fact]
    public void Financing_percentages_that_do_not_add_up_to_100()
    {
        // 4-12: 53+47+0+7 = 107; 18-27: 53+13+7+0 = 73; 28-44: 63+6+6+6 = 81; 45-64: 57+7+7+7 = 78;
        // 65-79: 43+29+0+0 = 72; specifiek: 53+19+0+16 = 88. (doel 3: 101 and doel 4: 100 are within rounding.)
        var found = OfKind("percentages-tellen-niet-op");
        Assert.Equal(new[] { 855, 943, 987, 1033, 1077, 1163 }, found.Select(FirstLine));
        Assert.Equal(new[] { "107%", "73%", "81%", "78%", "72%", "88%" },
            found.Select(f => f.Message.Split("tellen op tot ")[1].Split(' ')[0]));
        // By hand, the percentages are the counts divided by another number: 4-12: 8/15 = 53%, 7/15 = 47%, 1/15 = 7%;
        // 18-27: /15 (53, 13, 7, 0); 28-44: /16 (63, 6, 6, 6); 45-64: /14 (57, 7, 7, 7); 65-79: /14 (43, 29); specifiek: /32 (53, 19, 0, 16).
        Assert.Equal(new[] { 15, 15, 16, 14, 14, 32 },
            found.Select(f => int.Parse(f.Message.Split("gedeeld door ")[1].Split(' ')[0])));
    }

    [Fact]
    public void Target_group_lists_under_the_goal_pivots_are_shifted_by_one_row()
    {
        // E.g. doel 1: 'Doelgroepen' (568) shows 9 = inwoners algemeen (541), 'Alle inwoners' (569) shows 4 = 0-3 (542), …,
        // '80 jaar en ouder' (577) shows 11 = specifiek (550), 'Specifiek' (578) is empty.
        var found = OfKind("labels-verschoven");
        Assert.Equal(new[] { 568, 623, 677, 733 }, found.Select(FirstLine));
        Assert.Contains("'80 jaar en ouder' dat van specifiek (11); 'Specifiek' toont niets", found[0].Message);
        // Doel 4 is shifted up to 65-79 only; 80+ (4) and Specifiek (8) happen to match the table (lines 718-719).
        Assert.Contains("t/m '65 t/m 79 jaar' dat van 80 jaar en ouder (4).", found[3].Message);
    }

    [Fact]
    public void Form_charts_show_zero_indicated_where_the_table_has_some()
    {
        // 'Geïndiceerde preventie 0' in the chart vs 'Som van geïndiceerde preventie' in the table:
        // inwoners algemeen 775 vs 754 (9), 18-27 952 vs 930 (4), 28-44 996 vs 974 (4), 45-64 1042 vs 1020 (4),
        // 65-79 1086 vs 1064 (4), specifiek 1172 vs 1151 (9).
        var found = OfKind("grafiek-wijkt-af");
        Assert.Equal(new[] { 775, 952, 996, 1042, 1086, 1172 }, found.Select(FirstLine));
        Assert.All(found, f => Assert.Contains("'Geïndiceerde preventie' op 0", f.Message));
    }

    [Fact]
    public void Nothing_else_is_reported_for_the_seed()
    {
        // Financing counts add up in all 14 pivots, goal charts match, and goal pivots agree with target-group pivots.
        Assert.Equal(14 + 27 + 6 + 4 + 6, Internal.Count);
    }

    [Fact]
    public void Cross_pivot_disagreement_is_detected()
    {
        var text = File.ReadAllText(InventoryTestFiles.Published)
            .Replace("doel-1;waarden;4-12;Som van 4 t/m 12 jaar;4;543", "doel-1;waarden;4-12;Som van 4 t/m 12 jaar;5;543");
        var path = InventoryTestFiles.WriteCsv("gewijzigd.csv", text);
        var cross = Reconciliation.CheckInternal(PublishedFigures.Load(path)).Where(f => f.Kind == "draaitabellen-onderling").ToList();
        var f = Assert.Single(cross);
        Assert.Equal("543, 848", f.SourceLine);
    }

    [Fact]
    public void Computed_pivot_is_compared_with_the_published_one()
    {
        var inventory = InventoryLoader.Load(InventoryTestFiles.WriteCsv("vol.csv",
            "naam;vorm;doel 1;financiering;leeftijdsgroepen\n" +
            "A;universeel;X;structureel;0-3, 4-12\n" +
            "B;selectief;X;incidenteel;4-12\n" +
            "C;selectief;;structureel;specifiek\n"));
        var published = PublishedFigures.Load(InventoryTestFiles.WriteCsv("pub.csv",
            "draaitabel;blok;kenmerk;label;waarde;bronregel\n" +
            "doel-1;waarden;activiteiten;Aantal;2;1\n" +        // computed 2: ok
            "doel-1;waarden;selectief;Selectief;2;2\n" +        // computed 1: mismatch
            "doel-1;waarden;structureel;Structureel;1;3\n" +    // computed 1: ok
            "doel-1;waarden;4-12;4 t/m 12;1;4\n" +              // computed 2: mismatch
            "doel-1;waarden;gemeente;Gemeente;7;5\n" +          // not in an inventory: not compared
            "4-12;waarden;activiteiten;Aantal;2;6\n" +          // computed 2: ok
            "4-12;waarden;doel-1;Doel 1;2;7\n" +                // computed 2: ok
            "specifiek;waarden;incidenteel;Incidenteel;;8\n")); // empty = 0, computed 0: ok
        var found = Reconciliation.CompareWithInventory(published, inventory);
        Assert.Equal(new[] { "2", "4" }, found.Select(f => f.SourceLine));
        Assert.All(found, f => Assert.Equal("afwijking-gepubliceerd", f.Kind));
        Assert.Equal("Draaitabel doelstelling 1, Selectief: gepubliceerd 2, berekend uit de inventaris 1.", found[0].Message);
    }

    [Fact]
    public void Bad_published_file_reports_all_errors()
    {
        var path = InventoryTestFiles.WriteCsv("pub-fout.csv",
            "draaitabel;blok;kenmerk;label;waarde;bronregel\n" +
            "doel-7;waarden;activiteiten;x;3;1\n" +
            "doel-1;waarden;activiteiten;x;drie;2\n");
        var ex = Assert.Throws<Preventie.Analytics.Input.DataValidationException>(() => PublishedFigures.Load(path));
        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains("pub-fout.csv, rij 2, kolom 'draaitabel', waarde 'doel-7'", ex.Errors[0].ToString());
        Assert.Contains("pub-fout.csv, rij 3, kolom 'waarde', waarde 'drie'", ex.Errors[1].ToString());
    }
}
