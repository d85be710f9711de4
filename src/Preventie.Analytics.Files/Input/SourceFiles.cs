using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Preventie.Analytics.Input;

/// <summary>
/// The one place where the bytes of an input file are read. Every loader (tables, scenarios, monitor files, the hashes
/// of the run metadata) reads through here. Inside a <see cref="SourceFileScope"/> (one analysis run) each file is read
/// from disk once: its bytes are kept and hashed, and every later request gets the same bytes — so the SHA-256 in a
/// report is the hash of exactly what was parsed, and a test can count the requests per file.
/// </summary>
public static class SourceFiles
{
    /// <summary>The bytes of <paramref name="path"/> (from the current scope's copy when there is one).</summary>
    public static byte[] ReadAllBytes(string path) => SourceFileScope.Current?.Get(path).Bytes ?? File.ReadAllBytes(path);

    /// <summary>The text of <paramref name="path"/>, UTF-8 (a byte-order mark is skipped), as <see cref="File.ReadAllText(string)"/>.</summary>
    public static string ReadAllText(string path)
    {
        using var reader = OpenText(path);
        return reader.ReadToEnd();
    }

    /// <summary>A read-only stream over the bytes of <paramref name="path"/>.</summary>
    public static Stream OpenRead(string path) => new MemoryStream(ReadAllBytes(path), writable: false);

    /// <summary>A reader over the text of <paramref name="path"/> (UTF-8, byte-order mark detected).</summary>
    public static StreamReader OpenText(string path) => new(OpenRead(path), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

    /// <summary>The SHA-256 of the bytes of <paramref name="path"/>, lower-case hex (not counted as a request: hashing is
    /// not parsing).</summary>
    public static string Sha256(string path) => SourceFileScope.Current?.Get(path, count: false).Sha256 ?? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>
    /// <paramref name="parse"/> applied to <paramref name="path"/>: inside a scope the result is kept, so a file that
    /// several inputs refer to (a scenario's <c>basis:</c>) is parsed once per run. <paramref name="parse"/> reads the
    /// file through <see cref="SourceFiles"/> itself; a failing parse is not kept.
    /// </summary>
    public static T Parsed<T>(string path, Func<T> parse) where T : class =>
        SourceFileScope.Current is { } scope ? scope.GetOrParse(path, parse) : parse();
}

/// <summary>
/// One analysis run's view of its input files (<see cref="SourceFiles"/>): read once, hashed once, every request counted.
/// <code>using var files = SourceFileScope.Begin();   // …load and analyse…   files.Requests</code>
/// Scopes nest (the inner one is current until disposed) and flow with async calls.
/// </summary>
public sealed class SourceFileScope : IDisposable
{
    private static readonly AsyncLocal<SourceFileScope?> CurrentScope = new();
    private readonly SourceFileScope? _outer;
    private readonly ConcurrentDictionary<string, Entry> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);

    private SourceFileScope(SourceFileScope? outer) => _outer = outer;

    /// <summary>The scope of the current run, or null outside a run.</summary>
    public static SourceFileScope? Current => CurrentScope.Value;

    /// <summary>Starts a scope; dispose it when the run ends.</summary>
    public static SourceFileScope Begin()
    {
        var scope = new SourceFileScope(CurrentScope.Value);
        CurrentScope.Value = scope;
        return scope;
    }

    /// <summary>Full path → how many times a loader asked for the file's bytes in this scope.</summary>
    public IReadOnlyDictionary<string, int> Requests => _requests;

    /// <summary>The files read in this scope, full path → SHA-256.</summary>
    public IReadOnlyDictionary<string, string> Hashes => _files.ToDictionary(kv => kv.Key, kv => kv.Value.Sha256);

    internal Entry Get(string path, bool count = true)
    {
        var full = Path.GetFullPath(path);
        if (count) _requests.AddOrUpdate(full, 1, (_, n) => n + 1);
        return _files.GetOrAdd(full, f =>
        {
            var bytes = File.ReadAllBytes(f);
            return new Entry(bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        });
    }

    internal T GetOrParse<T>(string path, Func<T> parse) where T : class
    {
        var key = (Path.GetFullPath(path), typeof(T));
        if (_parsed.TryGetValue(key, out var done)) return (T)done;
        var value = parse();
        return (T)_parsed.GetOrAdd(key, value);
    }

    private readonly ConcurrentDictionary<(string, Type), object> _parsed = new();

    /// <summary>Ends the scope; the enclosing one (if any) becomes current again.</summary>
    public void Dispose()
    {
        if (ReferenceEquals(CurrentScope.Value, this)) CurrentScope.Value = _outer;
    }

    internal sealed record Entry(byte[] Bytes, string Sha256);
}
