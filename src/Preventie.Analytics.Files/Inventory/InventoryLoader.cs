using Preventie.Analytics.Interventions;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Inventory;

/// <summary>
/// Loads an inventory of prevention activities from CSV or .xlsx (see <see cref="InventoryColumns"/> for the columns).
/// Required columns: naam and vorm. Every bad cell is reported (file, row, column, value, Dutch message) and all
/// errors are thrown together as one <see cref="DataValidationException"/>; no partial inventory is returned. A file
/// with only its header row loads with a warning (<see cref="PreventionInventory.Warnings"/>).
/// </summary>
public static class InventoryLoader
{
    private static readonly char[] ListSeparators = [',', '|', '\n'];

    /// <summary>Reads and validates <paramref name="path"/>.</summary>
    /// <exception cref="DataValidationException">With every error in the file.</exception>
    public static PreventionInventory Load(string path)
    {
        var table = TableReader.Read(path, InventoryColumns.Name.NameAndAliases, InventoryColumns.Form.NameAndAliases);
        var errors = new ErrorCollector(path);

        int? Col(InventoryColumns.Column c) => table.IndexOf(c.Name, c.Aliases);
        var nr = Col(InventoryColumns.Number);
        var name = Col(InventoryColumns.Name);
        var effect = Col(InventoryColumns.Effect);
        var goals = InventoryColumns.Goals.Select(Col).ToArray();
        var groupText = Col(InventoryColumns.TargetGroupText);
        var form = Col(InventoryColumns.Form);
        var orgs = Col(InventoryColumns.Organisations);
        var remarks = Col(InventoryColumns.Remarks);
        var programme = Col(InventoryColumns.Programme);
        var financing = Col(InventoryColumns.Financing);
        var groups = Col(InventoryColumns.TargetGroups);
        var cost = Col(InventoryColumns.YearlyCost);
        var reach = Col(InventoryColumns.Reach);
        var source = Col(InventoryColumns.SourceLine);
        var payer = Col(InventoryColumns.Payer);

        var activities = new List<PreventionActivity>();
        foreach (var row in table.Rows)
        {
            void Error(int? column, string message) =>
                errors.Add(row.Number, column is { } c ? table.HeaderAt(c) : null, column is null ? null : row.Get(column), message);

            int? number = null;
            var nrText = row.Get(nr).TrimEnd('.');
            if (nrText.Length > 0)
            {
                if (int.TryParse(nrText, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 0) number = n;
                else Error(nr, "geen geldig volgnummer (verwacht een geheel getal)");
            }

            var activityName = row.Get(name);
            if (activityName.Length == 0) Error(name, "naam ontbreekt");

            var oldGoals = new HashSet<OldGoal>();
            for (var g = 0; g < goals.Length; g++)
            {
                var mark = ColumnName.Normalize(row.Get(goals[g]));
                if (mark is "x" or "ja" or "1" or "j" or "waar" or "true") oldGoals.Add(OldGoals.All[g]);
                else if (mark is not ("" or "nee" or "0" or "n" or "onwaar" or "false"))
                    Error(goals[g], "ongeldige markering (verwacht X of leeg)");
            }

            if (!PreventionForms.TryParse(row.Get(form), out var activityForm))
                Error(form, "onbekende vorm van preventie (verwacht: universeel, selectief, geïndiceerd of onbekend)." + Vocabulary.Hint(row.Get(form), ["universeel", "selectief", "geïndiceerd", "onbekend"]));

            Programme? activityProgramme = null;
            if (row.Get(programme).Length > 0)
            {
                if (Programmes.TryParse(row.Get(programme), out var p)) activityProgramme = p;
                else Error(programme, $"onbekend programma (verwacht: {string.Join(", ", Programmes.All.Select(x => x.DutchLabel()))})");
            }

            if (!Financings.TryParse(row.Get(financing), out var activityFinancing))
                Error(financing, "onbekende financieringsvorm (verwacht: structureel, incidenteel, beide of onbekend)." + Vocabulary.Hint(row.Get(financing), ["structureel", "incidenteel", "beide", "onbekend"]));

            var targetGroups = new List<TargetGroup>();
            foreach (var part in row.Get(groups).Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (TargetGroup.TryParse(part, out var tg)) { if (!targetGroups.Contains(tg)) targetGroups.Add(tg); }
                else Error(groups, $"onbekende leeftijdsgroep '{part}' (geldig: {string.Join(", ", TargetGroup.All.Select(t => t.Key))})");
            }

            double? yearlyCost = null;
            if (row.Get(cost).Length > 0)
            {
                if (DutchNumber.TryParse(row.Get(cost), out var c) && c >= 0) yearlyCost = c;
                else Error(cost, "geen geldig bedrag (verwacht bijvoorbeeld 12.500 of € 12.500,00)");
            }

            int? activityReach = null;
            if (row.Get(reach).Length > 0)
            {
                if (DutchNumber.TryParse(row.Get(reach), out var r) && r >= 0 && r == Math.Floor(r) && r <= int.MaxValue) activityReach = (int)r;
                else Error(reach, "geen geldig aantal (verwacht een geheel getal, 0 of meer)");
            }

            // the payer code is checked against the model's betalers.csv when the activity becomes a candidate
            var activityPayer = row.Get(payer) is { Length: > 0 } py ? py : null;

            activities.Add(new PreventionActivity(
                row.Number, number, activityName, row.Get(effect), oldGoals, row.Get(groupText), activityForm,
                row.Get(orgs), row.Get(remarks), activityProgramme, activityFinancing, targetGroups, yearlyCost, activityReach,
                row.Get(source) is { Length: > 0 } s ? s : null) { Payer = activityPayer });
        }

        errors.ThrowIfAny();
        return new PreventionInventory(path, activities, financing is not null, groups is not null) { Warnings = EmptyWarnings(table, activities) };
    }

    /// <summary>
    /// A file with the header row and nothing under it is legal (a template not yet filled in), but every count from it
    /// is 0: that is said, never passed on silently.
    /// </summary>
    private static IReadOnlyList<DataError> EmptyWarnings(RawTable table, IReadOnlyList<PreventionActivity> activities) =>
        activities.Count > 0 ? [] :
        [
            new DataError(table.File, table.HeaderRow, null, null,
                "de inventaris bevat geen activiteiten: onder de kopregel staat niets, dus alle aantallen zijn 0. Vul de activiteiten " +
                "in onder de kopregel, of controleer of het goede bestand is gekozen (bij Excel: staan de activiteiten op het eerste tabblad?)"),
        ];
}
