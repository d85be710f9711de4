using Preventie.Analytics.Inventory;
using Preventie.Analytics.Population;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Interventions;

/// <summary>
/// A prevention activity or policy change in a scenario (from the inventory or written by hand): who it targets, how
/// many it reaches, what it costs each payer per year while funded, and what it changes.
/// <para>Timing: costs run from <see cref="StartYear"/> to <see cref="EndYear"/> inclusive (null = structural, to the
/// horizon). The effect intensity in year y is <see cref="Intensity"/>: it ramps up linearly over
/// <see cref="RampUpYears"/> R (year start+k−1 has k/R, full from year start+R−1; R = 0 or 1 is full at once), and
/// after funding stops fades out linearly over exactly <see cref="FadeOutYears"/> F years: year end+k (k = 1..F) has
/// the level reached in the end year × (1 − k/(F+1)), and from end+F+1 on the intensity is 0 (F = 0 stops at once).
/// So F = 1 gives one year at half the level, F = 3 gives three years at 3/4, 1/2 and 1/4.</para>
/// <para>Reach: the effect applies to a fraction reach × wijkaandeel of every target band (people reached are assumed
/// to be spread evenly over the band's states). An intervention naming <see cref="Wijken"/> has one definition of whom
/// it reaches: reach of the target bands of the named wijken. With a wijk file those wijken are separate cohorts and
/// wijkaandeel is replaced by their share of the inhabitants in the file; without one, wijkaandeel stands for that share
/// and the reach is spread evenly over the city (<see cref="Wijken.WijkModel.Compile"/>).</para>
/// </summary>
public sealed record Intervention
{
    /// <summary>The intervention's name, as reports and errors show it.</summary>
    public required string Name { get; init; }
    /// <summary>A short description for reports, or null.</summary>
    public string? Description { get; init; }
    /// <summary>The form of prevention (universeel, selectief, geïndiceerd) as the inventory classifies it.</summary>
    public PreventionForm Form { get; init; } = PreventionForm.Onbekend;
    /// <summary>The age bands the intervention is aimed at; its reach is a fraction of these bands.</summary>
    public required IReadOnlyList<AgeBand> TargetBands { get; init; }
    /// <summary>Fraction of the target bands reached when at full intensity.</summary>
    public required SourcedValue Reach { get; init; }
    /// <summary>Population share of the pilot neighbourhood(s); 1 for the whole municipality. With a wijk file and
    /// <see cref="Wijken"/> named, the named wijken's share in the file is used instead.</summary>
    public SourcedValue NeighbourhoodShare { get; init; } = SourcedValue.One;
    /// <summary>Named wijken the intervention targets (scenario key <c>wijken</c>); empty = the whole city. In a model
    /// with a wijk file it reaches <see cref="Reach"/> of the target bands there and nobody elsewhere (the wijken's share
    /// of the inhabitants replaces <see cref="NeighbourhoodShare"/>); without one, <see cref="NeighbourhoodShare"/> × reach
    /// of the whole city.</summary>
    public IReadOnlyList<string> Wijken { get; init; } = [];
    /// <summary>First funded calendar year (scenario key <c>start</c>).</summary>
    public required CalendarYear StartYear { get; init; }
    /// <summary>Last funded calendar year, inclusive (key <c>eind</c>); null = structural, to the horizon.</summary>
    public CalendarYear? EndYear { get; init; }
    /// <summary>Number of years R over which the effect ramps up (a count of years, not a year).</summary>
    public int RampUpYears { get; init; }
    /// <summary>Number of years F over which the effect fades out after funding stops (a count of years).</summary>
    public int FadeOutYears { get; init; }
    /// <summary>The yearly costs per payer while the intervention is funded.</summary>
    public IReadOnlyList<InterventionCost> Costs { get; init; } = [];
    /// <summary>Its effects on transitions between states, applied to the people reached and scaled by the intensity.</summary>
    public IReadOnlyList<InterventionEffect> Effects { get; init; } = [];
    /// <summary>The scenario file that defined it (for reports and errors).</summary>
    public string? DefinedIn { get; init; }

    /// <summary>True when the intervention is funded in <paramref name="year"/>.</summary>
    public bool IsFunded(CalendarYear year) => year >= StartYear && (EndYear is null || year <= EndYear);

    /// <summary>Effect intensity in [0, 1] in calendar year <paramref name="year"/> (ramp-up and fade-out, see type docs).</summary>
    public double Intensity(CalendarYear year)
    {
        if (year < StartYear) return 0;
        var ramp = RampUpYears <= 1 ? 1.0 : Math.Min(1.0, (year - StartYear + 1) / (double)RampUpYears);
        if (EndYear is { } end && year > end)
        {
            var k = year - end;
            if (FadeOutYears <= 0 || k > FadeOutYears) return 0;
            var fade = 1.0 - k / (double)(FadeOutYears + 1);
            // ramp-up level reached at the end year, faded from there
            var reached = RampUpYears <= 1 ? 1.0 : Math.Min(1.0, (end - StartYear + 1) / (double)RampUpYears);
            return reached * fade;
        }
        return ramp;
    }
}
