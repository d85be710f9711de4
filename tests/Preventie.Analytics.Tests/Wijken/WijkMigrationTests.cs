using Preventie.Analytics.Reporting;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Population;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Tests.Wijken;

/// <summary>People moving between wijken (<see cref="WijkMigration"/>): the wijken run in lock-step.</summary>
public class WijkMigrationTests
{
    private static readonly ModelDefinition City = ModelFiles.Load(TestModels.DefaultModelDir);
    private static WijkSet ShippedWijken => WijkFile.Read(Path.Combine(WijkDataTests.WijkDir, "wijken.csv"));
    private static Scenario Load(string name) => ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, name), City);
    private static readonly int Bands = City.Bands.Count;

    /// <summary>Wijken with the city's age structure (no age shares): identical except for their size.</summary>
    private static WijkSet Identical(params double[] inhabitants) =>
        new(inhabitants.Select((n, i) => new Wijk($"WK0150{i + 1:00}", $"Wijk {i + 1}", n, null, null, true, "test")).ToList(), "test-wijken.csv");

    private static double[,,] Uniform(int n, Func<int, int, int, double> share)
    {
        var m = new double[Bands, n, n];
        for (var b = 0; b < Bands; b++)
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++) m[b, i, j] = i == j ? 0 : share(b, i, j);
        return m;
    }

    private static void AssertSameBits(SimulationResult a, SimulationResult b)
    {
        foreach (var p in City.Payers.All)
            for (var t = 0; t < a.Cycles; t++) Assert.Equal(a.Costs(p, t), b.Costs(p, t));
        for (var t = 0; t <= a.Cycles; t++)
            for (var s = 0; s < a.States.Count; s++) Assert.Equal(a.Count(t, s), b.Count(t, s));
    }

    [Fact]
    public void Lock_step_with_nobody_moving_gives_exactly_the_independent_runs()
    {
        var wm = WijkModel.Build(City, ShippedWijken);
        var alone = wm.Compile(Load("wijkpilot.yaml")).RunWithTrace();
        var lockStep = wm.WithMigration(WijkMigration.Of(new double[Bands, 10, 10])).Compile(Load("wijkpilot.yaml")).RunWithTrace();
        for (var i = 0; i < alone.Count; i++) AssertSameBits(alone[i], lockStep[i]); // bit for bit
    }

    [Theory]
    [InlineData("basis.yaml")]
    [InlineData("verschuiven-naar-voorliggend.yaml")]
    public void Moving_people_between_identical_wijken_changes_nothing_for_the_city(string file)
    {
        var set = Identical(20_000, 50_000, 33_415);
        var random = new Random(7);
        var m = Uniform(3, (_, _, _) => random.NextDouble() * 0.2);
        var still = WijkModel.Build(City, set).Compile(Load(file)).RunWithTrace();
        var moving = WijkModel.Build(City, set).WithMigration(WijkMigration.Of(m)).Compile(Load(file)).RunWithTrace();
        var r0 = still[0];
        foreach (var p in City.Payers.All)
            for (var t = 0; t < r0.Cycles; t++)
            {
                var a = still.Sum(r => r.Costs(p, t));
                Assert.Equal(a, moving.Sum(r => r.Costs(p, t)), Math.Abs(a) * 1e-10 + 1e-6);
            }
        for (var t = 0; t <= r0.Cycles; t++)
            for (var s = 0; s < r0.States.Count; s++)
            {
                var a = still.Sum(r => r.Count(t, s));
                Assert.Equal(a, moving.Sum(r => r.Count(t, s)), a * 1e-10 + 1e-9);
            }
        // and the wijken themselves did change: people moved
        Assert.NotEqual(still[0].Count(r0.Cycles, 0), moving[0].Count(r0.Cycles, 0), 3);
    }

    [Fact]
    public void Two_identical_wijken_follow_the_closed_form_share_of_the_population()
    {
        // wijk A holds p_t of every living band and state of the city, with p_{t+1} = (1 − a)·p_t + b·(1 − p_t):
        // p_t = p* + (p_0 − p*)(1 − a − b)^t, p* = b / (a + b)
        const double a = 0.05, b = 0.02, p0 = 0.3;
        var set = Identical(p0 * 100_000, (1 - p0) * 100_000);
        var m = Uniform(2, (_, i, _) => i == 0 ? a : b);
        var runs = WijkModel.Build(City, set).WithMigration(WijkMigration.Of(m)).Compile(Load("basis.yaml")).RunWithTrace();
        var city = CompiledScenario.Compile(City, Load("basis.yaml")).RunWithTrace();
        var star = b / (a + b);
        for (var t = 0; t <= city.Cycles; t++)
        {
            var p = star + (p0 - star) * Math.Pow(1 - a - b, t);
            for (var s = 0; s < city.States.Count; s++)
            {
                if (city.States[s].IsOutflow) continue; // the dead do not move
                var expected = p * city.Count(t, s);
                Assert.Equal(expected, runs[0].Count(t, s), expected * 1e-9 + 1e-9);
                Assert.Equal(city.Count(t, s) - expected, runs[1].Count(t, s), (city.Count(t, s) - expected) * 1e-9 + 1e-9);
            }
        }
    }

    [Fact]
    public void The_moves_conserve_people_per_band_and_state_and_move_share_times_origin()
    {
        var random = new Random(3);
        const int n = 4, states = 5;
        int[] living = [0, 1, 2, 4]; // state 3 is an outflow state
        var m = Uniform(n, (_, _, _) => random.NextDouble() * 0.25);
        var migration = WijkMigration.Of(m);
        var counts = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, Bands * states).Select(_ => random.NextDouble() * 1000).ToArray()).ToArray();
        var before = counts.Select(c => (double[])c.Clone()).ToArray();
        migration.Apply(counts, states, living, new double[n * states]);
        for (var at = 0; at < Bands * states; at++)
        {
            var (band, s) = (at / states, at % states);
            Assert.Equal(before.Sum(c => c[at]), counts.Sum(c => c[at]), 1e-9);
            for (var w = 0; w < n; w++)
            {
                var expected = s == 3 ? before[w][at]
                    : before[w][at] * (1 - Enumerable.Range(0, n).Sum(v => m[band, w, v])) + Enumerable.Range(0, n).Sum(u => m[band, u, w] * before[u][at]);
                Assert.Equal(expected, counts[w][at], 1e-9);
            }
        }
    }

    [Fact]
    public void The_shipped_migration_file_is_read_marked_illustrative_and_a_band_row_replaces_the_every_band_row()
    {
        var set = ShippedWijken;
        var migration = WijkMigration.Read(Path.Combine(WijkDataTests.WijkDir, WijkMigration.DefaultName), set, City.Bands);
        Assert.True(migration.IsIllustrative);
        var (binnenstad, voorstad) = (set.IndexOf("Binnenstad"), set.IndexOf("Voorstad"));
        var youngIndex = City.Bands.Parse("18-27").Index;
        Assert.Equal(0.030, migration.Share(youngIndex, binnenstad, voorstad), 12);
        Assert.Equal(0.010, migration.Share(0, binnenstad, voorstad), 12);
        Assert.Equal(0, migration.Share(0, voorstad, set.IndexOf("De Hoven")));
        var wm = WijkModel.Load(TestModels.DefaultModelDir, Path.Combine(WijkDataTests.WijkDir, "wijken.csv"));
        Assert.NotNull(wm.Migration); // read beside the wijk file
        var cmp = WijkComparison.Create(wm.Compile(Load("wijkpilot.yaml")), wm.Compile(Load("basis.yaml")));
        Assert.Contains(Analytics.Reporting.WijkChapter.Section(cmp).Blocks.OfType<Analytics.Reporting.ReportParagraph>(), p => p.Text.Contains("verhuizen tussen wijken volgens verhuizingen.csv"));
    }

    [Fact]
    public void An_unusually_high_moving_share_is_legal_but_warned_in_the_report_note()
    {
        var dir = Directory.CreateTempSubdirectory("preventie-verhuizingen-").FullName;
        var path = Path.Combine(dir, WijkMigration.DefaultName);
        File.WriteAllText(path, "van;naar;aandeel;leeftijd;bron\nBinnenstad;Voorstad;0,10;;aanname\nBinnenstad;Zandweerd;0,10;;aanname\n" +
                                "Voorstad;Binnenstad;0,05;;aanname\nVoorstad;Binnenstad;0,40;18-27;aanname\n");
        var migration = WijkMigration.Read(path, ShippedWijken, City.Bands);
        var warnings = migration.Warnings(ShippedWijken);
        Assert.Equal(2, warnings.Count); // Binnenstad 20% in every band, Voorstad 40% in 18-27; not a wijk nobody leaves
        Assert.Contains("uit Binnenstad verhuist tot 20,0%", warnings[0]);
        Assert.Contains("uit Voorstad verhuist tot 40,0%", warnings[1]);
        Assert.Contains("Let op: " + warnings[0], migration.Note(ShippedWijken));
        // the shipped illustrative file stays below the threshold
        var shipped = WijkMigration.Read(Path.Combine(WijkDataTests.WijkDir, WijkMigration.DefaultName), ShippedWijken, City.Bands);
        Assert.Empty(shipped.Warnings(ShippedWijken));
    }

    [Fact]
    public void A_bad_migration_file_gives_every_error_in_Dutch_with_row_field_and_value()
    {
        var dir = Directory.CreateTempSubdirectory("preventie-verhuizingen-").FullName;
        var path = Path.Combine(dir, WijkMigration.DefaultName);
        File.WriteAllText(path, """
            van;naar;aandeel;leeftijd;bron
            Binnenstad;Nergenshuizen;0,1;;aanname
            Binnenstad;Binnenstad;0,1;;aanname
            Voorstad;Zandweerd;1,5;;aanname
            Voorstad;Zandweerd;0,1;99-100;aanname
            Zandweerd;Voorstad;0,6;;aanname
            Zandweerd;Binnenstad;0,6;;aanname
            Zandweerd;Binnenstad;0,1;;aanname
            De Hoven;Voorstad;0,1;;
            """);
        var ex = Assert.Throws<DataValidationException>(() => WijkMigration.Read(path, ShippedWijken, City.Bands));
        string Of(string field, string value) => Assert.Single(ex.Errors, e => e.Field == field && e.Value == value).Message;
        Assert.Contains("onbekende wijk", Of("naar", "Nergenshuizen"));
        Assert.Contains(ex.Errors, e => e.Row == 3 && e.Field == "naar" && e.Value == "Binnenstad" && e.Message.Contains("moeten verschillen"));
        Assert.Contains("tussen 0 en 1", Of("aandeel", "1,5"));
        Assert.Contains("onbekende leeftijdsgroep", Of("leeftijd", "99-100"));
        Assert.Contains("tellen op tot meer dan 1", Assert.Single(ex.Errors, e => e.Message.Contains("Zandweerd") && e.Field == "aandeel").Message);
        Assert.Contains(ex.Errors, e => e.Message.Contains("staat ook in rij 7") && e.Row == 8);
        Assert.Contains("bron ontbreekt", Of("bron", ""));
        Assert.All(ex.Errors, e => Assert.NotNull(e.Row));
    }
}
