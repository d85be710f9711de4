namespace Preventie.Analytics.Calibration;

/// <summary>A model parameter the calibration estimates, with the bounds it must stay within.</summary>
/// <param name="Name">Parameter name in <c>parameters.csv</c>, e.g. <c>incidentie_65_79</c>.</param>
/// <param name="Lower">Lower bound (inclusive).</param>
/// <param name="Upper">Upper bound (inclusive).</param>
/// <param name="Note">Why it is free and which indicator mostly identifies it (Dutch).</param>
/// <param name="Row">Row in the calibration file, for messages.</param>
public sealed record FreeParameter(string Name, double Lower, double Upper, string? Note, int? Row = null);
