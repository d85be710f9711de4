namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// SplitMix64 (Steele, Lea &amp; Flood 2014; constants as in Vigna's reference code): a tiny, well-mixed 64-bit
/// generator used only to turn a run seed, a draw number and a stream key into the state of a
/// <see cref="DrawRandom"/>. Written out here (not taken from the framework) so that its output is fixed for ever,
/// whatever the .NET version.
/// </summary>
public static class SplitMix64
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>Advances <paramref name="state"/> and returns the next output.</summary>
    public static ulong Next(ref ulong state)
    {
        state += Golden;
        return Mix(state);
    }

    /// <summary>The SplitMix64 output function (a bijective 64-bit mixer).</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>
    /// A stable 64-bit key for a text (FNV-1a over its UTF-16 code units, then mixed). Used to give every
    /// uncertain parameter its own random stream, so adding or reordering parameters does not change the draws
    /// of the others. Unlike <see cref="string.GetHashCode()"/> it is the same in every process.
    /// </summary>
    public static ulong StableKey(string text)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            h ^= c;
            h *= 0x100000001B3UL;
        }
        return Mix(h);
    }
}
