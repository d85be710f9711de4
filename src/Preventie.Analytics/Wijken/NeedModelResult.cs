using Preventie.Analytics.Formatting;
using System.Net;
using System.Text;

namespace Preventie.Analytics.Wijken;

/// <summary>Cross-validated error of one learner: exposure-weighted RMSE and MAE of the rate per 1,000, and the mean
/// Poisson deviance per area.</summary>
public sealed record CrossValidationScore(string Learner, double Rmse, double Mae, double MeanDeviance);

/// <summary>A log-linear model: log(rate per 1,000) = <see cref="Intercept"/> + Σ <see cref="Slopes"/>[j] · x_j, on the
/// features' original scale.</summary>
public sealed record Coefficients(double Intercept, IReadOnlyList<double> Slopes)
{
    /// <summary>The rate per 1,000 for feature values <paramref name="x"/>.</summary>
    public double Rate(IReadOnlyList<double> x) => Math.Exp(Intercept + Slopes.Select((b, j) => b * x[j]).Sum());
}

/// <summary>Observed and expected use in one wijk.</summary>
/// <param name="Wijk">Wijk code.</param>
/// <param name="Areas">Number of areas (buurten) of the wijk in the data.</param>
/// <param name="Population">Sum of the exposure (inhabitants).</param>
/// <param name="Observed">Observed count.</param>
/// <param name="Expected">Expected count from the wijk's profile (leave-one-wijk-out).</param>
/// <param name="Finding">+1 clearly more use than the profile predicts, −1 clearly less, 0 within chance.</param>
public sealed record WijkNeed(string Wijk, int Areas, double Population, double Observed, double Expected, int Finding)
{
    /// <summary>Observed ÷ expected.</summary>
    public double Ratio => Expected > 0 ? Observed / Expected : double.NaN;
    /// <summary>Expected use per 1,000 inhabitants.</summary>
    public double ExpectedRate => 1000.0 * Expected / Population;
    /// <summary>Observed use per 1,000 inhabitants.</summary>
    public double ObservedRate => 1000.0 * Observed / Population;
}

/// <summary>The fitted need model: which learner won, the cross-validated errors of both, the Poisson coefficients
/// and observed vs expected per wijk. Renders itself in Dutch (notebooks, CLI) with counts below 10 suppressed.</summary>
[Display.TypeFormatterSource]
public sealed record NeedModelResult(
    NeedModelOptions Options,
    string ChosenLearner,
    IReadOnlyList<CrossValidationScore> CrossValidation,
    int Rows,
    double CityRate,
    double Dispersion,
    Coefficients Poisson,
    IReadOnlyList<WijkNeed> PerWijk,
    bool IsIllustrative)
{
    /// <summary>The chosen learner's cross-validated score.</summary>
    public CrossValidationScore Chosen => CrossValidation.First(c => c.Learner == ChosenLearner);

    /// <summary>A wijk's expected need relative to the city (expected rate ÷ city rate): the factor for its incidence
    /// and need start shares in the wijk model.</summary>
    public double NeedFactor(string wijkCode) =>
        PerWijk.FirstOrDefault(w => w.Wijk == wijkCode) is { } w ? w.ExpectedRate / CityRate : 1.0;

    /// <summary>The need factor of every wijk of <paramref name="wijken"/> (<see cref="NeedFactor"/>; 1 for a wijk without
    /// areas in the data), the input of <see cref="WijkModel.Build"/>.</summary>
    public IReadOnlyDictionary<string, double> NeedFactors(WijkSet wijken) => wijken.Wijken.ToDictionary(w => w.Code, w => NeedFactor(w.Code));

    /// <summary>The wijken of <paramref name="wijken"/> that have no areas in the data (they keep the city's need).</summary>
    public IReadOnlyList<Wijk> WithoutData(WijkSet wijken) => wijken.Wijken.Where(w => PerWijk.All(p => p.Wijk != w.Code)).ToList();

    /// <summary>The areas of the data the model could not use, each with the Dutch reason (a missing or zero figure):
    /// listed, never dropped silently.</summary>
    public IReadOnlyList<(string Region, string Reason)> LeftOut { get; init; } = [];

    /// <summary>Dutch sentences: which model won and why, and which wijken stand out.</summary>
    public IReadOnlyList<string> Summary(WijkSet? wijken = null)
    {
        string Name(string code) => wijken is not null && wijken.IndexOf(code) is var i and >= 0 ? wijken.Wijken[i].Name : code;
        var other = CrossValidation.First(c => c.Learner != ChosenLearner);
        var lines = new List<string>
        {
            $"Het behoeftemodel voorspelt {Options.Target} per 1.000 inwoners uit {string.Join(", ", Options.Features)} ({Rows} gebieden). " +
            $"Gekozen: {ChosenLearner}, met een gekruisvalideerde fout (RMSE) van {DutchFormat.Number(Chosen.Rmse, 1)} per 1.000 inwoners tegen {DutchFormat.Number(other.Rmse, 1)} voor {other.Learner}.",
        };
        var more = PerWijk.Where(w => w.Finding > 0).Select(w => Name(w.Wijk)).ToList();
        var less = PerWijk.Where(w => w.Finding < 0).Select(w => Name(w.Wijk)).ToList();
        lines.Add(more.Count == 0 ? "Geen wijk heeft duidelijk meer gebruik dan haar profiel voorspelt."
            : $"Meer gebruik dan het wijkprofiel voorspelt (een bevinding om te bespreken, geen fout): {string.Join(", ", more)}.");
        if (less.Count > 0) lines.Add($"Minder gebruik dan het profiel voorspelt: {string.Join(", ", less)}.");
        if (LeftOut.Count > 0)
            lines.Add($"Niet meegeteld ({DutchFormat.Count(LeftOut.Count, "gebied", "gebieden")}): {string.Join("; ", LeftOut.Select(a => $"{a.Region} ({a.Reason})"))}.");
        if (wijken is not null && WithoutData(wijken) is { Count: > 0 } none)
            lines.Add($"Zonder bruikbare cijfers (rekenen met de behoefte van de hele stad): {string.Join(", ", none.Select(w => w.Name))}.");
        if (IsIllustrative) lines.Add(WijkSet.IllustrativeNote);
        return lines;
    }

}
