using System.Text;

namespace Preventie.Analytics.Notebooks;

/// <summary>
/// Collects one cell's outputs in order: what the cell writes to stdout/stderr becomes stream outputs, and each
/// displayed value a display_data output; pending stream text is flushed before a display so the order matches
/// what the user would see in a live kernel. Console output is redirected only for the running cell's async flow
/// (<see cref="AsyncLocal{T}"/>), so other threads writing to the console at the same time are not captured.
/// </summary>
internal sealed class CellOutputCapture : IDisposable
{
    private readonly NotebookCell _cell;
    private readonly StringWriter _stdout = new(new StringBuilder(), Reporting.DutchFormat.Culture);
    private readonly StringWriter _stderr = new(new StringBuilder(), Reporting.DutchFormat.Culture);
    private static readonly AsyncLocal<TextWriter?> OutTarget = new();
    private static readonly AsyncLocal<TextWriter?> ErrorTarget = new();
    private readonly TextWriter _previousOut;
    private readonly TextWriter _previousError;
    private readonly TextWriter _installedOut;
    private readonly TextWriter _installedError;

    public CellOutputCapture(NotebookCell cell)
    {
        _cell = cell;
        _previousOut = Console.Out;
        _previousError = Console.Error;
        Console.SetOut(new RoutingWriter(OutTarget, _previousOut));
        Console.SetError(new RoutingWriter(ErrorTarget, _previousError));
        _installedOut = Console.Out;
        _installedError = Console.Error;
        OutTarget.Value = TextWriter.Synchronized(_stdout);
        ErrorTarget.Value = TextWriter.Synchronized(_stderr);
    }

    public void Display(object? value)
    {
        Flush();
        _cell.AddOutput(NotebookOutput.DisplayData(DisplayFormatter.Format(value)));
    }

    public void Result(int executionCount, object value)
    {
        Flush();
        _cell.AddOutput(NotebookOutput.ExecuteResult(executionCount, DisplayFormatter.Format(value)));
    }

    public void Error(NotebookOutput error)
    {
        Flush();
        _cell.AddOutput(error);
    }

    public void Flush()
    {
        FlushStream(_stdout, "stdout");
        FlushStream(_stderr, "stderr");
    }

    public void Dispose()
    {
        Flush();
        OutTarget.Value = null;
        ErrorTarget.Value = null;
        if (ReferenceEquals(Console.Out, _installedOut)) Console.SetOut(_previousOut);
        if (ReferenceEquals(Console.Error, _installedError)) Console.SetError(_previousError);
    }

    private void FlushStream(StringWriter writer, string name)
    {
        var sb = writer.GetStringBuilder();
        if (sb.Length == 0) return;
        _cell.AddOutput(NotebookOutput.Stream(name, sb.ToString()));
        sb.Clear();
    }

    /// <summary>Writes to the current async flow's target when set, otherwise to the console writer it replaced.</summary>
    private sealed class RoutingWriter(AsyncLocal<TextWriter?> target, TextWriter fallback) : TextWriter
    {
        private TextWriter Current => target.Value ?? fallback;

        public override Encoding Encoding => fallback.Encoding;

        public override IFormatProvider FormatProvider => Current.FormatProvider;

        public override void Write(char value) => Current.Write(value);

        public override void Write(string? value) => Current.Write(value);

        public override void Write(char[] buffer, int index, int count) => Current.Write(buffer, index, count);

        public override void WriteLine(string? value) => Current.WriteLine(value);

        public override void WriteLine() => Current.WriteLine();

        public override void Flush() => Current.Flush();
    }
}
