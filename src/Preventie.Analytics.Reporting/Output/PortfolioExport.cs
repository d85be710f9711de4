using Preventie.Analytics.Optimisation;
using Preventie.Analytics.Output.Records;

namespace Preventie.Analytics.Output;

/// <summary>
/// JSON of an investment advice (<c>preventie optimize --format json</c> and <c>optimalisatie.json</c>): at least
/// <c>portfolio</c> (activity, scale, costPerYear), <c>frontier</c> (budget, mean, p5, p95) and <c>evppi</c>
/// (parameter or group, value), plus the evaluation, the activities to stop, the marginal returns, the EVPI, the
/// activities without data, which inputs are assumptions and (<c>model</c>) the model version, as in <c>resultaat.json</c>.
/// </summary>
public static class PortfolioExport
{
    /// <summary>The advice as indented JSON (<see cref="PortfolioJson"/>), with the model version it was computed on.</summary>
    public static string ToJson(InvestmentAdvice advice) => JsonText.Serialize(PortfolioJson.From(advice), PortfolioJsonContext.Default, "optimalisatie.json");

    /// <summary>Writes <c>optimalisatie.json</c> into <paramref name="directory"/> atomically.</summary>
    public static void WriteDirectory(string directory, InvestmentAdvice advice) =>
        AtomicOutput.WriteDirectory(directory, tmp => File.WriteAllText(Path.Combine(tmp, "optimalisatie.json"), ToJson(advice)));
}
