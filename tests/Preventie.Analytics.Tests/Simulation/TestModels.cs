using Preventie.Analytics.Costs;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;
using Preventie.Analytics.Scenarios;
using Preventie.Analytics.States;
using Preventie.Analytics.Transitions;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Tests.Simulation;

/// <summary>Small hand-built models for closed-form tests, and access to the shipped default model.</summary>
internal static class TestModels
{
    /// <summary>The repository root (the directory that holds data/parameters).</summary>
    public static string RepoRoot { get; } = FindRoot();

    public static string DefaultModelDir => Path.Combine(RepoRoot, "data", "parameters");
    public static string ScenarioDir => Path.Combine(RepoRoot, "data", "scenarios");

    private static string FindRoot() =>
        Path.GetDirectoryName(ModelFiles.FindDataDirectory(AppContext.BaseDirectory) ?? throw new InvalidOperationException("data/parameters not found"))!;

    /// <summary>Writes a scenario YAML into a fresh (or the given) temp directory and returns its path.</summary>
    public static string WriteScenario(string yaml, string name = "fout.yaml", string? dir = null)
    {
        dir ??= Path.Combine(Path.GetTempPath(), "preventie-scn-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    /// <summary>A fresh temp directory holding a copy of the default model files.</summary>
    public static string CopyDefaultModel()
    {
        var dir = Path.Combine(Path.GetTempPath(), "preventie-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var f in Directory.GetFiles(DefaultModelDir)) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        return dir;
    }

    /// <summary>
    /// A chain model: states named s0..s(n−1) (s0 zelfredzaam, others tijdelijk), constant transition matrix
    /// <paramref name="p"/> (diagonal ignored) in every band, <paramref name="bandPopulation"/> per band split by
    /// <paramref name="startShares"/>, no deaths, given births and migration, and optional costs per state for one payer
    /// (of <paramref name="payers"/>, default the shipped eight). The bands are <paramref name="bands"/> (default the
    /// shipped eight, <see cref="InventoryBands.All"/>).
    /// </summary>
    public static ModelDefinition Chain(double[,] p, double[] bandPopulation, double[] startShares,
        double birthRate = 0, double migration = 0, double[]? costPerState = null, Payer? payer = null, PayerSet? payers = null, AgeBandSet? bands = null)
    {
        var bandSet = bands ?? InventoryBands.All;
        var n = startShares.Length;
        var parameters = new List<Parameter>();
        int Add(string name, double value)
        {
            parameters.Add(new Parameter(name, value, "", "test", false, null));
            return parameters.Count - 1;
        }
        ValueExpression Ref(string name, double value) => ValueExpression.Reference(Add(name, value), name);

        var states = Enumerable.Range(0, n)
            .Select(i => new ModelState("s" + i, "toestand " + i, i == 0 ? NeedTier.Zelfredzaam : NeedTier.Tijdelijk, SupportRoute.Geen))
            .ToList();
        var demo = bandSet.Select(b => new BandDemography(b, Ref("pop_" + (int)b, bandPopulation[(int)b]), Ref("mig_" + (int)b, migration))).ToList();
        var birth = Ref(ModelFiles.BirthRateParameter, birthRate);
        var shares = new List<StartShare>();
        for (var s = 0; s < n; s++)
        {
            var e = Ref("share_" + s, startShares[s]);
            shares.AddRange(bandSet.Select(b => new StartShare(b, s, e, 0)));
        }
        var rules = new List<TransitionRule>();
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                if (i == j || p[i, j] == 0) continue;
                var e = Ref($"p_{i}_{j}", p[i, j]);
                rules.AddRange(bandSet.Select(b => new TransitionRule(i, j, b, null, null, e, 0)));
            }
        var costs = new List<StateCost>();
        if (costPerState is not null)
            for (var s = 0; s < n; s++)
            {
                var e = Ref("cost_" + s, costPerState[s]);
                costs.AddRange(bandSet.Select(b => new StateCost(s, b, payer ?? TestPayers.GemeenteWmo, e, 0)));
            }
        return new ModelDefinition(new ParameterSet(parameters), states, demo, birth, shares, rules, costs, payers ?? TestPayers.Deventer);
    }

    /// <summary>A scenario without interventions over <paramref name="cycles"/> years from 2024.</summary>
    public static Scenario Plain(int cycles, double discountRate = 0.0225, IReadOnlyList<Intervention>? interventions = null) => new()
    {
        Name = "test",
        StartYear = new CalendarYear(2024),
        EndYear = new CalendarYear(2024 + cycles - 1),
        DiscountRate = new SourcedValue(ValueExpression.Of(discountRate), "test", false),
        Interventions = interventions ?? [],
    };

    /// <summary>Population in one band only.</summary>
    public static double[] OnlyIn(AgeBand band, double count)
    {
        var pop = new double[8];
        pop[(int)band] = count;
        return pop;
    }
}
