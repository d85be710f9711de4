using System.Security.Cryptography;
using System.Text;

namespace Preventie.Analytics.Model;

/// <summary>One file of a model folder and the SHA-256 of its bytes.</summary>
/// <param name="Name">File name inside the model folder, e.g. <c>parameters.csv</c>.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
public sealed record ModelFileHash(string Name, string Sha256);

/// <summary>
/// The identity of a model folder: which files, with which content, and — for a folder written by
/// <c>preventie monitor update</c> — on which monitor data and calibration it rests. Every council report and export
/// states it, so "last year's model versus this year's" and "calibrated versus not" cannot be confused.
/// <para><b>Id.</b> The SHA-256 of the listing "<c>&lt;sha256&gt;  &lt;name&gt;\n</c>" of every <c>*.csv</c> file in the
/// folder, names sorted ordinally (the output of <c>LC_ALL=C sha256sum *.csv</c>, so anyone can recompute it). It
/// changes exactly when the content of a model file changes, is added or removed; <c>model.json</c>,
/// other files and Excel's lock files (<c>~$…</c>) do not count. It is computed on every load
/// (<c>ModelFolderVersion.Read</c>), never stored as truth. This type is a value: reading the folder is
/// the job of <c>ModelFolderVersion</c> in the files layer.</para>
/// </summary>
/// <param name="Id">Lower-case hex SHA-256 as described above.</param>
/// <param name="Files">The hashed files, in hash order.</param>
/// <param name="Calibration">The folder's calibration record (<c>model.json</c>), or null for a folder
/// without one (the shipped <c>data/parameters</c>: not calibrated).</param>
/// <param name="RecordedId">The id <c>model.json</c> records for the folder as the calibration wrote
/// it; null without that file.</param>
public sealed record ModelVersion(string Id, IReadOnlyList<ModelFileHash> Files, CalibrationProvenance? Calibration = null, string? RecordedId = null)
{
    /// <summary>Length of <see cref="ShortId"/>.</summary>
    public const int ShortLength = 12;

    /// <summary>The first 12 hex digits of <see cref="Id"/>, as reports show it.</summary>
    public string ShortId => Id.Length <= ShortLength ? Id : Id[..ShortLength];

    /// <summary>
    /// True when the folder has a calibration record but its files no longer match the id recorded there: someone
    /// changed a model file after the calibration, so the figures are not those of the calibrated model.
    /// </summary>
    public bool ChangedSinceCalibration => Calibration is not null && !string.Equals(RecordedId, Id, StringComparison.Ordinal);

    /// <summary>True for a calibrated model folder whose files are exactly as the calibration wrote them.</summary>
    public bool IsCalibrated => Calibration is not null && !ChangedSinceCalibration;

    /// <summary>
    /// Dutch, for reports: "niet gekalibreerd (standaardwaarden)", "gekalibreerd op monitor-2025.csv, periode 2022–2024
    /// (2024 voorlopig), op 23-11-2026; afgeleid van model 1a2b3c4d5e6f (niet gekalibreerd)" or, for a folder changed after
    /// its calibration, a sentence that says so.
    /// </summary>
    public string Description
    {
        get
        {
            if (Calibration is not { } c) return "niet gekalibreerd (standaardwaarden)";
            var on = $"op {string.Join(" en ", c.Monitor.Select(m => $"{Path.GetFileName(m.Path)}, periode {m.PeriodText}"))}";
            var illustrative = c.Monitor.Any(m => m.Illustrative) ? " — illustratieve monitorcijfers" : "";
            if (ChangedSinceCalibration)
                return $"gewijzigd na de kalibratie {on}: de modelbestanden zijn niet meer die van gekalibreerde versie {Short(RecordedId ?? "")}";
            return $"gekalibreerd {on}, op {c.Created:dd-MM-yyyy}{illustrative}; afgeleid van model {Short(c.BaseModel.Version)}" +
                   (c.BaseModel.Calibrated ? " (zelf gekalibreerd)" : " (niet gekalibreerd)");
        }
    }

    /// <summary>"1a2b3c4d5e6f — niet gekalibreerd (standaardwaarden)": id and <see cref="Description"/>.</summary>
    public string Label => $"{ShortId} — {Description}";

    /// <summary>The first 12 hex digits of an id.</summary>
    public static string Short(string id) => id.Length <= ShortLength ? id : id[..ShortLength];

    /// <summary>The id of a list of file hashes: SHA-256 of "<c>&lt;sha256&gt;  &lt;name&gt;\n</c>" per file, names ordinally sorted.</summary>
    public static string IdOf(IEnumerable<ModelFileHash> files)
    {
        var listing = new StringBuilder();
        foreach (var f in files.OrderBy(f => f.Name, StringComparer.Ordinal)) listing.Append(f.Sha256).Append("  ").Append(f.Name).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing.ToString())));
    }
}
