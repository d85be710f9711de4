using Preventie.Analytics.Notebooks;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Tests.Notebooks;

[Collection(NotebookRunCollection.Name)]
public class DisplayFormatterTests
{
    [TypeFormatterSource(typeof(NotebookFormatterSource))]
    private sealed class Tabel : IHtmlRenderable
    {
        public string ToHtml() => "<table><tr><td>&lt;x&gt;</td></tr></table>";

        public override string ToString() => "Tabel met 1 rij";
    }

    private sealed class AfgeleideTabel : Tabel2
    {
    }

    [TypeFormatterSource(typeof(NotebookFormatterSource))]
    private class Tabel2 : IHtmlRenderable
    {
        public string ToHtml() => "<p>basis</p>";
    }

    [Fact]
    public void Types_with_the_formatter_attribute_get_text_html_and_plain_text()
    {
        var bundle = DisplayFormatter.Format(new Tabel());
        Assert.Equal(new[] { "text/plain", "text/html" }, bundle.Keys);
        Assert.Equal("Tabel met 1 rij", bundle["text/plain"]);
        Assert.Equal("<table><tr><td>&lt;x&gt;</td></tr></table>", bundle["text/html"]);
        Assert.Equal("<p>basis</p>", DisplayFormatter.Format(new AfgeleideTabel())["text/html"]);
    }

    [Fact]
    public void Other_values_get_plain_text_only()
    {
        Assert.Equal(new Dictionary<string, string> { ["text/plain"] = "<b>" }, DisplayFormatter.Format("<b>"));
        Assert.Equal("[1, 2, 3]", DisplayFormatter.Format(new List<int> { 1, 2, 3 })["text/plain"]);
        Assert.Equal("<null>", DisplayFormatter.Format(null)["text/plain"]);
        Assert.Equal("[" + string.Join(", ", Enumerable.Range(1, 20)) + ", …]", DisplayFormatter.Format(Enumerable.Range(1, 25).ToArray())["text/plain"]);
    }

    [Fact]
    public async Task Capture_keeps_stdout_stderr_and_displays_in_order_and_ignores_unrelated_flows()
    {
        var cell = NotebookCell.Code("x");
        Task other;
        using (var capture = new CellOutputCapture(cell))
        {
            Console.Write("een ");
            Console.WriteLine("twee");
            Console.Error.WriteLine("waarschuwing");
            capture.Display(new Tabel());
            // A task the cell starts is part of the cell; an unrelated flow (a test running in parallel) is not.
            await Task.Run(() => Console.WriteLine("uit taak"));
            using (ExecutionContext.SuppressFlow()) other = Task.Run(() => Console.WriteLine("van elders"));
            await other;
            Console.WriteLine("drie");
        }

        Assert.Equal(
            new[] { ("stream", "een twee\n"), ("stream", "waarschuwing\n"), ("display_data", "Tabel met 1 rij"), ("stream", "uit taak\ndrie\n") },
            cell.Outputs.Select(o => (o.OutputType, o.OutputType == "stream" ? o.Text : o.GetData("text/plain")!)));
        Assert.Equal("stderr", cell.Outputs[1].StreamName);
    }
}
