using Preventie.Analytics.Formatting;
using System.Globalization;
using Preventie.Analytics.Input;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Simulation;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Plausibility;

/// <summary>
/// Legal but unusual values in a scenario: Dutch warnings (file, field, value and why it is unusual) that the CLI
/// prints and the council report and batch overview show under "Let op". Nothing is refused here — what is impossible
/// is refused by <c>ScenarioFile</c> and <see cref="ParameterPlausibility"/>. Computed once per scenario pair
/// and analysis (<c>pair.Warnings</c>, <see cref="ScenarioPairWarnings"/>, into the analysis result's warnings); the report
/// shows those.
/// Every threshold is a constant of this class, with its reason.
/// </summary>
public static class ScenarioPlausibility
{
    /// <summary>
    /// A horizon longer than this (years) is unusual: the model keeps today's probabilities and costs fixed, and over
    /// more than a generation demography, care and policy change more than the model can follow (refused above
    /// <c>ScenarioFile.MaxHorizonYears</c>).
    /// </summary>
    public const int LongHorizonYears = 30;

    /// <summary>
    /// A discount rate above this is unusual: the Dutch MKBA rate is 2.25% real (rwseconomie.nl, 2021), the health
    /// economic guideline of Zorginstituut Nederland 4% for costs and 1.5% for effects; 6% is well above all of them
    /// (refused above <c>ScenarioFile.MaxDiscountRate</c>). A rate of exactly 0 (no discounting) is also warned.
    /// </summary>
    public const double HighDiscountRate = 0.06;

    /// <summary>
    /// A start year further than this many years from the current year is unusual: the population, costs and
    /// probabilities in data/parameters describe the present (Deventer 2024), not a distant past or future.
    /// </summary>
    public const int StartYearDistance = 5;

    /// <summary>
    /// Reaching more than this share of the target group (but not all of it) is unusual for prevention: even universal
    /// programmes reach far fewer. A reach of exactly 1 is not warned: it is how a scenario models a change that
    /// applies to everyone in the target group (e.g. a policy change, as in presentie-versus-toegang.yaml). Also warned:
    /// a reach of 0 (no effect at all).
    /// </summary>
    public const double HighReach = 0.9;

    /// <summary>
    /// A relative change of a transition probability of this size or more (either way) is unusual: effects found for
    /// social-domain prevention are a few to at most some tens of percent (refused below −1, where a probability would turn negative).
    /// </summary>
    public const double LargeRelativeEffect = TransitionChangeEffect.LargeChange;

    /// <summary>A route shift (share per year moving to the preventive route) of this size or more is unusual for the same reason (refused above 1).</summary>
    public const double LargeRouteShift = RouteShiftEffect.LargeShift;

    /// <summary>
    /// An intervention whose yearly cost per inhabitant it reaches exceeds this multiple of the yearly care cost per
    /// client of the most expensive state its effects touch cannot pay for itself even if every person reached avoided
    /// that care completely; most likely a cost, reach or unit mistake.
    /// </summary>
    public const double CostPerReachedFactor = 1.0;

    /// <summary>A target group smaller than this share of the population is unusual: the effect then rests on very few people.</summary>
    public const double TinyTargetShare = 0.01;

    /// <summary>
    /// A PSA distribution whose mean lies more than this many standard deviations from the parameter's point value is
    /// unusual: the PSA then centres visibly elsewhere than the deterministic result (refused above 1 standard deviation).
    /// </summary>
    public const double PsaMeanShift = 0.5;

    /// <summary>The warnings of a pair: the scenario's, then the comparator's that are not already among them.</summary>
    public static IReadOnlyList<DataError> Warnings(CompiledScenario scenario, CompiledScenario? comparator, int? currentYear = null) =>
        Warnings(scenario, currentYear).Concat(comparator is null ? [] : Warnings(comparator, currentYear))
            .Concat(comparator is null ? [] : ChangesBeforeStart(scenario, comparator)).DistinctBy(w => w.ToString()).ToList();

    /// <summary>
    /// Interventions of <paramref name="scenario"/> that started before the model's first year and differ there from
    /// their namesake in <paramref name="comparator"/> (or have none): the model counts such a change fully from its first
    /// year, without ramp-up and without the costs of the years before — legal for a change already in force, but most
    /// likely a timing mistake when the change is planned for later (<see cref="CompiledScenario.FirstYearDifferentFrom"/>
    /// is then the model's first year).
    /// </summary>
    public static IReadOnlyList<DataError> ChangesBeforeStart(CompiledScenario scenario, CompiledScenario comparator)
    {
        var first = scenario.StartYear;
        if (scenario.FirstYearDifferentFrom(comparator) != first) return [];
        var warnings = new List<DataError>();
        foreach (var iv in scenario.Scenario.Interventions.Where(iv => iv.StartYear < first && iv.Intensity(first) > 0))
        {
            var namesake = comparator.Scenario.Interventions.FirstOrDefault(c => string.Equals(c.Name, iv.Name, StringComparison.OrdinalIgnoreCase));
            if (namesake is not null && FirstYearSignature(namesake, first) == FirstYearSignature(iv, first)) continue;
            warnings.Add(new DataError(iv.DefinedIn ?? scenario.Scenario.File ?? scenario.Scenario.Name, null, $"interventies[{iv.Name}].start", iv.StartYear.ToString(),
                $"de interventie start in {iv.StartYear}, vóór het eerste modeljaar {first}, en verschilt daar van '{comparator.Scenario.Name}': het model telt de verandering " +
                $"vanaf {first} volledig mee, zonder opbouw en zonder de kosten van de jaren ervoor. Is de verandering voor later gepland, laat haar dan in dat jaar starten " +
                "(als aparte interventie, met de bestaande tot dat jaar)"));
        }
        return warnings;
    }

    // what an intervention does in year y, as text: target, reach, share, costs, effects and intensity
    private static string FirstYearSignature(Intervention iv, Timeline.CalendarYear year) =>
        string.Join("|", [string.Join(",", iv.TargetBands), iv.Reach.Expression.Text, iv.NeighbourhoodShare.Expression.Text, string.Join(",", iv.Wijken),
            iv.Intensity(year).ToString("R", CultureInfo.InvariantCulture), iv.IsFunded(year) ? string.Join(",", iv.Costs.Select(c => c.Payer.Index + ":" + c.AmountPerYear.Expression.Text)) : "",
            .. iv.Effects.Select(e => $"{e.Kind.Key}:{e.From}>{e.To}:{e.Size.Expression.Text}")]);

    /// <summary>The warnings of one compiled scenario; <paramref name="currentYear"/> defaults to this year.</summary>
    public static IReadOnlyList<DataError> Warnings(CompiledScenario compiled, int? currentYear = null)
    {
        var model = compiled.Model;
        var scenario = compiled.Scenario;
        var file = scenario.File ?? scenario.Name;
        var vector = model.Parameters.DefaultVector();
        var warnings = new List<DataError>();
        // one minus sign (−), as everywhere a reader sees a number
        string Show(double v) => (v < 0 ? DutchFormat.Minus.ToString() : "") + Math.Abs(v).ToString("0.####", DutchFormat.Culture);
        void Warn(string? at, string field, string value, string message) => warnings.Add(new DataError(at ?? file, null, field, value, message));

        var years = scenario.EndYear - scenario.StartYear + 1;
        if (years > LongHorizonYears)
            Warn(null, "eindjaar", scenario.EndYear.ToString(),
                $"een horizon van {years} jaar ({scenario.StartYear}–{scenario.EndYear}) is ongebruikelijk lang (meer dan {LongHorizonYears} jaar): het model houdt de kansen en kosten van nu vast");
        var now = currentYear ?? DateTime.Today.Year;
        if (Math.Abs(scenario.StartYear.Value - now) > StartYearDistance)
            Warn(null, "startjaar", scenario.StartYear.ToString(),
                $"het startjaar ligt meer dan {StartYearDistance} jaar van {now}: bevolking, kosten en kansen in de modelbestanden beschrijven het heden");

        var rate = scenario.DiscountRate.Expression.Evaluate(vector);
        if (rate == 0)
            Warn(null, "discontovoet", Show(rate), "een discontovoet van 0 is ongebruikelijk: toekomstige kosten en baten tellen dan even zwaar als die van nu (MKBA-richtlijn: 2,25%)");
        else if (rate > HighDiscountRate)
            Warn(null, "discontovoet", Show(rate),
                $"een discontovoet van {DutchFormat.Percent(rate, 2)} is ongebruikelijk hoog (boven {DutchFormat.Percent(HighDiscountRate, 0)}; MKBA-richtlijn 2,25%, Zorginstituut 4% voor kosten en 1,5% voor effecten): baten op lange termijn tellen nauwelijks mee");

        var inhabitants = model.Demography.ToDictionary(d => d.Band, d => Math.Max(0, d.Inhabitants.Evaluate(vector)));
        var population = inhabitants.Values.Sum();
        foreach (var iv in scenario.Interventions)
        {
            var f = $"interventies[{iv.Name}]";
            var at = iv.DefinedIn;
            var reach = iv.Reach.Expression.Evaluate(vector);
            if (reach == 0)
                Warn(at, f + ".bereik", iv.Reach.Expression.Text, "een bereik van 0: de interventie kost wel geld maar heeft geen effect");
            else if (reach > HighReach && reach < 1)
                Warn(at, f + ".bereik", iv.Reach.Expression.Text,
                    $"een bereik van {DutchFormat.Percent(reach, 0)} van de doelgroep is ongebruikelijk hoog voor preventie (boven {DutchFormat.Percent(HighReach, 0)})");

            var target = iv.TargetBands.Sum(b => inhabitants.GetValueOrDefault(b));
            if (population > 0 && target < TinyTargetShare * population)
                Warn(at, f + ".doelgroep", $"{DutchFormat.Number(target)} inwoners",
                    $"de doelgroep is {DutchFormat.Percent(target / population, 2)} van de inwoners (minder dan {DutchFormat.Percent(TinyTargetShare, 0)}): het effect rust op heel weinig mensen");

            foreach (var e in iv.Effects)
            {
                var size = e.Size.Expression.Evaluate(vector);
                if (e.Kind.IsUnusuallyLarge(size))
                    Warn(at, f + ".effecten." + e.Kind.SizeKey, e.Size.Expression.Text,
                        e.Kind.UnusualSizeWarning(DutchFormat.Percent(size, 0), DutchFormat.Percent(e.Kind.UnusualSizeThreshold ?? 0, 0), model.States[e.From].Name, model.States[e.To].Name));
            }

            // yearly cost per inhabitant reached against the dearest care its effects could avoid
            var cost = iv.Costs.Sum(c => Math.Max(0, c.AmountPerYear.Expression.Evaluate(vector)));
            var reached = reach * iv.NeighbourhoodShare.Expression.Evaluate(vector) * target;
            var states = iv.Effects.SelectMany(e => new[] { e.From, e.To }).ToHashSet();
            var care = model.Costs.Where(c => states.Contains(c.State) && iv.TargetBands.Contains(c.Band))
                .GroupBy(c => (c.State, c.Band)).Select(g => g.Sum(c => c.AmountPerPerson.Evaluate(vector))).DefaultIfEmpty(0).Max();
            if (cost > 0 && reached >= 1 && care > 0 && cost / reached > CostPerReachedFactor * care)
                Warn(at, f + ".kosten", DutchFormat.Euro(cost),
                    $"{DutchFormat.Euro(cost / reached)} per bereikte inwoner per jaar is meer dan de duurste zorg die de effecten kunnen voorkomen ({DutchFormat.Euro(care)} per cliënt per jaar): controleer bedrag, bereik en eenheid");
        }

        // PSA distributions of the parameters this scenario uses
        var used = scenario.Interventions.SelectMany(iv => iv.Costs.Select(c => c.AmountPerYear).Concat(iv.Effects.Select(e => e.Size)).Append(iv.Reach).Append(iv.NeighbourhoodShare))
            .Append(scenario.DiscountRate).SelectMany(v => v.Expression.ParameterIndices).Distinct().Order();
        foreach (var i in used)
        {
            var p = model.Parameters[i];
            if (p.Distribution is not { } spec || spec.Kind == DistributionKind.Dirichlet) continue;
            ParameterDistribution d;
            try
            {
                d = UncertainParameters.FromSpec(p.Name, spec);
            }
            catch (InvalidDistributionException)
            {
                continue; // refused elsewhere with its own message
            }
            var sd = Math.Sqrt(d.Variance);
            if (!d.IsDegenerate && Math.Abs(d.Mean - p.Value) > PsaMeanShift * sd)
                warnings.Add(new DataError(model.SourceDirectory is { } dir ? Path.Combine(dir, Model.ModelFileNames.Parameters) : Model.ModelFileNames.Parameters, null, "verdeling", d.Describe(),
                    $"parameter '{p.Name}': het gemiddelde van de verdeling ({Show(d.Mean)}) ligt meer dan een halve standaardafwijking ({Show(sd)}) van de puntwaarde {Show(p.Value)}: de onzekerheidsanalyse is dan niet rond de puntschatting gecentreerd"));
        }
        return warnings;
    }
}
