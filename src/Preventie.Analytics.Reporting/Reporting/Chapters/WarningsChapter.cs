using Preventie.Analytics.Analysis;

namespace Preventie.Analytics.Reporting;

/// <summary>"Let op: ongebruikelijke invoer": the legal but unusual input of the analysis (its
/// <see cref="ScenarioAnalysis.Warnings"/>); absent when there are none.</summary>
public sealed class WarningsChapter : IReportChapter<ScenarioAnalysis>
{
    /// <inheritdoc />
    public ReportSection? Build(ScenarioAnalysis analysis) => Section(analysis.Warnings, analysis.Descriptions);

    /// <summary>
    /// "Let op: ongebruikelijke invoer": the legal but unusual values of the analysis (<see cref="ScenarioAnalysis.Warnings"/>,
    /// the same warnings the CLI prints); null when there are none.
    /// </summary>
    /// <param name="warnings">The warnings.</param>
    /// <param name="descriptions">The parameters' Dutch descriptions, which replace their codes in the messages.</param>
    public static ReportSection? Section(IReadOnlyList<Input.DataError> warnings, Model.ParameterDescriptions? descriptions = null) =>
        warnings.Count == 0 ? null : new ReportSection("Let op: ongebruikelijke invoer")
            .WithParagraph("Deze waarden zijn toegestaan, maar ongebruikelijk. Controleer ze voordat u de uitkomsten gebruikt:")
            .WithBullets(warnings.Select(w => ReaderText(w, descriptions)));

    /// <inheritdoc />
    public IEnumerable<IReportBlock> Method(ScenarioAnalysis analysis) => MethodBlocks(analysis.Warnings);

    /// <summary>
    /// A warning for the council: what is unusual (its message) and the file it is in, without the field and value as
    /// the program reads them (those are in <see cref="MethodBlocks"/>, for "Verantwoording"); a quoted parameter code
    /// in the message ('effect_verschuiven_instroom') becomes its description from <paramref name="descriptions"/>.
    /// </summary>
    public static string ReaderText(Input.DataError warning, Model.ParameterDescriptions? descriptions = null)
    {
        var message = System.Text.RegularExpressions.Regex.Replace(warning.Message.Trim().TrimEnd('.'), "'([a-z]+_[a-z0-9_]+)'",
            m => $"'{(descriptions ?? Model.ParameterDescriptions.None).For(m.Groups[1].Value)}'");
        return $"{char.ToUpper(message[0], Formatting.DutchFormat.Culture)}{message[1..]} (in {Path.GetFileName(warning.File)}" +
               (warning.Row is { } row ? $", rij {row}" : "") + ").";
    }

    /// <summary>The unusual input as the program reports it (file, row, field, value and rule), for "Verantwoording"; none without warnings.</summary>
    public static IEnumerable<IReportBlock> MethodBlocks(IReadOnlyList<Input.DataError> warnings) =>
        warnings.Count == 0 ? [] :
        [
            new ReportParagraph("Ongebruikelijke invoer ('Let op'), zoals de invoercontrole die meldt, met bestand, rij, veld en waarde:"),
            new ReportBulletList([.. warnings.Select(w => w.ToString())]),
        ];
}
