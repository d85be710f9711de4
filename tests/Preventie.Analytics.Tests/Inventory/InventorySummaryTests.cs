using Preventie.Analytics.Html;
using System.Reflection;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Tests.Inventory;

public class InventorySummaryTests
{
    [Fact]
    public void Html_escapes_every_data_string()
    {
        var path = InventoryTestFiles.WriteCsv("xss.csv",
            "naam;vorm;opmerkingen;doelgroep\n" +
            "<script>alert(1)</script>;universeel;\"<img src=x onerror=alert(2)>?\";<b>iedereen</b>\n");
        var summary = InventorySummary.Create(InventoryLoader.Load(path));
        var html = summary.ToHtml();
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>iedereen", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", html);
    }

    [Fact]
    public void Summary_is_marked_for_notebook_html_formatting_and_the_formatter_renders_it()
    {
        var attribute = typeof(InventorySummary).GetCustomAttribute<Display.TypeFormatterSourceAttribute>();
        Assert.NotNull(attribute);
        Assert.Equal(typeof(NotebookFormatterSource), attribute.FormatterSourceType);
        var summary = InventorySummary.Create(InventoryLoader.Load(InventoryTestFiles.Extract));
        var writer = new StringWriter();
        Assert.True(new NotebookFormatterSource.HtmlFormatter().Format(summary, writer));
        Assert.Equal(summary.ToHtml(), writer.ToString());
        Assert.StartsWith("<div class=\"preventie-inventaris\">", writer.ToString());
    }

    [Fact]
    public void Html_shows_the_goal_pivot_and_findings()
    {
        var summary = InventorySummary.Create(InventoryLoader.Load(InventoryTestFiles.Extract),
            PublishedFigures.Load(InventoryTestFiles.Published), GoalMapping.Load(InventoryTestFiles.Mapping));
        var html = summary.ToHtml();
        Assert.Contains("<td>Doelstelling 1 - inkomsten en daginvulling</td><td>14</td>", html);
        Assert.Contains("koppeling is een aanname", html);
        Assert.Contains("Tegenstrijdigheden in de gepubliceerde cijfers (57)", html);
    }
}
