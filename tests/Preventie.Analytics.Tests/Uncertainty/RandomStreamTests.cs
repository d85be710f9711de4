using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Tests.Uncertainty;

public class RandomStreamTests
{
    [Fact]
    public void SplitMix64_matches_the_published_reference_sequence()
    {
        // Reference outputs of Vigna's splitmix64.c for seed 1234567.
        ulong state = 1234567;
        Assert.Equal(6457827717110365317UL, SplitMix64.Next(ref state));
        Assert.Equal(3203168211198807973UL, SplitMix64.Next(ref state));
        Assert.Equal(9817491932198370423UL, SplitMix64.Next(ref state));
    }

    [Fact]
    public void Xoshiro256StarStar_matches_the_reference_implementation()
    {
        // Reference outputs of xoshiro256starstar.c from state {1, 2, 3, 4}.
        var r = new DrawRandom();
        r.SetState(1, 2, 3, 4);
        Assert.Equal(11520UL, r.NextUInt64());
        Assert.Equal(0UL, r.NextUInt64());
        Assert.Equal(1509978240UL, r.NextUInt64());
        Assert.Equal(1215971899390074240UL, r.NextUInt64());
    }

    [Fact]
    public void Same_seed_draw_and_stream_give_the_same_sequence_and_others_differ()
    {
        var a = new DrawRandom(42, 7, 3);
        var b = new DrawRandom(999, 0, 0);
        b.NextDouble();
        b.Reset(42, 7, 3); // a reused source forgets its history
        for (var i = 0; i < 100; i++) Assert.Equal(a.NextUInt64(), b.NextUInt64());

        var first = new DrawRandom(42, 7, 3).NextUInt64();
        Assert.NotEqual(first, new DrawRandom(42, 8, 3).NextUInt64());
        Assert.NotEqual(first, new DrawRandom(43, 7, 3).NextUInt64());
        Assert.NotEqual(first, new DrawRandom(42, 7, 4).NextUInt64());
    }

    [Fact]
    public void Uniform_doubles_lie_in_the_open_unit_interval_with_the_right_moments()
    {
        var r = new DrawRandom(1, 0, 0);
        const int n = 200_000;
        double sum = 0, sumSq = 0;
        for (var i = 0; i < n; i++)
        {
            var u = r.NextDouble();
            Assert.True(u > 0 && u < 1);
            sum += u;
            sumSq += u * u;
        }
        var mean = sum / n;
        var variance = sumSq / n - mean * mean;
        // mean 1/2 with standard error sqrt(1/12/n) ≈ 0.00065; allow 5 standard errors
        Assert.InRange(mean, 0.5 - 5 * Math.Sqrt(1.0 / 12 / n), 0.5 + 5 * Math.Sqrt(1.0 / 12 / n));
        Assert.InRange(variance, 1.0 / 12 * 0.98, 1.0 / 12 * 1.02);
    }

    [Fact]
    public void Bounded_integers_stay_in_range_and_cover_it()
    {
        var r = new DrawRandom(5, 1, 1);
        var seen = new bool[7];
        for (var i = 0; i < 10_000; i++)
        {
            var k = r.Next(3, 10);
            Assert.InRange(k, 3, 9);
            seen[k - 3] = true;
        }
        Assert.All(seen, Assert.True);
        Assert.Equal(0, r.Next(0));
    }

    [Fact]
    public void Stable_keys_do_not_depend_on_the_process_and_differ_per_name()
    {
        // FNV-1a of "a" (UTF-16 unit 0x61) is 0xAF63DC4C8601EC8C; the key is its SplitMix64 mix.
        Assert.Equal(SplitMix64.Mix(0xAF63DC4C8601EC8CUL), SplitMix64.StableKey("a"));
        Assert.NotEqual(SplitMix64.StableKey("kans_herstel"), SplitMix64.StableKey("kans_herstel2"));
    }
}
