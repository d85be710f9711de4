namespace Preventie.Analytics.Monitor;

/// <summary>
/// One number of a monitor run's results, flat so that runs can be compared line by line.
/// </summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Subject">Payer code (e.g. <c>wlz</c>, <c>gemeente</c>, <c>totaal</c>) or state name.</param>
/// <param name="SubjectLabel">Dutch label of the subject.</param>
/// <param name="Measure">
/// <c>kosten_contant</c> (discounted costs of the payer in the scenario), <c>netto_baat_contant</c> /
/// <c>netto_baat_nominaal</c> (against the baseline), or <c>personen_eind</c> (people in a state at the end of the horizon).
/// </param>
/// <param name="Unit">"euro" or "personen" (counts of people are suppressed below the threshold in every output).</param>
/// <param name="Value">The value; null when it was suppressed in a stored run.</param>
public sealed record ResultLine(string Scenario, string Subject, string SubjectLabel, string Measure, string Unit, double? Value)
{
    /// <summary>The unit of a line in euro.</summary>
    public const string Euro = "euro";
    /// <summary>The unit of a line that counts people (suppressed below the threshold in every output).</summary>
    public const string Persons = "personen";

    /// <summary>Key used to match lines of two runs.</summary>
    public string Key => $"{Scenario}|{Subject}|{Measure}";

    /// <summary>Dutch label of the measure.</summary>
    public string MeasureLabel => Measure switch
    {
        "kosten_contant" => "kosten (contant)",
        "netto_baat_contant" => "netto baat t.o.v. basis (contant)",
        "netto_baat_nominaal" => "netto baat t.o.v. basis (nominaal)",
        "personen_eind" => "personen eind horizon",
        _ => Measure,
    };
}
