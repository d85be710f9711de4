namespace Preventie.Analytics.Uncertainty;

/// <summary>
/// The random source of one stream of one draw: xoshiro256** (Blackman &amp; Vigna 2018), seeded through
/// <see cref="SplitMix64"/> from (run seed, draw number, stream key). It derives from <see cref="Random"/> so the
/// MathNet.Numerics samplers can use it, and overrides every method they call, so the sequence depends only on
/// this code and the pinned MathNet.Numerics 5.0.0 algorithms — not on the .NET version, the thread, or the
/// order in which draws are computed.
/// <para>
/// One instance is reused by a worker for many draws through <see cref="Reset"/>; it holds no other state,
/// so there is nothing to allocate per draw.
/// </para>
/// <para>
/// Guarantee: the random bits are fixed for ever. Results built on them are bit-identical for the same seed and
/// inputs on the same runtime and machine whatever the number of threads; on another runtime or processor,
/// <see cref="Math.Log(double)"/>, <see cref="Math.Exp"/> and <see cref="Math.Pow"/> (used by the samplers) may differ
/// in the last bit, so figures can then differ in the last digits.
/// </para>
/// </summary>
public sealed class DrawRandom : Random
{
    private const double TwoPowMinus53 = 1.0 / (1UL << 53);
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>A source positioned at (seed, draw 0, stream 0); call <see cref="Reset"/> before use.</summary>
    public DrawRandom(ulong seed = 0) : base(0) => Reset(seed, 0, 0);

    /// <summary>A source positioned at the start of stream <paramref name="stream"/> of draw <paramref name="draw"/>.</summary>
    public DrawRandom(ulong seed, long draw, ulong stream) : base(0) => Reset(seed, draw, stream);

    /// <summary>
    /// Positions this source at the start of the stream for (<paramref name="seed"/>, <paramref name="draw"/>,
    /// <paramref name="stream"/>). Same arguments, same sequence — always.
    /// </summary>
    public void Reset(ulong seed, long draw, ulong stream)
    {
        var sm = SplitMix64.Mix(seed ^ 0x6A09E667F3BCC909UL)
                 ^ SplitMix64.Mix((ulong)draw + 0xD1B54A32D192ED03UL)
                 ^ SplitMix64.Mix(stream ^ 0x8CB92BA72F3D8DD7UL);
        _s0 = SplitMix64.Next(ref sm);
        _s1 = SplitMix64.Next(ref sm);
        _s2 = SplitMix64.Next(ref sm);
        _s3 = SplitMix64.Next(ref sm);
        if ((_s0 | _s1 | _s2 | _s3) == 0) _s0 = 1; // the all-zero state is the one forbidden state
    }

    /// <summary>Sets the raw xoshiro256** state (for checks against the reference implementation).</summary>
    internal void SetState(ulong s0, ulong s1, ulong s2, ulong s3) => (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);

    /// <summary>The next 64 random bits (xoshiro256**).</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform number in the open interval (0, 1): 53 random bits, centred, so never 0 or 1 (safe for logarithms).</summary>
    public override double NextDouble() => ((NextUInt64() >> 11) + 0.5) * TwoPowMinus53;

    /// <summary>A uniform number in (0, 1), the same as <see cref="NextDouble"/>.</summary>
    protected override double Sample() => NextDouble();

    /// <summary>A uniform number in [0, 1) from 24 random bits.</summary>
    public override float NextSingle() => (float)((NextUInt64() >> 40) * (1.0 / (1 << 24)));

    /// <summary>A non-negative integer below <see cref="int.MaxValue"/>, unbiased (by rejection).</summary>
    public override int Next() => (int)NextInt64(int.MaxValue);

    /// <summary>An integer in [0, <paramref name="maxValue"/>), unbiased (by rejection).</summary>
    public override int Next(int maxValue) => (int)NextInt64(maxValue);

    /// <summary>An integer in [<paramref name="minValue"/>, <paramref name="maxValue"/>), unbiased (by rejection).</summary>
    public override int Next(int minValue, int maxValue) => (int)NextInt64(minValue, maxValue);

    /// <summary>A non-negative integer below <see cref="long.MaxValue"/> from the top 63 bits.</summary>
    public override long NextInt64()
    {
        while (true)
        {
            var r = (long)(NextUInt64() >> 1);
            if (r != long.MaxValue) return r;
        }
    }

    /// <summary>An integer in [0, <paramref name="maxValue"/>), unbiased (by rejection).</summary>
    public override long NextInt64(long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxValue);
        return (long)NextBelow((ulong)maxValue);
    }

    /// <summary>An integer in [<paramref name="minValue"/>, <paramref name="maxValue"/>), unbiased (by rejection).</summary>
    public override long NextInt64(long minValue, long maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return minValue + (long)NextBelow((ulong)(maxValue - minValue));
    }

    /// <summary>Fills <paramref name="buffer"/> with random bytes, eight per 64-bit number, least significant byte first.</summary>
    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());

    /// <summary>Fills <paramref name="buffer"/> with random bytes, eight per 64-bit number, least significant byte first.</summary>
    public override void NextBytes(Span<byte> buffer)
    {
        var i = 0;
        while (i < buffer.Length)
        {
            var r = NextUInt64();
            for (var b = 0; b < 8 && i < buffer.Length; b++, i++, r >>= 8) buffer[i] = (byte)r;
        }
    }

    /// <summary>An unbiased integer in [0, bound) by rejection (bound 0 gives 0).</summary>
    private ulong NextBelow(ulong bound)
    {
        if (bound <= 1) return 0;
        var threshold = (0UL - bound) % bound; // 2^64 mod bound
        while (true)
        {
            var r = NextUInt64();
            if (r >= threshold) return r % bound;
        }
    }
}
