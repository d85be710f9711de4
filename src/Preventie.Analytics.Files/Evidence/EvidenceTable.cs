using Preventie.Analytics.Formatting;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Input;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Population;
using Preventie.Analytics.Timeline;

namespace Preventie.Analytics.Evidence;

/// <summary>
/// The editable evidence table in <c>data/evidence/</c>: <c>effecten.csv</c> (effects per activity or per form, with
/// evidence level) and <c>kandidaten.csv</c> (cost, payer, reach, bands, start, maximum scale per inventory activity).
/// Both are <c>;</c>-separated UTF-8 (decimal commas, <c>#</c> comment lines). A value whose <c>bron</c> is empty is an
/// assumption and is shown as such in every output. All errors of a file are reported at once (file, row, column, value).
/// <para><c>effecten.csv</c>: <c>nr;vorm;type;van;naar;effect;erkenning;sd;bron;toelichting</c> — <c>nr</c> is the
/// inventory number (empty: the row applies to every activity of form <c>vorm</c> without own rows); <c>type</c> is
/// <c>overgang</c> (relative change) or <c>verschuiving</c> (route shift share), as in scenario files.</para>
/// <para><c>kandidaten.csv</c>: <c>nr;naam;kosten per jaar;betaler;bereik;leeftijdsgroepen;start;opbouwjaren;maximale
/// schaal;aan-uit;bron;toelichting</c> — <c>bereik</c> is residents reached per year (as in the inventory).</para>
/// </summary>
public sealed record EvidenceTable(IReadOnlyList<EffectEvidence> Effects, IReadOnlyList<CandidateEvidence> Candidates, string? Directory)
{
    /// <summary>The largest effect (and standard deviation of an effect) a row may state, as a fraction: ±5 (±500%).
    /// Beyond it a value is a unit error (a percentage written as a number), refused; from 0,5 on a warning applies.</summary>
    public const double MaxEffect = 5;

    /// <summary>The largest yearly cost of one activity: € 1 mld, more than the whole budget of a municipality of
    /// Deventer's size; beyond it a value is a typing error, refused.</summary>
    public const double MaxCandidateCost = 1_000_000_000;

    /// <summary>The effects file's name in the evidence folder.</summary>
    public const string EffectsFile = "effecten.csv";
    /// <summary>The candidates file's name in the evidence folder.</summary>
    public const string CandidatesFile = "kandidaten.csv";

    /// <summary>The legal tasks file's name in the evidence folder (optional).</summary>
    public const string LegalTasksFile = "wettelijke-taken.csv";

    /// <summary>The legal tasks (<c>wettelijke-taken.csv</c>: <c>naam;wettelijke_taak;bron</c>); empty when the file is absent.</summary>
    public IReadOnlyList<LegalTask> LegalTasks { get; init; } = [];

    /// <summary>The legal task named <paramref name="name"/> (case-insensitive), or null.</summary>
    public LegalTask? LegalTaskFor(string name) =>
        LegalTasks.FirstOrDefault(t => string.Equals(t.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>An empty table (only the shipped scenarios' interventions become candidates).</summary>
    public static EvidenceTable Empty { get; } = new([], [], null);

    /// <summary>The effect rows that apply to <paramref name="activity"/>: its own, else those of its form.</summary>
    public IReadOnlyList<EffectEvidence> EffectsFor(PreventionActivity activity)
    {
        var own = activity.Number is null ? [] : Effects.Where(e => e.Activity == activity.Number).ToList();
        return own.Count > 0 ? own : Effects.Where(e => e.Activity is null && e.Form == activity.Form).ToList();
    }

    /// <summary>Reads both files from <paramref name="directory"/> against the model's states.</summary>
    public static EvidenceTable Load(string directory, ModelDefinition model)
    {
        var effectsPath = Path.Combine(directory, EffectsFile);
        var candidatesPath = Path.Combine(directory, CandidatesFile);
        var errors = new List<DataError>();
        var effects = Collect(errors, () => ReadEffects(effectsPath, model));
        var candidates = Collect(errors, () => ReadCandidates(candidatesPath, model));
        var legalPath = Path.Combine(directory, LegalTasksFile);
        var legal = File.Exists(legalPath) ? Collect(errors, () => ReadLegalTasks(legalPath)) : [];
        if (errors.Count > 0) throw new DataValidationException(errors);
        return new EvidenceTable(effects, candidates, directory) { LegalTasks = legal };
    }

    /// <summary>Reads <c>wettelijke-taken.csv</c>: every row needs a name, the law and a source; a name appears once.</summary>
    private static IReadOnlyList<LegalTask> ReadLegalTasks(string path)
    {
        var table = TableReader.Read(path, ["naam", "activiteit"], ["wettelijke_taak", "wettelijke taak", "wet"], ["bron"]);
        var errors = new ErrorCollector(path);
        var name = table.IndexOf("naam", "activiteit");
        var law = table.IndexOf("wettelijke_taak", "wettelijke taak", "wet");
        var source = table.IndexOf("bron");
        var result = new List<LegalTask>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var n = row.Get(name).Trim();
            var before = errors.Errors.Count;
            if (n.Length == 0) errors.Add(row.Number, "naam", n, "naam ontbreekt (de naam van de activiteit zoals in de scenario's of de inventaris)");
            else if (!seen.Add(n)) errors.Add(row.Number, "naam", n, "deze activiteit staat er al eerder in");
            if (row.Get(law).Trim().Length == 0) errors.Add(row.Number, "wettelijke_taak", row.Get(law), "noem de wet die dit een wettelijke taak maakt");
            if (row.Get(source).Trim().Length == 0) errors.Add(row.Number, "bron", row.Get(source), "bron ontbreekt (waar de wet te lezen is)");
            if (errors.Errors.Count == before) result.Add(new LegalTask(row.Number, n, row.Get(law).Trim(), row.Get(source).Trim()));
        }
        errors.ThrowIfAny();
        return result;
    }

    private static IReadOnlyList<T> Collect<T>(List<DataError> errors, Func<IReadOnlyList<T>> read)
    {
        try { return read(); }
        catch (DataValidationException ex) { errors.AddRange(ex.Errors); return []; }
    }

    private static IReadOnlyList<EffectEvidence> ReadEffects(string path, ModelDefinition model)
    {
        var table = TableReader.Read(path, ["type"], ["van"], ["naar"], ["effect"]);
        var errors = new ErrorCollector(path);
        int? C(string name, params string[] aliases) => table.IndexOf(name, aliases);
        var nr = C("nr", "nummer");
        var vorm = C("vorm");
        var type = C("type");
        var from = C("van");
        var to = C("naar");
        var effect = C("effect");
        var level = C("erkenning", "bewijsniveau", "niveau");
        var sd = C("sd", "standaardafwijking");
        var source = C("bron");
        var note = C("toelichting");
        var result = new List<EffectEvidence>();
        // one row per activity (or form), kind and transition: a copied row would apply the effect twice
        var keys = new DuplicateKeys<(int?, PreventionForm?, string, int, int)>(errors);
        foreach (var row in table.Rows)
        {
            var before = errors.Errors.Count;
            int? activity = null;
            if (row.Get(nr) is { Length: > 0 } nrText)
            {
                if (int.TryParse(nrText, out var n) && n > 0) activity = n;
                else errors.Add(row.Number, "nr", nrText, "verwacht een positief geheel getal (het nummer in de inventaris)");
            }
            PreventionForm? form = null;
            if (activity is null)
            {
                if (PreventionForms.TryParse(row.Get(vorm), out var f) && row.Get(vorm).Length > 0) form = f;
                else errors.Add(row.Number, "vorm", row.Get(vorm), "geef een nummer uit de inventaris of een vorm (universeel, selectief, geïndiceerd)." + Vocabulary.Hint(row.Get(vorm), ["universeel", "selectief", "geïndiceerd"]));
            }
            var k = ColumnName.Normalize(row.Get(type));
            if (!EffectKinds.BuiltIn.TryFind(k, out var kind)) errors.Add(row.Number, "type", row.Get(type), EffectKinds.BuiltIn.UnknownMessage);
            var f0 = model.StateIndex(row.Get(from));
            if (f0 < 0) errors.Add(row.Number, "van", row.Get(from), model.UnknownStateMessage(row.Get(from)));
            var t0 = model.StateIndex(row.Get(to));
            if (t0 < 0) errors.Add(row.Number, "naar", row.Get(to), model.UnknownStateMessage(row.Get(to)));
            if (f0 >= 0 && t0 >= 0 && kind?.TransitionError(model, f0, t0) is { } transitionError)
                errors.Add(row.Number, "naar", row.Get(to), transitionError);
            if (!DutchNumber.TryParse(row.Get(effect), out var mean) || !double.IsFinite(mean))
                errors.Add(row.Number, "effect", row.Get(effect), "verwacht een getal, bijv. -0,1 (10% minder instroom)");
            else if (kind?.SizeError(mean) is { } sizeError)
                errors.Add(row.Number, "effect", row.Get(effect), sizeError);
            else if (Math.Abs(mean) > MaxEffect)
                errors.Add(row.Number, "effect", row.Get(effect),
                    $"een effect van {DutchFormat.Percent(mean, 0)} is onmogelijk groot (meer dan {DutchFormat.Percent(MaxEffect, 0)}): schrijf een relatieve verandering als fractie, bijv. -0,1 voor 10% minder");
            if (!EvidenceLevels.TryParse(row.Get(level), out var lvl))
                errors.Add(row.Number, "erkenning", row.Get(level), EvidenceLevels.UnknownMessageFor(row.Get(level)));
            double? width = null;
            if (row.Get(sd) is { Length: > 0 } sdText)
            {
                if (DutchNumber.TryParse(sdText, out var w) && w > 0 && w <= MaxEffect && double.IsFinite(w)) width = w;
                else errors.Add(row.Number, "sd", sdText, $"verwacht een getal groter dan 0 en hoogstens {DutchFormat.Number(MaxEffect)} (de standaardafwijking van het effect als fractie; of leeg voor de breedte van het erkenningsniveau)");
            }
            if (errors.Errors.Count > before) continue;
            if (!keys.Add((activity, form, kind!.Key, f0, t0), row.Number, "naar", row.Get(to),
                    $"{(activity is { } a ? $"activiteit {a}" : $"vorm {row.Get(vorm)}")}, type {row.Get(type)}, {row.Get(from)} → {row.Get(to)}")) continue;
            result.Add(new EffectEvidence(row.Number, activity, form, kind!, f0, t0, mean, lvl, width, Blank(row.Get(source)), Blank(row.Get(note))));
        }
        errors.ThrowIfAny();
        return result;
    }

    private static IReadOnlyList<CandidateEvidence> ReadCandidates(string path, ModelDefinition model)
    {
        var table = TableReader.Read(path, ["nr", "nummer"], ["betaler"]);
        var errors = new ErrorCollector(path);
        int? C(string name, params string[] aliases) => table.IndexOf(name, aliases);
        var nr = C("nr", "nummer");
        var name = C("naam", "activiteit");
        var cost = C("kosten per jaar", "kosten");
        var payer = C("betaler");
        var reach = C("bereik", "bereik per jaar");
        var bands = C("leeftijdsgroepen", "doelgroep");
        var start = C("start", "startjaar");
        var ramp = C("opbouwjaren");
        var max = C("maximale schaal", "max schaal");
        var onOff = C("aan-uit", "aan/uit");
        var source = C("bron");
        var note = C("toelichting");
        var result = new List<CandidateEvidence>();
        var seen = new HashSet<int>();
        foreach (var row in table.Rows)
        {
            var before = errors.Errors.Count;
            if (!int.TryParse(row.Get(nr), out var n) || n <= 0)
                errors.Add(row.Number, "nr", row.Get(nr), "verwacht een positief geheel getal (het nummer in de inventaris)");
            else if (!seen.Add(n))
                errors.Add(row.Number, "nr", row.Get(nr), "dit nummer staat er al eerder in");
            double? c = null;
            if (row.Get(cost) is { Length: > 0 } ct)
            {
                if (DutchNumber.TryParse(ct, out var v) && v >= 0 && v <= MaxCandidateCost && double.IsFinite(v)) c = v;
                else errors.Add(row.Number, "kosten per jaar", ct, $"verwacht een bedrag van 0 tot {DutchFormat.Euro(MaxCandidateCost)} in euro per jaar (meer is meer dan een hele gemeentebegroting; of leeg: onbekend)");
            }
            if (!model.Payers.TryParse(row.Get(payer), out var p))
                errors.Add(row.Number, "betaler", row.Get(payer), model.Payers.UnknownMessage);
            double? r = null;
            if (row.Get(reach) is { Length: > 0 } rt)
            {
                if (DutchNumber.TryParse(rt, out var v) && v >= 0 && double.IsFinite(v)) r = v;
                else errors.Add(row.Number, "bereik", rt, "verwacht een aantal inwoners per jaar ≥ 0 (of leeg: onbekend)");
            }
            IReadOnlyList<AgeBand>? b = null;
            if (row.Get(bands) is { Length: > 0 } bt)
            {
                b = BandSelection.TryParse(bt, model.Bands, out var err);
                if (b is null) errors.Add(row.Number, "leeftijdsgroepen", bt, err!);
            }
            var startYear = 2025;
            if (row.Get(start) is { Length: > 0 } st && (!int.TryParse(st, out startYear) || !CalendarYear.IsValid(startYear)))
                errors.Add(row.Number, "start", st, "verwacht een jaartal, bijv. 2025");
            var rampYears = 1;
            if (row.Get(ramp) is { Length: > 0 } rp && (!int.TryParse(rp, out rampYears) || rampYears < 0 || rampYears > 20))
                errors.Add(row.Number, "opbouwjaren", rp, "verwacht een geheel aantal jaren tussen 0 en 20");
            var maxScale = 2.0;
            if (row.Get(max) is { Length: > 0 } mt && (!DutchNumber.TryParse(mt, out maxScale) || maxScale < 0 || maxScale > 10))
                errors.Add(row.Number, "maximale schaal", mt, "verwacht een getal tussen 0 en 10 (1 = de huidige omvang)");
            var on = ColumnName.Normalize(row.Get(onOff));
            if (on is not ("" or "ja" or "nee" or "j" or "n"))
                errors.Add(row.Number, "aan-uit", row.Get(onOff), "verwacht ja of nee");
            if (errors.Errors.Count > before) continue;
            result.Add(new CandidateEvidence(row.Number, n, row.Get(name), c, p, r, b, startYear, rampYears, maxScale, on is "ja" or "j",
                Blank(row.Get(source)), Blank(row.Get(note))));
        }
        errors.ThrowIfAny();
        return result;
    }

    private static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
