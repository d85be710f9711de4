using System.Text;

namespace Preventie.Analytics.Output;

/// <summary>
/// Writes output so that nothing half-written is left behind: a file is written to a temporary file beside it
/// and moved into place only when complete; a directory of results is built in a temporary sibling directory
/// and renamed when every file is written.
/// </summary>
public static class AtomicOutput
{
    /// <summary>Writes <paramref name="write"/>'s stream to <paramref name="path"/> atomically.</summary>
    public static void WriteFile(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
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
    }

    /// <summary>Writes UTF-8 text (without BOM) to <paramref name="path"/> atomically.</summary>
    public static void WriteText(string path, string text) =>
        WriteFile(path, s =>
        {
            var bytes = new UTF8Encoding(false).GetBytes(text);
            s.Write(bytes);
        });

    /// <summary>
    /// Fills a fresh temporary directory through <paramref name="fill"/>, then replaces <paramref name="directory"/>
    /// with it. If <paramref name="fill"/> throws, <paramref name="directory"/> is left as it was.
    /// Files already in <paramref name="directory"/> that <paramref name="fill"/> does not write are kept.
    /// </summary>
    public static void WriteDirectory(string directory, Action<string> fill)
    {
        var full = Path.GetFullPath(directory);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var tmp = Path.Combine(parent, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(tmp);
        try
        {
            fill(tmp);
            Directory.CreateDirectory(full);
            foreach (var file in Directory.EnumerateFiles(tmp, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(full, Path.GetRelativePath(tmp, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(file, target, overwrite: true);
            }
        }
        finally
        {
            if (Directory.Exists(tmp)) Directory.Delete(tmp, recursive: true);
        }
    }
}
