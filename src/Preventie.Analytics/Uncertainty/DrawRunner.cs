namespace Preventie.Analytics.Uncertainty;

/// <summary>Computes the outcome vector of draw <paramref name="draw"/> with the per-thread <paramref name="worker"/>.</summary>
public delegate void DrawComputation<in TWorker>(TWorker worker, int draw, Span<double> outcome);

/// <summary>Receives the outcome vector of draw <paramref name="draw"/>; called in draw order on one thread.</summary>
public delegate void DrawConsumer(int draw, ReadOnlySpan<double> outcome);

/// <summary>
/// Runs the draws of a probabilistic analysis in fixed-size chunks. Within a chunk the draws are split into
/// contiguous slices, one per worker, computed in parallel into a reused buffer; then the whole chunk is handed to
/// the consumer <em>in draw order on the calling thread</em>. Because every draw's outcome depends only on its
/// draw number (each draw seeds its own <see cref="DrawRandom"/>) and the summaries see the draws in the same
/// order, the result is bit-identical for any degree of parallelism. Memory is one chunk of outcomes plus one
/// worker per thread, whatever the number of draws.
/// </summary>
public sealed class DrawRunner
{
    /// <summary>Default number of draws per chunk.</summary>
    public const int DefaultChunkSize = 1024;

    /// <summary>The most draws a run accepts.</summary>
    public const int MaxDraws = 1_000_000;

    /// <param name="draws">Number of draws (1 to <see cref="MaxDraws"/>).</param>
    /// <param name="maxDegreeOfParallelism">Worker threads; 0 or less means <see cref="Environment.ProcessorCount"/>.</param>
    /// <param name="chunkSize">Draws per chunk.</param>
    public DrawRunner(int draws, int maxDegreeOfParallelism = 0, int chunkSize = DefaultChunkSize)
    {
        if (draws < 1 || draws > MaxDraws) throw new ArgumentOutOfRangeException(nameof(draws));
        if (chunkSize < 1) throw new ArgumentOutOfRangeException(nameof(chunkSize));
        Draws = draws;
        DegreeOfParallelism = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
        ChunkSize = chunkSize;
    }

    /// <summary>The number of draws of the run.</summary>
    public int Draws { get; }
    /// <summary>The number of worker threads that compute a chunk.</summary>
    public int DegreeOfParallelism { get; }
    /// <summary>The number of draws computed before they are handed to the consumer.</summary>
    public int ChunkSize { get; }

    /// <summary>Runs all draws.</summary>
    /// <param name="width">Length of each draw's outcome vector.</param>
    /// <param name="createWorker">Creates the per-thread state (scratch buffers, a <see cref="DrawRandom"/>…).</param>
    /// <param name="compute">Fills a draw's outcome; must depend only on the draw number, not on the worker's history.</param>
    /// <param name="consume">Receives each outcome in draw order.</param>
    /// <param name="progress">Called after each chunk with the number of draws done.</param>
    /// <param name="cancellationToken">Checked between chunks.</param>
    public void Run<TWorker>(int width, Func<TWorker> createWorker, DrawComputation<TWorker> compute, DrawConsumer consume,
        Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        if (width < 0) throw new ArgumentOutOfRangeException(nameof(width));
        var chunk = Math.Min(ChunkSize, Draws);
        var buffer = new double[chunk * width];
        var workers = new TWorker[Math.Min(DegreeOfParallelism, chunk)];
        for (var w = 0; w < workers.Length; w++) workers[w] = createWorker();

        for (var start = 0; start < Draws; start += chunk)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(chunk, Draws - start);
            var slices = Math.Min(workers.Length, count);
            var first = start;
            if (slices == 1)
            {
                ComputeSlice(workers[0], compute, buffer, width, first, 0, count);
            }
            else
            {
                Parallel.For(0, slices, new ParallelOptions { MaxDegreeOfParallelism = slices, CancellationToken = cancellationToken }, s =>
                {
                    var from = (int)((long)count * s / slices);
                    var to = (int)((long)count * (s + 1) / slices);
                    ComputeSlice(workers[s], compute, buffer, width, first + from, from, to - from);
                });
            }
            for (var i = 0; i < count; i++) consume(start + i, buffer.AsSpan(i * width, width));
            progress?.Invoke(start + count);
        }
    }

    private static void ComputeSlice<TWorker>(TWorker worker, DrawComputation<TWorker> compute, double[] buffer, int width,
        int firstDraw, int offset, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var span = buffer.AsSpan((offset + i) * width, width);
            span.Clear();
            compute(worker, firstDraw + i, span);
        }
    }
}
