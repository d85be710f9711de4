using Preventie.Analytics.Interventions;
namespace Preventie.Analytics.Inventory;

/// <summary>One row of the prevention inventory.</summary>
/// <param name="Row">Row number in the source file as the user sees it (for findings).</param>
/// <param name="Number">The activity's number in the inventory ("nr"), if given.</param>
/// <param name="Name">Name / description of the effort ("Omschrijving inspanning").</param>
/// <param name="IntendedEffect">"Wat is het beoogde effect/realisatie?"</param>
/// <param name="OldGoals">The old goals 1-4 marked with a cross; empty when none is marked.</param>
/// <param name="TargetGroupText">The free-text target group ("Welke doelgroep wordt bereikt?").</param>
/// <param name="Form">Form of prevention; <see cref="PreventionForm.Onbekend"/> when left empty.</param>
/// <param name="Organisations">Who carries it out.</param>
/// <param name="Remarks">Remarks ("opmerkingen"), often open questions.</param>
/// <param name="Programme">Funding programme, if filled in.</param>
/// <param name="Financing">Structural/incidental funding; <see cref="Financing.Onbekend"/> when left empty.</param>
/// <param name="TargetGroups">The pivot's target groups (age bands, inwoners algemeen, specifiek) the activity reaches.</param>
/// <param name="YearlyCost">Optional yearly cost in euros.</param>
/// <param name="Reach">Optional number of residents reached per year.</param>
/// <param name="SourceLine">Where the row comes from (e.g. the seed line), if given.</param>
public sealed record PreventionActivity(
    int Row,
    int? Number,
    string Name,
    string IntendedEffect,
    IReadOnlySet<OldGoal> OldGoals,
    string TargetGroupText,
    PreventionForm Form,
    string Organisations,
    string Remarks,
    Programme? Programme,
    Financing Financing,
    IReadOnlyList<TargetGroup> TargetGroups,
    double? YearlyCost,
    int? Reach,
    string? SourceLine)
{
    /// <summary>Optional: the code of the budget that pays the yearly cost (column <c>betaler</c>, a code of the model's
    /// <c>betalers.csv</c>, checked when the activity becomes a candidate); with cost, reach and an effect in the evidence
    /// table the activity becomes a candidate without a row in <c>kandidaten.csv</c>.</summary>
    public string? Payer { get; init; }

    /// <summary>"nr. 5 Dierenvoedselbank" or just the name: how findings refer to the activity.</summary>
    public string Label => Number is { } n ? $"{n}. {Name}" : Name;
}
