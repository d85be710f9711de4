using Preventie.Analytics.Scenarios;

namespace Preventie.Analytics.Wijken;

/// <summary>Reads <see cref="WijkComparison"/> from its file (<c>WijkComparison.Load</c>): the core type holds the data, this layer the file access.</summary>
public static class WijkComparisonFile
{
    extension(WijkComparison)
    {
        /// <summary>Loads the wijk model (<c>WijkModel.Load</c> in <see cref="WijkModelFile"/>: the model in <paramref name="modelDirectory"/>, the wijk
        /// file with <c>wijkparameters.csv</c> beside it when present and, with <paramref name="indicatorFile"/>, the need per
        /// wijk from the need model) and both scenarios, and compares them per wijk on the base-case vector.</summary>
        /// <exception cref="Input.DataValidationException">Bad input (Dutch messages naming file, row and field).</exception>
        /// <param name="modelDirectory">The model folder (e.g. <c>data/parameters</c>).</param>
        /// <param name="scenarioFile">The scenario's YAML file.</param>
        /// <param name="comparatorFile">The comparator's YAML file (e.g. <c>basis.yaml</c>).</param>
        /// <param name="wijkFile">The wijk file (<see cref="WijkFile"/>).</param>
        /// <param name="psaDraws">Draws for the uncertainty per wijk (null = none).</param>
        /// <param name="seed">Seed of those draws.</param>
        /// <param name="indicatorFile">Wijk or buurt figures in the monitor layout for the need model; null = the city's need in every wijk.</param>
        public static WijkComparison Load(string modelDirectory, string scenarioFile, string comparatorFile, string wijkFile, int? psaDraws = null, ulong seed = 20240101,
            string? indicatorFile = null) =>
            WijkComparison.Load(WijkModel.Load(modelDirectory, wijkFile, indicatorFile), scenarioFile, comparatorFile, psaDraws, seed);

        /// <summary>Compares two scenario files per wijk on an already loaded wijk model (e.g. once for all pilots of a batch).</summary>
        public static WijkComparison Load(WijkModel wijken, string scenarioFile, string comparatorFile, int? psaDraws = null, ulong seed = 20240101) =>
            WijkComparison.Create(wijken.Compile(Scenarios.ScenarioFile.Load(scenarioFile, wijken.City)), wijken.Compile(Scenarios.ScenarioFile.Load(comparatorFile, wijken.City)), psaDraws, seed);
    }

    extension(WijkComparison c)
    {
        /// <summary>The wijk file (full path), or null for the model without one.</summary>
        public string? InputFile => c.Model.Wijken.File is { } f ? Path.GetFullPath(f) : null;

        /// <summary>The wijk parameter file used (full path), or null.</summary>
        public string? ParameterInputFile => c.Model.WijkParameterFile is { } f ? Path.GetFullPath(f) : null;

        /// <summary>The migration file (full path), or null when nobody moves between wijken.</summary>
        public string? MigrationInputFile => c.Model.Migration?.File is { } f && File.Exists(f) ? Path.GetFullPath(f) : null;

        /// <summary>The indicator file of the need model (full path), or null.</summary>
        public string? NeedInputFile => c.Model.NeedFile is { } f ? Path.GetFullPath(f) : null;
    }
}
