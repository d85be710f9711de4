using Preventie.Analytics.Formatting;
using System.Text;
using Preventie.Analytics.Input;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Population;
using Preventie.Analytics.Reporting;

namespace Preventie.Analytics.Tests.Input;

public class FoundationTests
{
    [Theory]
    [InlineData("1,5", 1.5)]
    [InlineData("0.25", 0.25)]
    [InlineData("1.234,50", 1234.5)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("€ 350.000,00", 350000)]
    [InlineData("12,5%", 0.125)]
    [InlineData("-3", -3)]
    public void Dutch_numbers_parse(string text, double expected)
    {
        Assert.True(DutchNumber.TryParse(text, out var v));
        Assert.Equal(expected, v, 9);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,2,3")]
    [InlineData(".")]
    public void Non_numbers_do_not_parse(string text) => Assert.False(DutchNumber.TryParse(text, out _));

    [Theory]
    [InlineData("min 9 maanden tot 4 jaar", "Pregnancy0To3")]
    [InlineData("0-3", "Pregnancy0To3")]
    [InlineData("4-12", "Age4To12")]
    [InlineData("4 t/m 12 jaar", "Age4To12")]
    [InlineData("13 tot 18 jaar", "Age13To17")]
    [InlineData("28-44", "Age28To44")]
    [InlineData("80+", "Age80Plus")]
    [InlineData("80 jaar en ouder", "Age80Plus")]
    public void Age_bands_parse_from_seed_labels(string text, string expected) =>
        Assert.Equal(typeof(InventoryBands).GetProperty(expected)!.GetValue(null), InventoryBands.All.Parse(text));

    [Theory]
    [InlineData("5-10")]
    [InlineData("volwassenen")]
    public void Unknown_age_band_gives_dutch_error(string text)
    {
        var ex = Assert.Throws<FormatException>(() => InventoryBands.All.Parse(text));
        Assert.Contains("onbekende leeftijdsgroep", ex.Message);
    }

    [Fact]
    public void Band_widths_cover_ages_0_to_79_without_gaps()
    {
        // 4 + 9 + 5 + 10 + 17 + 20 + 15 = 80 one-year cohorts below 80
        Assert.Equal(80, InventoryBands.All.Where(b => b != InventoryBands.Age80Plus).Sum(b => b.WidthInYears!.Value));
    }

    [Fact]
    public void Column_names_match_tolerantly() =>
        Assert.True(ColumnName.Matches("Geïndiceerd ", "geindiceerd") && ColumnName.Matches("Beoogd_effect", "beoogd effect"));

    [Fact]
    public void Euro_format_is_dutch()
    {
        Assert.Equal("€ 1,2 mln", DutchFormat.Euro(1234567));
        Assert.Equal("12,5%", DutchFormat.Percent(0.125));
    }

    [Fact]
    public void Csv_reader_finds_header_skips_comments_and_keeps_line_numbers()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tr-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "# bron: test\nNaam;Vorm;Bedrag\n\"a;b\";Geïndiceerd;1,5\n\nc;\"twee\nregels\";2\n", new UTF8Encoding(true));
        try
        {
            var t = TableReader.Read(path, new[] { "naam" }, new[] { "vorm" });
            Assert.Equal(2, t.HeaderRow);
            Assert.Equal(new[] { 3, 5 }, t.Rows.Select(r => r.Number));
            Assert.Equal("a;b", t.Rows[0].Get(t.IndexOf("NAAM")));
            Assert.Equal("twee\nregels", t.Rows[1].Get(t.IndexOf("vorm")));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Csv_reader_reports_missing_column_and_bad_encoding_in_dutch()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tr-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "Naam;Bedrag\nx;1\n");
            var ex = Assert.Throws<DataValidationException>(() => TableReader.Read(path, new[] { "naam" }, new[] { "vorm" }));
            Assert.Contains("verplichte kolom 'vorm' ontbreekt", ex.Errors.Single().ToString());

            File.WriteAllBytes(path, Encoding.Latin1.GetBytes("Naam;Vorm\nCaf\u00e9;x\n"));
            ex = Assert.Throws<DataValidationException>(() => TableReader.Read(path, new[] { "naam" }));
            Assert.Contains("geen geldige UTF-8", ex.Message);
            Assert.Equal(2, ex.Errors.Single().Row);
        }
        finally { File.Delete(path); }
    }
}
