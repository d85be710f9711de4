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
/// and observed vs expected per wijk.</summary>
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
}
