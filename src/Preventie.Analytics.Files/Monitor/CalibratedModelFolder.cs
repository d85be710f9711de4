using System.Text;
using Preventie.Analytics.Calibration;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;

namespace Preventie.Analytics.Monitor;

/// <summary>
/// The calibrated model version a monitor update produces: a complete model folder (<see cref="DirectoryName"/> inside
/// the run directory) that <c>batch</c>, <c>report</c> and <c>simulate</c> run on with <c>--parameters &lt;run&gt;/model</c>
/// through the one loader, <see cref="ModelFiles.Load"/>.
/// <list type="bullet">
/// <item>Every file of the base model folder (top level; the base's own <see cref="ModelManifest.FileName"/> excepted)
/// is copied byte for byte, except <c>parameters.csv</c>, whose rows for the calibrated parameters and the start
/// population taken from the monitor are rewritten (<see cref="ParameterFileUpdate"/>): new value, PSA distribution
/// re-centred on the estimate, and a <c>bron</c> naming the monitor file and period.</item>
/// <item><see cref="ModelManifest.FileName"/> records the version id, the hash of every model file and the calibration
/// (<see cref="CalibrationProvenance"/>: base model and its version, monitor file with SHA-256 and periods, the
/// calibration specification, the fit, the date in Europe/Amsterdam and the tool version).</item>
/// </list>
/// <see cref="Write"/> reads the written folder back with <see cref="ModelFiles.Load"/> and refuses to finish unless it
/// yields exactly the values the update ran on (so the folder reproduces the update's figures).
/// </summary>
public sealed class CalibratedModelFolder
{
    /// <summary>Name of the model folder inside a monitor run directory.</summary>
    public const string DirectoryName = "model";

    private readonly IReadOnlyDictionary<string, byte[]> files;
    private readonly ModelDefinition model;

    private CalibratedModelFolder(IReadOnlyDictionary<string, byte[]> files, ModelManifest manifest, ModelVersion version, ModelDefinition model)
    {
        this.files = files;
        this.model = model;
        Manifest = manifest;
        Version = version;
    }

    /// <summary>The folder's <c>model.json</c>.</summary>
    public ModelManifest Manifest { get; }

    /// <summary>The version the folder has once written (the same a later <see cref="ModelFiles.Load"/> computes).</summary>
    public ModelVersion Version { get; }

    /// <summary>The names of the files the folder holds (model files, other files of the base folder, <c>model.json</c>).</summary>
    public IReadOnlyList<string> FileNames => files.Keys.Append(ModelManifest.FileName).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The folder for <paramref name="model"/>, the model the update ran on, derived from <paramref name="baseModel"/>
    /// read from <paramref name="baseDirectory"/>.
    /// </summary>
    /// <param name="baseDirectory">The model folder the update started from.</param>
    /// <param name="baseModel">That folder, loaded.</param>
    /// <param name="model">The model the update ran on: the base with calibrated and observed values.</param>
    /// <param name="calibration">The calibration.</param>
    /// <param name="observed">The values set from the monitor without fitting (start population).</param>
    /// <param name="specificationFile">The calibration specification file.</param>
    /// <param name="root">The repository root (paths inside it are stored relative to it), or null.</param>
    /// <param name="created">When, in Europe/Amsterdam time.</param>
    /// <param name="seed">The calibration's seed.</param>
    public static CalibratedModelFolder Create(string baseDirectory, ModelDefinition baseModel, ModelDefinition model, CalibrationResult calibration,
        IReadOnlyList<ParameterUpdate> observed, string specificationFile, string? root, DateTimeOffset created, int seed)
    {
        // 1. the base folder's files, with the changed rows of parameters.csv rewritten
        var contents = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(baseDirectory))
        {
            var name = Path.GetFileName(path);
            if (name == ModelManifest.FileName) continue;
            contents[name] = File.ReadAllBytes(path);
        }
        var changed = model.Parameters.All.Where(p => !p.Equals(baseModel.Parameters[baseModel.Parameters.IndexOf(p.Name)])).ToList();
        var changedFiles = new List<string>();
        if (changed.Count > 0)
        {
            contents[ModelFiles.ParametersFile] = Rewrite(contents[ModelFiles.ParametersFile], changed);
            changedFiles.Add(ModelFiles.ParametersFile);
        }

        // 2. the version: hash of the model files as they will be written
        var hashes = ModelFolderVersion.ModelFileNames(baseDirectory).Where(contents.ContainsKey)
            .Select(n => new ModelFileHash(n, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(contents[n])))).ToList();
        var id = ModelVersion.IdOf(hashes);

        // 3. the calibration record
        var data = calibration.Data;
        var monitor = InputFile.Of("monitor", data.File, root);
        var spec = InputFile.Of("kalibratie", specificationFile, root);
        var provenance = new CalibrationProvenance
        {
            BaseModel = new BaseModel(Shown(baseDirectory, root), baseModel.Version?.Id ?? ModelFolderVersion.Compute(baseDirectory).Id, baseModel.Version?.IsCalibrated ?? false),
            Monitor = [new MonitorSource(monitor.Path, monitor.Sha256, data.Region, data.Periods, data.IsIllustrative)],
            Specification = new SourceFile(spec.Path, spec.Sha256),
            Parameters = calibration.Parameters.Select(p => new CalibratedValue(p.Name, p.Before, p.After,
                double.IsFinite(p.StandardError) ? p.StandardError : null, p.Lower, p.Upper, p.AtBound)).ToList(),
            ObservedValues = observed.Select(u => new ObservedValue(u.Name, baseModel.Parameters[baseModel.Parameters.IndexOf(u.Name)].Value, u.Value)).ToList(),
            Fit = new FitSummary(calibration.ObservationCount, calibration.ObjectiveBefore, calibration.ObjectiveAfter, calibration.ConditionNumber,
                calibration.RelativeDeviation.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value)),
            ChangedFiles = changedFiles,
            Created = created,
            Tool = "preventie monitor update " + RunManifest.CurrentVersion,
            Seed = seed,
            Warnings = calibration.Warnings,
        };
        var version = new ModelVersion(id, hashes, provenance, id);
        var manifest = new ModelManifest { ModelVersion = id, Description = version.Description, Files = hashes, Calibration = provenance };
        return new CalibratedModelFolder(contents, manifest, version, model);
    }

    /// <summary>
    /// Writes the folder into <paramref name="directory"/> (normally inside <c>MonitorRunOutput.Write</c>'s
    /// temporary run directory, so it is written whole or not at all), then loads it with <see cref="ModelFiles.Load"/>
    /// and checks that it has this version and exactly the parameters the update ran on.
    /// </summary>
    public void Write(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, bytes) in files) File.WriteAllBytes(Path.Combine(directory, name), bytes);
        File.WriteAllText(Path.Combine(directory, ModelManifest.FileName), Manifest.ToJson(), new UTF8Encoding(false));

        var loaded = ModelFiles.Load(directory);
        if (loaded.Version is not { IsCalibrated: true } v || v.Id != Version.Id)
            throw new InvalidOperationException($"The written model folder has version {loaded.Version?.Id}, expected {Version.Id}.");
        var expected = model.Parameters.All;
        var actual = loaded.Parameters.All;
        if (expected.Count != actual.Count) throw new InvalidOperationException("The written parameters.csv has another number of parameters.");
        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], actual[i]);
            var same = e.Name == a.Name && BitConverter.DoubleToInt64Bits(e.Value) == BitConverter.DoubleToInt64Bits(a.Value)
                       && e.Source == a.Source && e.IsAssumption == a.IsAssumption && e.Note == a.Note
                       && e.Distribution?.Kind == a.Distribution?.Kind && e.Distribution?.ByMeanSd == a.Distribution?.ByMeanSd
                       && e.Distribution?.Group == a.Distribution?.Group
                       && (e.Distribution?.Arguments ?? []).SequenceEqual(a.Distribution?.Arguments ?? []);
            if (!same) throw new InvalidOperationException($"Parameter '{e.Name}' reads back from the written parameters.csv differently from the value the update ran on.");
        }
    }

    /// <summary>
    /// <paramref name="utc"/> (a local time is converted first; an unspecified one is taken as UTC) in Europe/Amsterdam
    /// time (CET/CEST, with its offset); in UTC when the system has no time zone data.
    /// </summary>
    public static DateTimeOffset Amsterdam(DateTime utc)
    {
        var instant = new DateTimeOffset(utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        try
        {
            return TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"));
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return instant;
        }
    }

    private static byte[] Rewrite(byte[] bytes, IReadOnlyList<Parameter> changed)
    {
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var text = new UTF8Encoding(false, true).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        var updated = ParameterFileUpdate.Apply(text, changed);
        return (bom ? new byte[] { 0xEF, 0xBB, 0xBF } : []).Concat(new UTF8Encoding(false).GetBytes(updated)).ToArray();
    }

    /// <summary>A folder relative to the repository root (with '/') when it lies in it, otherwise absolute.</summary>
    private static string Shown(string directory, string? root)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (root is null) return full;
        var relative = Path.GetRelativePath(Path.GetFullPath(root), full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative.Replace('\\', '/');
    }
}
