using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Preventie.Analytics.Evidence;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Input;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Portfolio;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Tests.Simulation;
using Preventie.Analytics.Tests.Wijken;
using Preventie.Analytics.Timeline;
using Preventie.Analytics.Uncertainty;
using Preventie.Analytics.Wijken;

namespace Preventie.Analytics.Tests.Input;

/// <summary>
/// Issue 22: fuzz tests for every file added since the last round (leeftijdsklassen, betalers, correlaties,
/// overgangskosten, effecten, kandidaten, wijken, verhuizingen, presentie, wijkparameters, buurt indicators), each run
/// through the code path the tool uses and ending in the numbers it reports. Three oracles, all seeded (same seed,
/// same cases) and bounded to a few seconds per file:
/// <list type="bullet">
/// <item>mutated text (<see cref="FileMutator"/>): refused with the Dutch data error naming the file, or finite results —
/// never another exception, never NaN or infinity;</item>
/// <item>rows permuted (FsCheck): the results are identical (up to the last bits of a sum taken in another order);</item>
/// <item>one number replaced by a negative, zero, tiny, huge or rescaled value (FsCheck): refused naming the file, or
/// finite results.</item>
/// </list>
/// Duplicated rows are covered by <see cref="DuplicateRowTests"/> and <see cref="DuplicateRowOracleTests"/>.
/// </summary>
public class SemanticFuzzTests
{
    /// <summary>One fuzzed file: the folder its shipped copy lives in, and the numbers the tool computes from a copy of that folder.</summary>
    /// <param name="Folder">Where the shipped copy lives.</param>
    /// <param name="File">The file's name.</param>
    /// <param name="Results">The numbers the tool reports, computed from a copy of the folder.</param>
    /// <param name="Cases">Mutated texts per run (PREVENTIE_FUZZ_CASES overrides): fewer where a case runs a simulation per wijk.</param>
    /// <param name="OrderIsDocumented">The file's rows have a documented order (age bands from young to old): another
    /// order may be refused in Dutch, but never give other numbers.</param>
    /// <param name="ExtraRows">Legal rows added to the copy first, for a file shipped without data rows.</param>
    public sealed record Target(string Folder, string File, Func<string, double[]> Results, int Cases = 60, bool OrderIsDocumented = false, string[]? ExtraRows = null)
    {
        /// <inheritdoc />
        public override string ToString() => File;
    }

    private static readonly ModelDefinition Model = ModelFiles.Load(TestModels.DefaultModelDir);

    private static string EvidenceDir => Path.Combine(TestModels.RepoRoot, "data", "evidence");

    /// <summary>The pilot scenario to 2030 on the model in <paramref name="dir"/> (payers and bands by code, so their
    /// order in the files does not matter) and five correlated PSA draws of its parameters.</summary>
    private static double[] ModelResults(string dir)
    {
        var model = ModelFiles.Load(dir);
        var scenario = ScenarioFile.Load(Path.Combine(TestModels.ScenarioDir, "presentie-versus-toegang.yaml"), model) with { EndYear = new CalendarYear(2030) };
        var r = CompiledScenario.Compile(model, scenario).RunWithTrace();
        var values = new List<double>();
        foreach (var payer in r.Payers.All.OrderBy(p => p.Code, StringComparer.Ordinal))
            for (var c = 0; c < r.Cycles; c++) values.AddRange([r.Costs(payer, c), r.TransitionCosts(payer, c), r.InterventionCosts(payer, c)]);
        for (var t = 0; t <= r.Cycles; t++)
        {
            for (var s = 0; s < r.States.Count; s++) values.Add(r.Count(t, s));
            foreach (var band in r.Bands.OrderBy(b => b.Code, StringComparer.Ordinal)) values.Add(r.BandPopulation(t, band));
        }
        var sampler = UncertainParameters.For(model).CreateSampler(20240101);
        var vector = model.Parameters.DefaultVector();
        for (var draw = 0; draw < 5; draw++)
        {
            model.Parameters.DefaultVector().CopyTo(vector, 0);
            sampler.Sample(draw, new DrawRandom(), vector);
            values.AddRange(vector);
        }
        return [.. values];
    }

    /// <summary>The optimiser's candidates built from the evidence folder <paramref name="dir"/> and the shipped inventory
    /// (the path of <c>preventie optimize</c>), by name: cost, scale and every evidence parameter's value.</summary>
    private static double[] EvidenceResults(string dir)
    {
        var set = CandidateSet.Load(TestModels.DefaultModelDir, TestModels.ScenarioDir, null,
            Path.Combine(TestModels.RepoRoot, "data", "inventory", "deventer-2022-extract.csv"), dir);
        var candidates = set.Candidates.Select(c => (c.Name, new[] { c.CostPerYear, c.CurrentScale, c.MaxScale, c.OnOff ? 1 : 0 }));
        var parameters = set.EvidenceParameters.Select(p => (p.Name, new[] { p.Value }));
        return [.. candidates.Concat(parameters).OrderBy(x => x.Name, StringComparer.Ordinal).SelectMany(x => x.Item2)];
    }

    /// <summary>The wijk pilot against the baseline per wijk (by name) and for the city, on the wijk files in
    /// <paramref name="dir"/>; with the buurt indicators when <paramref name="indicators"/> (the need model).</summary>
    private static double[] WijkResults(string dir, bool indicators)
    {
        var model = WijkModel.Load(Model, Path.Combine(dir, "wijken.csv"), indicators ? Path.Combine(dir, "buurtindicatoren-voorbeeld.csv") : null);
        var w = WijkComparison.Load(model, Path.Combine(TestModels.ScenarioDir, "wijkpilot.yaml"), Path.Combine(TestModels.ScenarioDir, "basis.yaml"));
        static double[] Numbers(WijkOutcome o) => [o.Inhabitants, o.InvestmentDiscounted, o.SavingsDiscounted, o.NetMunicipality, o.NetTotal, o.SelfReliantYearsGained, o.IndicatedScenario, o.IndicatedComparator];
        return [.. w.Rows.OrderBy(r => r.Wijk, StringComparer.Ordinal).SelectMany(Numbers), .. Numbers(w.City), .. w.CityComparison.Rows.Select(r => r.NetBenefitDiscounted)];
    }

    private static readonly Lazy<NeedModelResult> ShippedNeed = new(() =>
        NeedModel.Fit(AreaIndicatorFile.Read(Path.Combine(WijkDataTests.WijkDir, "buurtindicatoren-voorbeeld.csv"))));

    /// <summary>The presence split with the assumptions in <paramref name="dir"/> (the shipped need, 20 draws).</summary>
    private static double[] PresenceResults(string dir)
    {
        var wijken = WijkFile.Read(Path.Combine(WijkDataTests.WijkDir, "wijken.csv"));
        var file = Path.Combine(dir, "presentie.csv");
        var need = ShippedNeed.Value;
        var r = PresenceAllocation.Run(wijken, need.PerWijk.ToDictionary(w => w.Wijk, w => w.Observed), ParameterFile.Read(file), file, 20, 7, need.Dispersion);
        return [.. r.Today, .. r.Optimal, r.HelpedToday, r.HelpedOptimal, r.NetBenefitToday, r.NetBenefitOptimal, r.GainHelped.Mean, r.GainEuro.Mean, r.ProbabilityBetter];
    }

    private static readonly Dictionary<string, Target> Targets = new Target[]
    {
        new(TestModels.DefaultModelDir, ModelFiles.BandsFile, ModelResults, OrderIsDocumented: true),
        new(TestModels.DefaultModelDir, ModelFiles.PayersFile, ModelResults),
        new(TestModels.DefaultModelDir, ModelFiles.CorrelationsFile, ModelResults),
        new(TestModels.DefaultModelDir, ModelFiles.TransitionCostsFile, ModelResults,
            ExtraRows: ["blijvend_wlz;;rijk;80+;kosten_wlz_per_client", "tijdelijk_maatwerk;zelfredzaam;gemeente_wmo;alle;kosten_wmo_per_client"]),
        new(EvidenceDir, EvidenceTable.EffectsFile, EvidenceResults),
        new(EvidenceDir, "kandidaten.csv", EvidenceResults),
        new(WijkDataTests.WijkDir, "wijken.csv", d => WijkResults(d, false), Cases: 12),
        new(WijkDataTests.WijkDir, "verhuizingen.csv", d => WijkResults(d, false), Cases: 12),
        new(WijkDataTests.WijkDir, "wijkparameters.csv", d => WijkResults(d, false), Cases: 12),
        new(WijkDataTests.WijkDir, "buurtindicatoren-voorbeeld.csv", d => WijkResults(d, true), Cases: 8),
        new(WijkDataTests.WijkDir, "presentie.csv", PresenceResults, Cases: 20),
    }.ToDictionary(t => t.File);

    /// <summary>The fuzzed files (for the theories).</summary>
    public static TheoryData<string> Files => new(Targets.Keys);

    private static string CopyOf(Target target)
    {
        var dir = Directory.CreateTempSubdirectory("preventie-semfuzz-").FullName;
        foreach (var f in Directory.GetFiles(target.Folder)) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        if (target.ExtraRows is { } extra) File.AppendAllLines(Path.Combine(dir, target.File), extra);
        return dir;
    }

    /// <summary>The outcome of one case: null when it was refused naming the file, the results otherwise; any other
    /// exception, a refusal naming no file of the folder, or a NaN/infinite result fails the test with the case.</summary>
    private static double[]? Outcome(Target target, string dir, string describe)
    {
        double[] results;
        try
        {
            results = target.Results(dir);
        }
        catch (DataValidationException ex)
        {
            Assert.NotEmpty(ex.Errors);
            Assert.All(ex.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
            Assert.True(ex.Errors.Any(e => Path.GetFileName(e.File) == target.File || File.Exists(Path.Combine(dir, Path.GetFileName(e.File)))),
                $"{describe}: geweigerd zonder het bestand te noemen: {ex.Errors[0]}");
            return null;
        }
        var bad = Array.FindIndex(results, v => !double.IsFinite(v));
        Assert.True(bad < 0, $"{describe}: uitkomst {bad} is {(bad < 0 ? 0 : results[bad])} zonder weigering");
        return results;
    }

    /// <summary>Mutated text: refused in Dutch or finite results, over seeded cases (<see cref="Target.Cases"/>).</summary>
    [Theory]
    [MemberData(nameof(Files))]
    public void Mutated_text_is_refused_in_Dutch_or_gives_finite_results(string file)
    {
        var target = Targets[file];
        var cases = int.TryParse(Environment.GetEnvironmentVariable("PREVENTIE_FUZZ_CASES"), out var n) ? n : target.Cases;
        var dir = CopyOf(target);
        var path = Path.Combine(dir, file);
        var original = File.ReadAllText(path);
        var mutator = new FileMutator(2200 + file.Length * 31 + file[0]);
        var refused = 0;
        for (var i = 0; i < cases; i++)
        {
            File.WriteAllBytes(path, mutator.Mutate(original));
            if (Outcome(target, dir, $"{file}, geval {i} (invoer in {dir})") is null) refused++;
        }
        File.WriteAllText(path, original);
        Assert.InRange(refused, 1, cases); // the mutations reach the checks
    }

    /// <summary>The data lines of a file (not the header, not comments or empty lines), by index.</summary>
    private static int[] DataLines(string[] lines)
    {
        var header = Array.FindIndex(lines, l => l.Length > 0 && !l.StartsWith('#'));
        return [.. Enumerable.Range(header + 1, lines.Length - header - 1).Where(i => lines[i].Length > 0 && !lines[i].StartsWith('#'))];
    }

    private static bool Same(double[] a, double[] b) =>
        a.Length == b.Length && a.Zip(b).All(p => p.First == p.Second || Math.Abs(p.First - p.Second) <= 1e-9 * Math.Max(Math.Abs(p.First), Math.Abs(p.Second)));

    /// <summary>A permutation of the data rows of a copy of the target's folder gives the same results as the shipped order.</summary>
    private static Property Permuting(string file) =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var target = Targets[file];
            var dir = CopyOf(target);
            var baseline = target.Results(dir);
            var path = Path.Combine(dir, file);
            var lines = File.ReadAllLines(path);
            var data = DataLines(lines);
            var order = data.ToArray();
            new Random(seed).Shuffle(order);
            var permuted = lines.ToArray();
            for (var k = 0; k < data.Length; k++) permuted[data[k]] = lines[order[k]];
            File.WriteAllLines(path, permuted);
            var describe = $"{file}: rijen in andere volgorde (seed {seed})";
            var results = target.OrderIsDocumented ? Outcome(target, dir, describe) : target.Results(dir);
            Directory.Delete(dir, true);
            return Prop.Label(results is null || Same(baseline, results), describe + " geven een andere uitkomst");
        });

    private static readonly double[] Factors = [-1, 0, 1e-12, 1e-3, 0.5, 2, 10, 1000, 1e6, 1e12, 1e300];

    /// <summary>One number of a data row replaced by the original times an awkward factor (or by a plain awkward value):
    /// refused naming the file, or finite results.</summary>
    private static Property MutatingANumber(string file) =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(0, Factors.Length * 2 - 1).ToArbitrary(),
            (line, cell, how) =>
            {
                var target = Targets[file];
                var dir = CopyOf(target);
                var path = Path.Combine(dir, file);
                var lines = File.ReadAllLines(path);
                var all = DataLines(lines).SelectMany(i => lines[i].Split(';').Select((c, k) => (Line: i, Cell: k, Text: c))).ToList();
                var numeric = all.Where(c => DutchNumber.TryParse(c.Text.Trim(), out _)).ToList();
                // a file of names only (overgangskosten.csv refers to parameters): a number written in any cell instead
                if (numeric.Count == 0) numeric = all;
                var (at, k, text) = numeric[(int)((line + (long)cell) % numeric.Count)];
                if (!DutchNumber.TryParse(text.Trim(), out var value)) value = 1000;
                var factor = Factors[how % Factors.Length];
                var replacement = how < Factors.Length ? value * factor : factor;
                var cells = lines[at].Split(';');
                cells[k] = replacement.ToString("R", DutchFormat.Culture);
                lines[at] = string.Join(';', cells);
                File.WriteAllLines(path, lines);
                Outcome(target, dir, $"{file}, rij {at + 1}, kolom {k + 1}: '{text}' → '{cells[k]}'");
                Directory.Delete(dir, true);
            });

    /// <summary>Regression (found by <see cref="Permuting_effecten"/>): the effect parameters of an activity with two
    /// effect rows were numbered in file order, so swapping the rows swapped their names and their PSA draws.</summary>
    [Fact]
    public void Swapping_the_two_effect_rows_of_one_activity_changes_no_candidate_parameter()
    {
        var target = Targets[EvidenceTable.EffectsFile];
        var dir = CopyOf(target);
        var path = Path.Combine(dir, EvidenceTable.EffectsFile);
        var lines = File.ReadAllLines(path);
        var rows = Enumerable.Range(0, lines.Length).Where(i => lines[i].StartsWith("23;", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, rows.Length);
        var before = CandidateSet.Load(TestModels.DefaultModelDir, TestModels.ScenarioDir, null,
            Path.Combine(TestModels.RepoRoot, "data", "inventory", "deventer-2022-extract.csv"), dir).EvidenceParameters.Select(p => (p.Name, p.Value)).ToList();
        (lines[rows[0]], lines[rows[1]]) = (lines[rows[1]], lines[rows[0]]);
        File.WriteAllLines(path, lines);
        var after = CandidateSet.Load(TestModels.DefaultModelDir, TestModels.ScenarioDir, null,
            Path.Combine(TestModels.RepoRoot, "data", "inventory", "deventer-2022-extract.csv"), dir).EvidenceParameters.Select(p => (p.Name, p.Value)).ToList();
        Assert.Contains(before, p => p.Name.StartsWith("effect_inv23_", StringComparison.Ordinal));
        Assert.Equal(before, after); // same names, same values, same order (the order of the PSA's draws)
    }

    // seeded: the same cases on every run (FsCheck replay), few enough for a few seconds per file

    /// <summary>Permuted age bands.</summary>
    [Property(MaxTest = 10, Replay = "(2201,2203)")] public Property Permuting_leeftijdsklassen() => Permuting(ModelFiles.BandsFile);
    /// <summary>Permuted payers.</summary>
    [Property(MaxTest = 10, Replay = "(2202,2203)")] public Property Permuting_betalers() => Permuting(ModelFiles.PayersFile);
    /// <summary>Permuted correlations.</summary>
    [Property(MaxTest = 10, Replay = "(2203,2203)")] public Property Permuting_correlaties() => Permuting(ModelFiles.CorrelationsFile);
    /// <summary>Permuted transition costs.</summary>
    [Property(MaxTest = 10, Replay = "(2204,2203)")] public Property Permuting_overgangskosten() => Permuting(ModelFiles.TransitionCostsFile);
    /// <summary>Permuted effects.</summary>
    [Property(MaxTest = 10, Replay = "(2205,2203)")] public Property Permuting_effecten() => Permuting(EvidenceTable.EffectsFile);
    /// <summary>Permuted candidates.</summary>
    [Property(MaxTest = 10, Replay = "(2206,2203)")] public Property Permuting_kandidaten() => Permuting("kandidaten.csv");
    /// <summary>Permuted wijken.</summary>
    [Property(MaxTest = 3, Replay = "(2207,2203)")] public Property Permuting_wijken() => Permuting("wijken.csv");
    /// <summary>Permuted moves between wijken.</summary>
    [Property(MaxTest = 3, Replay = "(2208,2203)")] public Property Permuting_verhuizingen() => Permuting("verhuizingen.csv");
    /// <summary>Permuted wijk parameters.</summary>
    [Property(MaxTest = 3, Replay = "(2209,2203)")] public Property Permuting_wijkparameters() => Permuting("wijkparameters.csv");
    /// <summary>Permuted buurt indicators (the need model is fitted per case).</summary>
    [Property(MaxTest = 2, Replay = "(2210,2203)")] public Property Permuting_buurtindicatoren() => Permuting("buurtindicatoren-voorbeeld.csv");
    /// <summary>Permuted presence assumptions.</summary>
    [Property(MaxTest = 3, Replay = "(2211,2203)")] public Property Permuting_presentie() => Permuting("presentie.csv");

    /// <summary>A number in the age bands.</summary>
    [Property(MaxTest = 30, Replay = "(2301,2303)")] public Property A_number_in_leeftijdsklassen() => MutatingANumber(ModelFiles.BandsFile);
    /// <summary>A number in the correlations.</summary>
    [Property(MaxTest = 30, Replay = "(2303,2303)")] public Property A_number_in_correlaties() => MutatingANumber(ModelFiles.CorrelationsFile);
    /// <summary>A number in the transition costs.</summary>
    [Property(MaxTest = 30, Replay = "(2304,2303)")] public Property A_number_in_overgangskosten() => MutatingANumber(ModelFiles.TransitionCostsFile);
    /// <summary>A number in the effects.</summary>
    [Property(MaxTest = 40, Replay = "(2305,2303)")] public Property A_number_in_effecten() => MutatingANumber(EvidenceTable.EffectsFile);
    /// <summary>A number in the candidates.</summary>
    [Property(MaxTest = 40, Replay = "(2306,2303)")] public Property A_number_in_kandidaten() => MutatingANumber("kandidaten.csv");
    /// <summary>A number in the wijken.</summary>
    [Property(MaxTest = 8, Replay = "(2307,2303)")] public Property A_number_in_wijken() => MutatingANumber("wijken.csv");
    /// <summary>A number in the moves between wijken.</summary>
    [Property(MaxTest = 8, Replay = "(2308,2303)")] public Property A_number_in_verhuizingen() => MutatingANumber("verhuizingen.csv");
    /// <summary>A number in the wijk parameters.</summary>
    [Property(MaxTest = 8, Replay = "(2309,2303)")] public Property A_number_in_wijkparameters() => MutatingANumber("wijkparameters.csv");
    /// <summary>A number in the buurt indicators (the need model is fitted per case).</summary>
    [Property(MaxTest = 4, Replay = "(2310,2303)")] public Property A_number_in_buurtindicatoren() => MutatingANumber("buurtindicatoren-voorbeeld.csv");
    /// <summary>A number in the presence assumptions.</summary>
    [Property(MaxTest = 10, Replay = "(2311,2303)")] public Property A_number_in_presentie() => MutatingANumber("presentie.csv");
}
