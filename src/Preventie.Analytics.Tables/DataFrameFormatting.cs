using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;

namespace Preventie.Analytics.Tables;

/// <summary>
/// Registers <see cref="DataFrameHtml"/> with the .NET Interactive formatter, so a <see cref="DataFrame"/> shows as an
/// HTML table in VS Code, in Jupyter's <c>.net-csharp</c> kernel and in <c>preventie notebook run</c> alike. Runs when this
/// assembly is first used (every <c>ToDataFrame()</c> also makes sure); registering once per process is enough, as
/// the kernel keeps its formatters for the process.
/// </summary>
public static class DataFrameFormatting
{
    private static int _registered;

    /// <summary>Registers the formatters (once).</summary>
    public static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1) return;
        Formatter.Register<DataFrame>((frame, writer) => writer.Write(DataFrameHtml.ToHtml(frame)), HtmlFormatter.MimeType);
        Formatter.Register<DataFrame>((frame, writer) => writer.Write(DataFrameHtml.ToPlainText(frame)), PlainTextFormatter.MimeType);
    }

#pragma warning disable CA2255 // a library module initializer: the point is that #r alone enables the formatter
    [ModuleInitializer]
    internal static void Initialize() => EnsureRegistered();
#pragma warning restore CA2255
}
