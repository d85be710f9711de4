namespace Preventie.Analytics.Calibration;

/// <summary>Settings of <see cref="ModelCalibrator.Calibrate"/>.</summary>
public sealed record CalibrationOptions
{
    /// <summary>Seed for the extra starting points of the optimiser (same seed, same numbers).</summary>
    public int Seed { get; init; } = 2024;

    /// <summary>Number of optimiser runs: the current values plus <c>Starts − 1</c> seeded random starting points.</summary>
    public int Starts { get; init; } = 3;

    /// <summary>Date written into the calibrated parameters' source.</summary>
    public DateOnly Date { get; init; } = DateOnly.FromDateTime(DateTime.Today);

    /// <summary>
    /// Largest acceptable condition number of the scaled Jacobian at the optimum; above it two or more parameters
    /// cannot be told apart from the data and the calibration is refused. Default 1000: a direction in parameter space
    /// that moves the weighted residuals 1000 times less than the best-determined one is, with percent-level noise on the
    /// counts, not determined by the data at all.
    /// </summary>
    public double MaxConditionNumber { get; init; } = 1e3;

    /// <summary>
    /// True (default): the penalised fit — every free parameter gets a normal prior centred on the model's value with the
    /// spread of its distribution (<see cref="ParameterPrior"/>), and the data term is scaled by the dispersion of the
    /// counts (quasi-Poisson). False: plain Poisson-weighted least squares.
    /// </summary>
    public bool Penalised { get; init; } = true;

    /// <summary>Minimum number of observed years with fitted figures (with one year a level cannot be separated from a rate).</summary>
    public int MinimumYears { get; init; } = 2;
}
