using Preventie.Analytics.Input;
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
            var parameterFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(wijkFile))!, Analytics.Wijken.WijkParameterFile.DefaultName);
            var own = File.Exists(parameterFile) ? Analytics.Wijken.WijkParameterFile.Read(parameterFile, model.Parameters, set) : null;
            var migrationFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(wijkFile))!, WijkMigration.DefaultName);
            var migration = File.Exists(migrationFile) ? WijkMigration.Read(migrationFile, set, model.Bands) : null;
            if (indicatorFile is null) return WijkModel.Build(model, set, null, own, parameterFile).WithMigration(migration);
            var areas = AreaIndicatorFile.Read(indicatorFile);
            AreaIndicatorFile.CheckWijken(areas, set, indicatorFile);
            var need = NeedModel.Fit(areas, needOptions, indicatorFile);
            var built = WijkModel.Build(model, set, need.NeedFactors(set), own, parameterFile).WithMigration(migration);
            built.Need = need;
            built.NeedFile = indicatorFile;
            return built;
        }
    }
}
