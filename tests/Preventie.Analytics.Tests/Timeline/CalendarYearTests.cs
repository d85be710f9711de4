using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Tests.Timeline;

/// <summary>The invariants of <see cref="CalendarYear"/> and <see cref="CycleIndex"/>: range checks at construction,
/// arithmetic only where it means something, and culture-independent digits.</summary>
public class CalendarYearTests
{
    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    [InlineData(0)]
    [InlineData(-2024)]
    [InlineData(24)] // a two-digit "year" or a cycle index is not a year
    public void A_year_outside_the_model_range_is_refused(int value)
    {
        Assert.False(CalendarYear.IsValid(value));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new CalendarYear(value));
        Assert.Contains("jaartal", ex.Message);
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2024)]
    [InlineData(2200)]
    public void A_year_inside_the_range_keeps_its_value(int value)
    {
        Assert.True(CalendarYear.IsValid(value));
        Assert.Equal(value, new CalendarYear(value).Value);
    }

    [Fact]
    public void Year_arithmetic_gives_years_and_counts_of_years()
    {
        var start = new CalendarYear(2024);
        Assert.Equal(new CalendarYear(2027), start + 3);
        Assert.Equal(new CalendarYear(2021), start - 3);
        Assert.Equal(11, new CalendarYear(2035) - start);            // a count of years
        Assert.Equal(-1, new CalendarYear(2023) - start);
        Assert.True(new CalendarYear(2023) < start && start <= new CalendarYear(2024) && new CalendarYear(2025) > start);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CalendarYear(2200) + 1); // the sum is checked too
        Assert.Equal([2024, 2025, 2026], CalendarYear.Range(start, new CalendarYear(2026)).Select(y => y.Value).ToArray());
        Assert.Empty(CalendarYear.Range(start, new CalendarYear(2023)));
    }

    [Fact]
    public void The_cycle_of_a_year_is_year_minus_start_year()
    {
        var start = new CalendarYear(2024);
        Assert.Equal(new CycleIndex(0), CycleIndex.Of(start, start));
        Assert.Equal(new CycleIndex(4), CycleIndex.Of(new CalendarYear(2028), start));
        Assert.Equal(5, CycleIndex.Of(new CalendarYear(2028), start).Number); // cycle 5 in the 1-based convention
        Assert.Equal(new CalendarYear(2028), new CycleIndex(4).YearIn(start));
        // a year before the horizon has no cycle
        Assert.Throws<ArgumentOutOfRangeException>(() => CycleIndex.Of(new CalendarYear(2023), start));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CycleIndex(-1));
        Assert.Equal([0, 1, 2], CycleIndex.Range(3).Select(t => t.Value).ToArray());
    }

    [Property(MaxTest = 200)]
    public Property Year_of_cycle_and_cycle_of_year_are_inverse() =>
        Prop.ForAll(Gen.Choose(1900, 2100).ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (s, t) =>
        {
            var start = new CalendarYear(s);
            var year = new CycleIndex(t).YearIn(start);
            return year.Value == s + t && CycleIndex.Of(year, start).Value == t && year - start == t;
        });

    [Fact]
    public void A_year_prints_as_plain_digits_in_any_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
            Assert.Equal("2024", new CalendarYear(2024).ToString());
            Assert.Equal("2024", $"{new CalendarYear(2024)}");
        }
        finally { CultureInfo.CurrentCulture = before; }
    }
}
