using Preventie.Analytics.Formatting;
using System.Net;
using System.Text;
using Preventie.Analytics.Input;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.Wijken;

/// <summary>A 90% interval and mean of a quantity over the draws.</summary>
public sealed record DrawSummary(double Mean, double P05, double P95)
{
    /// <summary>The mean and the 5th and 95th percentiles of <paramref name="values"/> (the sorted value at index round(p·(n−1))).</summary>
    public static DrawSummary Of(IReadOnlyList<double> values)
    {
        var s = values.Order().ToArray();
        double Q(double p) => s[(int)Math.Clamp(Math.Round(p * (s.Length - 1)), 0, s.Length - 1)];
        return new DrawSummary(s.Average(), Q(0.05), Q(0.95));
    }
}

/// <summary>The fte split over the presence wijken: today's, the optimal one, and their uncertainty. Renders itself in
/// Dutch; residents in need and helped per wijk below 10 are suppressed.</summary>
[Display.TypeFormatterSource]
public sealed record PresenceAllocationResult(
    IReadOnlyList<Wijk> Wijken,
    IReadOnlyList<double> Need,
    double TotalFte,
    double PresenceFte,
    IReadOnlyList<double> Today,
    IReadOnlyList<double> Optimal,
    double HelpedToday,
    double HelpedOptimal,
    double NetBenefitToday,
    double NetBenefitOptimal,
    int Draws,
    ulong Seed,
    DrawSummary GainHelped,
    DrawSummary GainEuro,
    double ProbabilityBetter,
    IReadOnlyList<DrawSummary> OptimalFtePerWijk,
    bool IsIllustrative)
{


    /// <summary>Dutch sentences: the gain of the optimal split over today's, with its uncertainty.</summary>
    public IReadOnlyList<string> Summary()
    {
        var lines = new List<string>
        {
            $"Van de {DutchFormat.Number(TotalFte, 0)} fte gaat vandaag {DutchFormat.Number(PresenceFte, 1)} fte naar presentie (50/50 met Toegang, seed 003), " +
            $"gelijk verdeeld over {Wijken.Count} wijken (aanname: de verdeling per wijk is niet openbaar).",
            $"Verdeeld naar de behoefte per wijk helpen dezelfde fte naar schatting {DutchFormat.Number(HelpedOptimal - HelpedToday, 0)} inwoners per jaar meer " +
            $"({DutchFormat.Number(HelpedToday, 0)} → {DutchFormat.Number(HelpedOptimal, 0)}), ongeveer {DutchFormat.EuroCompact(NetBenefitOptimal - NetBenefitToday)} meer vermeden maatwerkkosten per jaar.",
            $"Onzekerheid ({DutchFormat.Number(Draws)} trekkingen, seed {Seed}): winst {DutchFormat.Number(GainHelped.Mean, 0)} inwoners per jaar " +
            $"(90%-interval {DutchFormat.Number(GainHelped.P05, 0)} tot {DutchFormat.Number(GainHelped.P95, 0)}); de optimale verdeling doet het in {DutchFormat.Percent(ProbabilityBetter, 0)} van de trekkingen beter dan de gelijke verdeling.",
        };
        if (IsIllustrative) lines.Add(WijkSet.IllustrativeNote);
        return lines;
    }

}

/// <summary>
/// Allocation of the presence teams over the wijken (seed 003: ~20 fte, 50/50 Toegang/presentie, "afhankelijk van de
/// vraag in een wijk"). Reads the assumptions from a parameter file in the format of <c>parameters.csv</c>
/// (<c>data/wijken/presentie.csv</c>): <c>presentie_fte_totaal</c>, <c>presentie_aandeel_vandaag</c>,
/// <c>presentie_bereik_per_fte</c>, <c>presentie_effect</c>, <c>presentie_besparing_per_persoon</c>,
/// <c>kosten_fte_sociaal_werk</c>, <c>presentie_minimum_per_wijk</c> (each with source or aanname and an optional
/// distribution). Today's split: the
/// presence fte spread evenly over the presence wijken (the seeds give no split per wijk: an assumption). The optimal
/// split maximises the residents helped (<see cref="PresenceModel"/>). Uncertainty: per draw the parameters are drawn
/// with the project's seeded sampler and each wijk's need from a gamma distribution with mean = the need and
/// variance = φ × need (φ = dispersion of the need model); the base-case optimal split is compared with today's in
/// every draw, and the draw's own optimal split shows how stable the advice is.
/// </summary>
public static class PresenceAllocation
{
    /// <summary>The model parameters the presence allocation needs; a model without one of them gets a Dutch error naming it.</summary>
    public static readonly string[] RequiredParameters =
        ["presentie_fte_totaal", "presentie_aandeel_vandaag", "presentie_bereik_per_fte", "presentie_effect", "presentie_besparing_per_persoon", "kosten_fte_sociaal_werk", "presentie_minimum_per_wijk"];

    /// <summary>The largest <c>presentie_fte_totaal</c> accepted: beyond it the figure is a unit error, not a team.</summary>
    public const double MaximumFte = 10_000;

    /// <summary>Runs the allocation for the presence wijken of <paramref name="wijken"/> with need per wijk code.</summary>
    /// <param name="need">Residents in need per wijk code (e.g. observed use from <see cref="NeedModelResult.PerWijk"/>).</param>
    /// <param name="wijken">The wijken; those with presentieteam = ja are allocated.</param>
    /// <param name="parameterFile">The file of the assumptions (<c>data/wijken/presentie.csv</c>), for messages.</param>
    /// <param name="parameters">The assumptions, read from <paramref name="parameterFile"/> (files layer: <c>ParameterFile.Read</c>).</param>
    /// <param name="draws">Draws for the uncertainty.</param>
    /// <param name="seed">Seed: same seed, same numbers.</param>
    /// <param name="dispersion">φ ≥ 1 for the need's uncertainty (1 = Poisson).</param>
    /// <param name="step">Grid step in fte.</param>
    public static PresenceAllocationResult Run(WijkSet wijken, IReadOnlyDictionary<string, double> need, ParameterSet parameters, string parameterFile,
        int draws = 1000, ulong seed = 20240101, double dispersion = 1.0, double step = 0.1)
    {
        var missing = RequiredParameters.Where(p => !parameters.Contains(p)).ToList();
        if (missing.Count > 0)
            throw new DataValidationException(new DataError(parameterFile, null, "naam", string.Join(", ", missing), $"parameter(s) ontbreken: {string.Join(", ", missing)}"));
        var area = wijken.Wijken.Where(w => w.PresenceTeam).ToList();
        if (area.Count == 0)
            throw new DataValidationException(new DataError(wijken.File ?? "wijken", null, "presentieteam", "", "geen enkele wijk heeft presentieteam = ja"));
        var noNeed = area.Where(w => !need.ContainsKey(w.Code)).Select(w => w.Name).ToList();
        if (noNeed.Count > 0)
            throw new DataValidationException(new DataError(wijken.File ?? "wijken", null, "wijk", string.Join(", ", noNeed), "geen behoeftecijfers voor deze presentiewijk(en)"));
        var n = area.Select(w => need[w.Code]).ToArray();
        var pop = area.Select(w => w.Inhabitants).ToArray();
        var vector = parameters.DefaultVector();
        double P(double[] v, string name) => v[parameters.IndexOf(name)];
        PresenceModel ModelOf(double[] v) => new(P(v, "presentie_bereik_per_fte"), P(v, "presentie_effect"), P(v, "presentie_besparing_per_persoon"), P(v, "kosten_fte_sociaal_werk"));
        double PresenceFte(double[] v) => P(v, "presentie_fte_totaal") * P(v, "presentie_aandeel_vandaag");
        double[] TodayOf(double fte) => area.Select(_ => fte / area.Count).ToArray();

        var baseModel = ModelOf(vector);
        var fte = PresenceFte(vector);
        var today = TodayOf(fte);
        var minimum = P(vector, "presentie_minimum_per_wijk");
        string Text(double x) => x.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var total = P(vector, "presentie_fte_totaal");
        if (!(total > 0) || !(total <= MaximumFte))
            throw new DataValidationException(new DataError(parameterFile, null, "presentie_fte_totaal", Text(total),
                $"het totaal aantal fte moet groter dan 0 en hoogstens {MaximumFte:0} zijn (een gemeente heeft geen miljoenen fte sociaal werk; controleer de eenheid)"));
        if (!(fte > 0))
            throw new DataValidationException(new DataError(parameterFile, null, "presentie_aandeel_vandaag", Text(P(vector, "presentie_aandeel_vandaag")),
                "de fte presentie vandaag (presentie_fte_totaal × presentie_aandeel_vandaag) is 0: er valt niets te verdelen; het aandeel moet groter dan 0 zijn"));
        if (!(minimum >= 0))
            throw new DataValidationException(new DataError(parameterFile, null, "presentie_minimum_per_wijk", Text(minimum),
                "het minimum per wijk moet 0 of meer fte zijn"));
        if (minimum * area.Count > fte + 1e-9)
            throw new DataValidationException(new DataError(parameterFile, null, "presentie_minimum_per_wijk", minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"het minimum per wijk maal {area.Count} wijken is meer dan de {fte:0.#} fte presentie"));
        var optimal = baseModel.Optimal(n, pop, fte, step, minimum);

        var sampler = UncertainParameters.FromParameterSet(parameters, parameterFile).CreateSampler(seed);
        var random = new DrawRandom(seed);
        var gainHelped = new double[draws];
        var gainEuro = new double[draws];
        var perWijk = area.Select(_ => new double[draws]).ToArray();
        var better = 0;
        for (var d = 0; d < draws; d++)
        {
            var v = (double[])vector.Clone();
            sampler.Sample(d, random, v);
            random.Reset(seed, d, 0x9E3779B97F4A7C15UL); // the need draws: their own stream per draw
            var nd = n.Select(x => x <= 0 ? 0 : GammaDistribution.FromShapeScale("behoefte", x / dispersion, dispersion).Sample(random)).ToArray();
            var m = ModelOf(v);
            var f = PresenceFte(v);
            var t = TodayOf(f);
            var o = m.Optimal(n, pop, f, step, minimum); // the advice as it would be given with the known need
            gainHelped[d] = m.Helped(nd, pop, o) - m.Helped(nd, pop, t);
            gainEuro[d] = gainHelped[d] * m.SavingPerPerson;
            if (gainHelped[d] > 0) better++;
            var own = m.Optimal(nd, pop, f, step, minimum);
            for (var i = 0; i < area.Count; i++) perWijk[i][d] = own[i];
        }
        return new PresenceAllocationResult(area, n, P(vector, "presentie_fte_totaal"), fte, today, optimal,
            baseModel.Helped(n, pop, today), baseModel.Helped(n, pop, optimal), baseModel.NetBenefit(n, pop, today), baseModel.NetBenefit(n, pop, optimal),
            draws, seed, DrawSummary.Of(gainHelped), DrawSummary.Of(gainEuro), better / (double)draws,
            perWijk.Select(DrawSummary.Of).ToArray(), wijken.IsIllustrative);
    }
}
