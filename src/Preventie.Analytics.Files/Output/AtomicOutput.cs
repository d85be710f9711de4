using System.Diagnostics;
using System.Text;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Output;

/// <summary>
/// Writes output whole or not at all.
/// <list type="bullet">
/// <item>A file is written to a temporary file beside it and moved into place when complete.</item>
/// <item>A directory is built in a temporary sibling directory and swapped in with a rename: a rerun replaces the
/// directory, so nothing of an earlier run is mixed in. (Linux cannot rename onto a non-empty directory, so the old
/// directory is first renamed aside and deleted after the swap; if the process dies between the two renames, the next
/// start puts the old directory back.)</item>
/// <item>Temporary names are <c>.&lt;target&gt;.&lt;process id&gt;-&lt;guid&gt;.tmp</c>; those of a process that no longer
/// runs (an interrupted run, e.g. <c>kill -9</c>) are removed at the next write to the same target.</item>
/// <item>I/O failures are thrown as <see cref="OutputWriteException"/> naming the real target, never the temporary file.</item>
/// </list>
/// </summary>
public static class AtomicOutput
{
    private const string TmpSuffix = ".tmp";
    private const string OldMarker = ".oud";

    /// <summary>Writes <paramref name="write"/>'s stream to <paramref name="path"/> atomically.</summary>
    public static void WriteFile(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        Guard(full, () =>
        {
            var dir = Path.GetDirectoryName(full)!;
            Directory.CreateDirectory(dir);
            RemoveStale(full);
            var tmp = TempName(full, "");
            try
            {
                using (var stream = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write))
                    write(stream);
                File.Move(tmp, full, overwrite: true);
            }
            finally
            {
                if (File.Exists(tmp)) File.Delete(tmp);
            }
        });
    }

    /// <summary>Writes UTF-8 text (without BOM) to <paramref name="path"/> atomically.</summary>
    public static void WriteText(string path, string text) => WriteText(path, text, bom: false);

    /// <summary>Writes UTF-8 text to <paramref name="path"/> atomically, with a byte-order mark if <paramref name="bom"/> (CSV for Excel).</summary>
    public static void WriteText(string path, string text, bool bom) =>
        WriteFile(path, s =>
        {
            var bytes = new UTF8Encoding(bom).GetPreamble().Concat(new UTF8Encoding(false).GetBytes(text)).ToArray();
            s.Write(bytes);
        });

    /// <summary>
    /// Fills a fresh temporary directory beside <paramref name="directory"/> through <paramref name="fill"/>, then
    /// swaps it in place of <paramref name="directory"/>: afterwards the directory holds exactly what
    /// <paramref name="fill"/> wrote. If <paramref name="fill"/> throws, <paramref name="directory"/> is left as it was.
    /// </summary>
    public static void WriteDirectory(string directory, Action<string> fill)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        Guard(full, () =>
        {
            var parent = Path.GetDirectoryName(full)!;
            Directory.CreateDirectory(parent);
            if (File.Exists(full)) throw new IOException("er staat een bestand met die naam, geen map");
            RemoveStale(full);
            var tmp = TempName(full, "");
            Directory.CreateDirectory(tmp);
            try
            {
                try
                {
                    fill(tmp);
                }
                catch (OutputWriteException ex) when (IsUnder(ex.Target, tmp))
                {
                    // a nested atomic write inside the temporary directory: name the final place, not the temporary one
                    throw new OutputWriteException(Path.Combine(full, Path.GetRelativePath(tmp, ex.Target)), ex.InnerException!);
                }
                Swap(tmp, full);
            }
            finally
            {
                if (Directory.Exists(tmp)) Directory.Delete(tmp, recursive: true);
            }
        });
    }

    /// <summary>
    /// Null when <paramref name="target"/> (a file or directory still to be written) can be created or replaced;
    /// otherwise a Dutch reason. Checked before long work starts, so that a read-only folder does not cost a whole run.
    /// </summary>
    public static string? WhyNotWritable(string target)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var parent = Path.GetDirectoryName(full);
        if (parent is null) return "de hoofdmap van het bestandssysteem kan niet worden vervangen";
        var existing = parent;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing)) return $"'{existing}' is een bestand, geen map";
            existing = Path.GetDirectoryName(existing);
            if (existing is null) return "de map bestaat niet en kan niet worden aangemaakt";
        }
        var probe = TempName(Path.Combine(existing, Path.GetFileName(full)), "");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write)) { }
            File.Delete(probe);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"de map '{existing}' is niet beschrijfbaar (geen schrijfrechten of alleen-lezen)";
        }
    }

    /// <summary>
    /// Null when the file <paramref name="target"/> can be written by <see cref="WriteFile"/>; otherwise a Dutch reason,
    /// also when a folder of that name is in the way.
    /// </summary>
    public static string? WhyNotWritableFile(string target) =>
        Directory.Exists(target) ? "dit is een bestaande map; geef de naam van een bestand" : WhyNotWritable(target);

    /// <summary>
    /// Null when the folder <paramref name="target"/> can be written by <see cref="WriteDirectory"/>; otherwise a Dutch
    /// reason, also when a file of that name is in the way.
    /// </summary>
    public static string? WhyNotWritableDirectory(string target) =>
        File.Exists(target) ? "dit is een bestaand bestand; geef de naam van een map" : WhyNotWritable(target);

    /// <summary>Throws a <see cref="DataValidationException"/> for <paramref name="option"/> when <paramref name="target"/> cannot be written.</summary>
    public static void EnsureWritable(string target, string option) => Refuse(target, option, WhyNotWritable(target));

    /// <summary>
    /// Throws a <see cref="DataValidationException"/> for <paramref name="option"/> when the file <paramref name="target"/>
    /// cannot be written (<see cref="WhyNotWritableFile"/>); called before the work that produces it.
    /// </summary>
    public static void EnsureWritableFile(string target, string option) => Refuse(target, option, WhyNotWritableFile(target));

    /// <summary>
    /// Throws a <see cref="DataValidationException"/> for <paramref name="option"/> when the folder <paramref name="target"/>
    /// cannot be written (<see cref="WhyNotWritableDirectory"/>); called before the work that fills it.
    /// </summary>
    public static void EnsureWritableDirectory(string target, string option) => Refuse(target, option, WhyNotWritableDirectory(target));

    private static void Refuse(string target, string option, string? reason)
    {
        if (reason is not null)
            throw new DataValidationException(new DataError("opdrachtregel", null, option, Path.GetFullPath(target), reason));
    }

    /// <summary>
    /// Removes temporary files and directories left beside <paramref name="fullTarget"/> by processes that no longer run;
    /// when the target itself is missing and an interrupted swap left the old directory aside, that is put back first.
    /// </summary>
    internal static void RemoveStale(string fullTarget)
    {
        var dir = Path.GetDirectoryName(fullTarget);
        if (dir is null || !Directory.Exists(dir)) return;
        var prefix = "." + Path.GetFileName(fullTarget) + ".";
        foreach (var entry in Directory.EnumerateFileSystemEntries(dir, prefix + "*" + TmpSuffix).Order(StringComparer.Ordinal))
        {
            var middle = Path.GetFileName(entry)[prefix.Length..^TmpSuffix.Length];
            var old = middle.EndsWith(OldMarker, StringComparison.Ordinal);
            if (old) middle = middle[..^OldMarker.Length];
            var dash = middle.IndexOf('-');
            if (dash <= 0 || !int.TryParse(middle[..dash], out var pid) || IsRunning(pid)) continue;
            try
            {
                if (old && !Path.Exists(fullTarget)) Directory.Move(entry, fullTarget);
                else if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true);
                else File.Delete(entry);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // best effort: a leftover we cannot remove does not stop the new run
            }
        }
    }

    private static void Swap(string tmp, string full)
    {
        if (!Directory.Exists(full))
        {
            Directory.Move(tmp, full);
            return;
        }
        var aside = TempName(full, OldMarker);
        Directory.Move(full, aside);
        try
        {
            Directory.Move(tmp, full);
        }
        catch
        {
            Directory.Move(aside, full);
            throw;
        }
        Directory.Delete(aside, recursive: true);
    }

    private static string TempName(string full, string marker) =>
        Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}-{Guid.NewGuid():N}{marker}{TmpSuffix}");

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsUnder(string path, string directory) =>
        path.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static void Guard(string target, Action write)
    {
        try
        {
            write();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && ex is not OutputWriteException)
        {
            throw new OutputWriteException(target, ex);
        }
    }
}
