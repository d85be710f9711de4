using Preventie.Analytics.Input;

namespace Preventie.Analytics.Inventory;

/// <summary>Reads <see cref="GoalMapping"/> from its file (<c>GoalMapping.Load</c>): the core type holds the data, this layer the file access.</summary>
public static class GoalMappingFile
{
    extension(GoalMapping)
    {
        /// <summary>Loads a mapping file (columns: soort, code, omschrijving, nieuw doel, aanname, toelichting); all errors at once.</summary>
        public static GoalMapping Load(string path)
        {
            var table = TableReader.Read(path, ["soort"], ["code"], ["nieuw doel", "nieuwe doelstelling"], ["aanname"]);
            var errors = new ErrorCollector(path);
            int? kindCol = table.IndexOf("soort"), codeCol = table.IndexOf("code"), descCol = table.IndexOf("omschrijving"),
                newCol = table.IndexOf("nieuw doel", "nieuwe doelstelling"), assumptionCol = table.IndexOf("aanname"), whyCol = table.IndexOf("toelichting");
            var entries = new List<GoalMappingEntry>();
            foreach (var row in table.Rows)
            {
                var kind = ColumnName.Normalize(row.Get(kindCol));
                if (kind is not ("doel" or "thema"))
                    errors.Add(row.Number, table.HeaderAt(kindCol!.Value), row.Get(kindCol), "onbekende soort (verwacht: doel of thema)");
                var max = kind == "thema" ? 8 : 4;
                if (!int.TryParse(row.Get(codeCol), out var code) || code < 1 || code > max)
                    errors.Add(row.Number, table.HeaderAt(codeCol!.Value), row.Get(codeCol), $"ongeldige code (verwacht 1 t/m {max})");
                if (!NewGoals.TryParse(row.Get(newCol), out var newGoal))
                    errors.Add(row.Number, table.HeaderAt(newCol!.Value), row.Get(newCol), "onbekend nieuw doel (verwacht: bestaanszekerheid, kansengelijkheid of gezond leven)");
                var a = ColumnName.Normalize(row.Get(assumptionCol));
                if (a is not ("ja" or "nee"))
                    errors.Add(row.Number, table.HeaderAt(assumptionCol!.Value), row.Get(assumptionCol), "verwacht ja of nee");
                entries.Add(new GoalMappingEntry(kind, code, row.Get(descCol), newGoal, a == "ja", row.Get(whyCol)));
            }
            errors.ThrowIfAny();
            return new GoalMapping(entries);
        }
    }
}
