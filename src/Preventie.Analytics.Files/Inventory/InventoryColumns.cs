namespace Preventie.Analytics.Inventory;

/// <summary>
/// The column schema of an inventory file: the seed's columns plus what the pivots use (programme, financing,
/// target groups) and optional yearly cost and reach. The loader matches these names and aliases tolerantly;
/// the template (<see cref="InventoryTemplate"/>) writes <see cref="Column.Name"/> as its header.
/// </summary>
public static class InventoryColumns
{
    /// <summary>One column: its canonical Dutch name, accepted aliases, whether it is required, and a hint for the analyst.</summary>
    public sealed record Column(string Name, string[] Aliases, bool Required, string Hint)
    {
        /// <summary>Name followed by aliases, as <see cref="Input.TableReader.Read"/> expects.</summary>
        public string[] NameAndAliases => Aliases.Prepend(Name).ToArray();
    }

    /// <summary><c>nr</c>: the activity's sequence number.</summary>
    public static Column Number { get; } = new("nr", ["nummer", "volgnummer"], false, "volgnummer van de activiteit");
    /// <summary><c>naam</c> (required): the name or short description of the activity.</summary>
    public static Column Name { get; } = new("naam", ["activiteit", "omschrijving", "Omschrijving inspanning op niveau van Wbs-element + evt. voorbeelden activiteiten"], true, "naam of korte omschrijving van de inspanning");
    /// <summary><c>beoogd effect</c>: the intended effect or result.</summary>
    public static Column Effect { get; } = new("beoogd effect", ["effect", "Wat is het beoogde effect/realisatie?"], false, "wat is het beoogde effect of de realisatie?");
    /// <summary><c>doel 1</c>…<c>doel 4</c>: an X when the activity falls under that old goal.</summary>
    public static Column[] Goals { get; } = OldGoals.All
        .Select(g => new Column($"doel {g.Key()}", [$"doelstelling {g.Key()}", g.Key()], false, $"X als de activiteit onder oude doelstelling {g.Key()} valt"))
        .ToArray();
    /// <summary><c>doelgroep</c>: the target group in free text.</summary>
    public static Column TargetGroupText { get; } = new("doelgroep", ["Welke doelgroep wordt bereikt?"], false, "welke doelgroep wordt bereikt (vrije tekst)");
    /// <summary><c>vorm</c> (required): the form of prevention (universeel, selectief, geïndiceerd or onbekend).</summary>
    public static Column Form { get; } = new("vorm", ["vorm van preventie", "preventievorm", "Welke vorm van preventie (universeel, selectief, geïndiceerd)"], true, "universeel, selectief, geïndiceerd of onbekend (leeg = onbekend)");
    /// <summary><c>organisatie</c>: the organisation(s) carrying it out.</summary>
    public static Column Organisations { get; } = new("organisatie", ["organisaties", "uitvoerder", "Welke organisatie voert uit?"], false, "welke organisatie(s) voeren uit");
    /// <summary><c>opmerkingen</c>: remarks and open questions.</summary>
    public static Column Remarks { get; } = new("opmerkingen", ["opmerking", "toelichting"], false, "opmerkingen en open vragen");
    /// <summary><c>programma</c>: the municipal programme that funds it.</summary>
    public static Column Programme { get; } = new("programma", [], false, "Meedoen, Werk en Inkomen, Jeugd en Onderwijs, Veiligheid of Leefomgeving");
    /// <summary><c>financiering</c>: structureel, incidenteel, beide or onbekend.</summary>
    public static Column Financing { get; } = new("financiering", ["financieringsvorm"], false, "structureel, incidenteel, beide of onbekend (leeg = onbekend)");
    /// <summary><c>leeftijdsgroepen</c>: the target groups, comma-separated (inwoners algemeen, the inventory age bands, specifiek).</summary>
    public static Column TargetGroups { get; } = new("leeftijdsgroepen", ["doelgroepen", "leeftijd"], false, "komma-gescheiden: inwoners algemeen, 0-3, 4-12, 13-17, 18-27, 28-44, 45-64, 65-79, 80+, specifiek");
    /// <summary><c>kosten per jaar</c> (optional): the yearly cost in euro.</summary>
    public static Column YearlyCost { get; } = new("kosten per jaar", ["kosten", "jaarlijkse kosten", "budget"], false, "optioneel: kosten per jaar in euro");
    /// <summary><c>bereik</c> (optional): inhabitants reached per year.</summary>
    public static Column Reach { get; } = new("bereik", ["bereik per jaar", "aantal deelnemers"], false, "optioneel: aantal bereikte inwoners per jaar");
    /// <summary><c>betaler</c> (optional): the budget that pays; needed to take the activity along as a candidate.</summary>
    public static Column Payer { get; } = new("betaler", ["budget betaler", "betaald uit"], false, "optioneel: welk budget betaalt (gemeente_preventie, gemeente_wmo, gemeente_jeugdwet, gemeente_participatiewet…); nodig om de activiteit als kandidaat mee te nemen");
    /// <summary><c>bronregel</c> (optional): where the line comes from (document, line).</summary>
    public static Column SourceLine { get; } = new("bronregel", ["bron"], false, "optioneel: waar komt de regel vandaan (document, regel)");

    /// <summary>All columns in template order.</summary>
    public static IReadOnlyList<Column> All { get; } =
        new[] { Number, Name, Effect }.Concat(Goals)
            .Concat([TargetGroupText, Form, Organisations, Remarks, Programme, Financing, TargetGroups, YearlyCost, Reach, Payer, SourceLine])
            .ToArray();
}
