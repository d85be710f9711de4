using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Preventie.Analytics.Notebooks;

/// <summary>
/// Turns one cell's kernel events into notebook outputs the way the kernel's Jupyter front end does: displayed
/// values become display_data, the cell's value execute_result, stdout/stderr streams (consecutive writes to the same
/// stream merged, as Jupyter clients do), and compiler diagnostics a stderr stream. Events may arrive on other
/// threads while a cell runs, hence the lock.
/// </summary>
internal sealed class KernelOutputs(int executionCount)
{
    private readonly object _gate = new();
    private readonly List<InteractiveDocumentOutputElement> _outputs = new();

    /// <summary>The compiler diagnostics of the cell as one text (null when there were none).</summary>
    public string? Diagnostics { get; private set; }

    public void Add(KernelEvent kernelEvent)
    {
        lock (_gate)
        {
            switch (kernelEvent)
            {
                case StandardOutputValueProduced stdout:
                    AppendStream("stdout", PlainText(stdout));
                    break;
                case StandardErrorValueProduced stderr:
                    AppendStream("stderr", PlainText(stderr));
                    break;
                case ErrorProduced error:
                    AppendStream("stderr", PlainText(error));
                    break;
                case ReturnValueProduced result when result.Value is DisplayedValue:
                    // display(x) as the cell's last expression: already shown by its DisplayedValueProduced.
                    break;
                case ReturnValueProduced result:
                    var element = new ReturnValueElement { ExecutionOrder = executionCount };
                    foreach (var value in result.FormattedValues) element.Data[value.MimeType] = value.Value;
                    _outputs.Add(element);
                    break;
                case DisplayedValueProduced displayed:
                    _outputs.Add(new DisplayElement(displayed.FormattedValues.ToDictionary(v => v.MimeType, v => (object)v.Value)));
                    break;
                case DiagnosticsProduced diagnostics when diagnostics.FormattedDiagnostics.Count > 0:
                    var text = string.Join("\n\n", diagnostics.FormattedDiagnostics.Select(v => v.Value));
                    Diagnostics = text;
                    AppendStream("stderr", "\n" + text + "\n\n");
                    break;
            }
        }
    }

    /// <summary>The outputs so far.</summary>
    public IReadOnlyList<InteractiveDocumentOutputElement> Snapshot()
    {
        lock (_gate) return _outputs.ToList();
    }

    private void AppendStream(string name, string text)
    {
        if (text.Length == 0) return;
        if (_outputs.Count > 0 && _outputs[^1] is TextElement last && last.Name == name)
            _outputs[^1] = new TextElement(last.Text + text, name);
        else
            _outputs.Add(new TextElement(text, name));
    }

    private static string PlainText(DisplayEvent displayEvent) =>
        displayEvent.FormattedValues.FirstOrDefault(v => v.MimeType == "text/plain")?.Value
        ?? displayEvent.Value?.ToString()
        ?? string.Empty;
}
