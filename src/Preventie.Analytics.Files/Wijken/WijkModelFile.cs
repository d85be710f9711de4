using Preventie.Analytics.Input;
using Preventie.Analytics.Formatting;
using Preventie.Analytics.Model;

namespace Preventie.Analytics.Wijken;

/// <summary>Reads <see cref="WijkModel"/> from its file (<c>WijkModel.Load</c>): the core type holds the data, this layer the file access.</summary>
public static class WijkModelFile
{
    extension(WijkModel)
    {
        /// <summary>Loads the model in <paramref name="modelDirectory"/> and the wijk file, with <c>wijkparameters.csv</c> beside
        /// it when present (<see cref="WijkParameterFile"/>), the moves between wijken from <c>verhuizingen.csv</c> beside it when
        /// present (<see cref="WijkMigration"/>) and, when <paramref name="indicatorFile"/> is given, each wijk's
        /// need from the need model fitted to those wijk or buurt figures (<see cref="NeedModel"/>, default options: Wmo use).</summary>
        /// <exception cref="DataValidationException">Bad input, an area outside the wijk file, or too few areas.</exception>
        public static WijkModel Load(string modelDirectory, string wijkFile, string? indicatorFile = null, NeedModelOptions? needOptions = null) =>
            WijkModel.Load(ModelFiles.Load(modelDirectory), wijkFile, indicatorFile, needOptions);

        /// <summary>As <see cref="Load(string, string, string?, NeedModelOptions?)"/> on a model already loaded (the analysis
        /// loads the model folder once for every use).</summary>
        public static WijkModel Load(ModelDefinition model, string wijkFile, string? indicatorFile = null, NeedModelOptions? needOptions = null)
        {
            var set = WijkFile.Read(wijkFile);
            var populationWarnings = CheckPopulation(model, set, wijkFile).Concat(CheckAgeShares(model, set, wijkFile)).ToList();
            var loaded = LoadChecked(model, set, wijkFile, indicatorFile, needOptions, out var indicatorWarnings);
            loaded.LoadWarnings = [.. populationWarnings, .. indicatorWarnings];
            return loaded;
        }
    }

    /// <summary>Above this relative difference between the wijk file's inhabitants and the model's population a warning
    /// is shown in the report (the model splits its own population by the wijk file's shares).</summary>
    public const double PopulationWarningTolerance = 0.05;

    /// <summary>Above this relative difference the wijk file is refused: it describes another city or another year.</summary>
    public const double PopulationRefusalTolerance = 0.5;

    /// <summary>
    /// The wijk file's inhabitants against the model's population (<c>bevolking.csv</c> at its base values): within
    /// <see cref="PopulationWarningTolerance"/> nothing, up to <see cref="PopulationRefusalTolerance"/> a Dutch warning,
    /// beyond that a refusal. The model never rescales silently: it keeps its own population and takes only the shares.
    /// </summary>
    private static IReadOnlyList<DataError> CheckPopulation(ModelDefinition model, WijkSet set, string wijkFile)
    {
        var vector = model.Parameters.DefaultVector();
        var population = model.Demography.Sum(d => d.Inhabitants.Evaluate(vector));
        var total = set.TotalInhabitants;
        if (!(population > 0)) return [];
        var difference = Math.Abs(total - population) / population;
        if (difference <= PopulationWarningTolerance) return [];
        var text = $"de wijken tellen samen {DutchFormat.Number(total)} inwoners, het model ({ModelFiles.PopulationFile}) {DutchFormat.Number(population)}: " +
                   $"{DutchFormat.Percent(difference, 0)} verschil";
        if (difference > PopulationRefusalTolerance)
            throw new DataValidationException(new DataError(wijkFile, null, "inwoners", DutchFormat.Number(total),
                $"{text}, meer dan {DutchFormat.Percent(PopulationRefusalTolerance, 0)} (regel: de inwoners van de wijken horen bij dezelfde gemeente en hetzelfde jaar als het model; controleer de eenheid en het jaar)"));
        return [new DataError(wijkFile, null, "inwoners", DutchFormat.Number(total),
            $"{text}, meer dan {DutchFormat.Percent(PopulationWarningTolerance, 0)}; het model rekent met zijn eigen bevolking en verdeelt die naar de aandelen van de wijken (regel: verschil hoogstens {DutchFormat.Percent(PopulationWarningTolerance, 0)})")];
    }

    /// <summary>Above this difference (in percentage points) between the wijk file's inhabitant-weighted age share and
    /// the model's a warning is shown; the model takes only the wijken's relative shares.</summary>
    public const double AgeShareWarningPoints = 0.03;

    /// <summary>Above this difference (in percentage points) the wijk file is refused: its age shares describe another
    /// city, or are percentages of another group.</summary>
    public const double AgeShareRefusalPoints = 0.15;

    /// <summary>
    /// The wijk file's age shares (<c>aandeel_0_17</c>, <c>aandeel_65plus</c>, weighted by inhabitants) against the model's
    /// (<c>bevolking.csv</c>): the model splits each of its own age groups over the wijken in proportion to these shares, so
    /// when every wijk says 95% is 0-17 while the model's city has 19%, the 95% would silently become 19%. Within
    /// <see cref="AgeShareWarningPoints"/> nothing, up to <see cref="AgeShareRefusalPoints"/> a warning, beyond a refusal.
    /// </summary>
    private static IReadOnlyList<DataError> CheckAgeShares(ModelDefinition model, WijkSet set, string wijkFile)
    {
        var vector = model.Parameters.DefaultVector();
        var population = model.Demography.Sum(d => d.Inhabitants.Evaluate(vector));
        var warnings = new List<DataError>();
        var errors = new ErrorCollector(wijkFile);
        foreach (var (column, label, share, inGroup) in new (string, string, Func<Wijk, double?>, Func<Population.AgeBand, bool>)[]
                 {
                     ("aandeel_0_17", "0-17 jaar", w => w.YouthShare, WijkModel.IsYouth),
                     ("aandeel_65plus", "65 jaar en ouder", w => w.ElderlyShare, WijkModel.IsElderly),
                 })
        {
            var given = set.Wijken.Where(w => share(w) is not null).ToList();
            var bands = model.Demography.Where(d => inGroup(d.Band)).ToList();
            if (given.Count == 0 || bands.Count == 0 || !(population > 0)) continue;
            var inFile = given.Sum(w => w.Inhabitants * share(w)!.Value) / given.Sum(w => w.Inhabitants);
            var inModel = bands.Sum(d => d.Inhabitants.Evaluate(vector)) / population;
            var points = Math.Abs(inFile - inModel);
            if (points <= AgeShareWarningPoints) continue;
            var text = $"de wijken hebben samen {DutchFormat.Percent(inFile, 1)} inwoners van {label}, het model ({ModelFiles.PopulationFile}) {DutchFormat.Percent(inModel, 1)}: " +
                       $"{DutchFormat.Number(points * 100, 1)} procentpunt verschil";
            if (points > AgeShareRefusalPoints)
                errors.Add(null, column, DutchFormat.Percent(inFile, 1),
                    $"{text}, meer dan {DutchFormat.Number(AgeShareRefusalPoints * 100, 0)} (regel: de leeftijdsaandelen van de wijken horen bij dezelfde stad als het model; het model zou ze stil terugschalen naar zijn eigen leeftijdsopbouw)");
            else
                warnings.Add(new DataError(wijkFile, null, column, DutchFormat.Percent(inFile, 1),
                    $"{text}, meer dan {DutchFormat.Number(AgeShareWarningPoints * 100, 0)}; het model houdt zijn eigen leeftijdsopbouw en verdeelt elke leeftijdsgroep naar de verhouding tussen de wijken"));
        }
        errors.ThrowIfAny();
        return warnings;
    }

    private static WijkModel LoadChecked(ModelDefinition model, WijkSet set, string wijkFile, string? indicatorFile, NeedModelOptions? needOptions,
        out IReadOnlyList<DataError> indicatorWarnings)
    {
        indicatorWarnings = [];
        var parameterFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(wijkFile))!, Analytics.Wijken.WijkParameterFile.DefaultName);
        var own = File.Exists(parameterFile) ? Analytics.Wijken.WijkParameterFile.Read(parameterFile, model.Parameters, set) : null;
        var migrationFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(wijkFile))!, WijkMigration.DefaultName);
        var migration = File.Exists(migrationFile) ? WijkMigration.Read(migrationFile, set, model.Bands) : null;
        if (indicatorFile is null) return WijkModel.Build(model, set, null, own, parameterFile).WithMigration(migration);
        var areas = AreaIndicatorFile.Read(indicatorFile, out indicatorWarnings);
        AreaIndicatorFile.CheckWijken(areas, set, indicatorFile);
        var need = NeedModel.Fit(areas, needOptions, indicatorFile);
        var built = WijkModel.Build(model, set, need.NeedFactors(set), own, parameterFile).WithMigration(migration);
        built.Need = need;
        built.NeedFile = indicatorFile;
        return built;
    }
}
