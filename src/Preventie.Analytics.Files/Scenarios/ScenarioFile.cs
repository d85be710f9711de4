using Preventie.Analytics.Quantities;
using System.Globalization;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Input;
using Preventie.Analytics.Interventions;
using Preventie.Analytics.Inventory;
using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;
using Preventie.Analytics.Timeline;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Preventie.Analytics.Scenarios;

/// <summary>
/// Reads a scenario YAML file (Dutch keys) against a model:
/// <code>
/// naam: Verschuiven naar voorliggend
/// basis: basis.yaml            # optional: inherit everything from another scenario (relative path)
/// omschrijving: ...
/// startjaar: 2024              # default 2024 (inherited)
/// eindjaar: 2035               # default 2035
/// discontovoet: {parameter: discontovoet}
/// telmethode: levenstabel      # optional: levenstabel (default) | begin | eind (inherited)
/// interventies:
///   - naam: Voorliggend veld Wmo
///     vorm: selectief           # universeel | selectief | geindiceerd | onbekend
///     doelgroep: [18-27, 28-44] # bands, or "alle"
///     bereik: {parameter: bereik_voorliggend}
///     wijkaandeel: {waarde: 0.1, aanname: true}   # optional, default 1
///     wijken: [Rivierenwijk, Zandweerd]            # optional: only these wijken (with a wijk file), whole wijk
///     start: 2025
///     eind: 2027                # optional: funding stops after this year
///     opbouwjaren: 2            # ramp-up
///     uitfaseerjaren: 3         # fade-out after funding stops
///     kosten:
///       - {betaler: gemeente_wmo, bedrag: {waarde: 500000, bron: "Hengelo, seed 004"}}
///     effecten:
///       - {type: overgang, van: zelfredzaam, naar: tijdelijk_maatwerk, verandering: {parameter: effect_x}}
///       - {type: verschuiving, van: tijdelijk_maatwerk, naar: tijdelijk_voorliggend, aandeel: {parameter: y}}
///   - naam: Oude subsidie      # an inherited intervention with the same name is replaced;
///     actief: false             # actief: false removes it ("stoppen")
/// </code>
/// A value is <c>{parameter: naam}</c> (or just the parameter name) or <c>{waarde: x, bron: "..."}</c> /
/// <c>{waarde: x, aanname: true}</c>; a bare number is refused ("waarde zonder bron"). Errors are collected over the
/// whole inheritance chain and thrown at once, naming file, line and field.
/// </summary>
public static class ScenarioFile
{
    private sealed record Partial(string File, string? Name, string? Description, int? Start, int? End, SourcedValue? Discount,
        List<(string Name, Intervention? Value)> Interventions, List<string> Chain)
    {
        public CountingMethod? Counting { get; init; }
    }

    /// <summary>Longest horizon accepted, in years (eindjaar − startjaar + 1).</summary>
    public const int MaxHorizonYears = 100;

    /// <summary>Highest discount rate accepted (a fraction per year); the Dutch MKBA rate is 0.0225.</summary>
    public const double MaxDiscountRate = 0.15;

    /// <summary>Loads <paramref name="path"/> and the scenarios it inherits from.</summary>
    /// <param name="path">The scenario file.</param>
    /// <param name="model">The model its states, bands, payers and parameters refer to.</param>
    /// <param name="kinds">The effect kinds a file may name (<c>type:</c>); null = <see cref="EffectKinds.BuiltIn"/>
    /// (pass <c>EffectKinds.BuiltIn.With(kind)</c> to allow a kind of one's own).</param>
    public static Scenario Load(string path, ModelDefinition model, EffectKinds? kinds = null)
    {
        kinds ??= EffectKinds.BuiltIn;
        var errors = new List<DataError>();
        var partial = Read(Path.GetFullPath(path), model, errors, [], kinds);
        if (errors.Count > 0) throw new DataValidationException(errors);
        var p = partial!;
        var discount = p.Discount;
        if (discount is null)
        {
            var i = model.Parameters.IndexOf("discontovoet");
            if (i < 0) throw new DataValidationException(new DataError(path, null, "discontovoet", null, "discontovoet ontbreekt (geen parameter 'discontovoet' en geen waarde in het scenario)"));
            discount = new SourcedValue(ValueExpression.Reference(i, "discontovoet"), model.Parameters[i].Source, model.Parameters[i].IsAssumption);
        }
        var start = p.Start ?? 2024;
        var end = p.End ?? 2035;
        if (end < start) throw new DataValidationException(new DataError(path, null, "eindjaar", end.ToString(CultureInfo.InvariantCulture), "eindjaar ligt vóór startjaar"));
        if ((long)end - start + 1 > MaxHorizonYears)
            throw new DataValidationException(new DataError(path, null, "eindjaar", end.ToString(CultureInfo.InvariantCulture),
                $"een horizon van {(long)end - start + 1} jaar ({start}–{end}) is te lang: het model rekent met vaste kansen en kosten en houdt hooguit {MaxHorizonYears} jaar stand"));
        var rate = discount.Expression.Evaluate(model.Parameters.DefaultVector());
        if (!(rate >= 0 && rate <= MaxDiscountRate))
            throw new DataValidationException(new DataError(path, null, "discontovoet", rate.ToString(CultureInfo.InvariantCulture),
                $"de discontovoet ({discount.Expression.Text}) moet tussen 0 en {MaxDiscountRate.ToString(CultureInfo.InvariantCulture)} liggen (een fractie per jaar: 0,0225 = 2,25%)"));
        var interventions = p.Interventions.Where(x => x.Value is not null).Select(x => x.Value!).ToList();
        var rampErrors = interventions.Select(iv => RampUpBeforeStartError(iv, start)).OfType<DataError>().ToList();
        if (rampErrors.Count > 0) throw new DataValidationException(rampErrors);
        return new Scenario
        {
            Name = p.Name ?? Path.GetFileNameWithoutExtension(path),
            Description = p.Description,
            File = path,
            Chain = p.Chain,
            StartYear = new CalendarYear(start),
            EndYear = new CalendarYear(end),
            DiscountRate = discount,
            CountingMethod = p.Counting ?? CountingMethod.LifeTable,
            Interventions = interventions,
        };
    }

    /// <summary>
    /// Refuses an intervention still ramping up in the model's first year with part of its ramp-up before it
    /// (start &lt; startjaar ≤ start + opbouwjaren − 1): the model would credit the ramp-up reached in the years before
    /// <paramref name="modelStart"/> as effect in its first year, while the costs of those years fall outside the horizon.
    /// An intervention that started earlier and is fully running by the first year (no ramp-up left) is legal: it is
    /// counted as running, at its cost, from the first year.
    /// </summary>
    private static DataError? RampUpBeforeStartError(Intervention iv, int modelStart)
    {
        var start = iv.StartYear.Value;
        if (start >= modelStart || iv.RampUpYears <= 1 || start + iv.RampUpYears - 1 < modelStart) return null;
        var before = modelStart - start == 1 ? start.ToString(CultureInfo.InvariantCulture) : $"{start}–{modelStart - 1}";
        return new DataError(iv.DefinedIn ?? "scenario", null, $"interventies[{iv.Name}].start", start.ToString(CultureInfo.InvariantCulture),
            $"de interventie start in {start} met {iv.RampUpYears} opbouwjaren, vóór het eerste modeljaar {modelStart}: de opbouw in {before} zou als effect " +
            $"meetellen, maar de kosten van {before} niet. Laat de interventie in {modelStart} of later starten, of zet opbouwjaren op 0 als ze in {modelStart} al volledig loopt");
    }

    private const string InvalidYaml = "ongeldige YAML-opmaak (controleer inspringing, dubbele punten, haakjes [ ] { } en aanhalingstekens rond deze regel)";

    private static Partial? Read(string path, ModelDefinition model, List<DataError> errors, List<string> visiting, EffectKinds kinds)
    {
        if (visiting.Contains(path, StringComparer.Ordinal))
        {
            var cycle = string.Join(" → ", visiting.Append(path).Select(Path.GetFileName));
            errors.Add(new DataError(visiting[^1], null, "basis", Path.GetFileName(path), $"scenario erft van zichzelf (kringverwijzing: {cycle})"));
            return null;
        }
        if (!File.Exists(path)) { errors.Add(new DataError(path, null, null, null, $"scenariobestand niet gevonden (gezocht: {path})")); return null; }

        YamlMappingNode root;
        try
        {
            var stream = SourceFiles.Parsed(path, () =>
            {
                var yaml = new YamlStream();
                using var reader = SourceFiles.OpenText(path);
                yaml.Load(reader);
                return yaml;
            });
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode m)
            {
                errors.Add(new DataError(path, null, null, null, "het scenario moet een YAML-mapping zijn (sleutel: waarde)"));
                return null;
            }
            root = m;
        }
        catch (YamlException ex)
        {
            errors.Add(new DataError(path, (int)ex.Start.Line, null, null, InvalidYaml));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            // YamlDotNet throws these for some malformed documents (e.g. an unclosed '[' before the next key)
            errors.Add(new DataError(path, null, null, null, InvalidYaml));
            return null;
        }

        var ctx = new Context(path, model, errors, kinds);
        ctx.CheckKeys(root, "naam", "basis", "omschrijving", "startjaar", "eindjaar", "discontovoet", "telmethode", "interventies");
        Partial? parent = null;
        if (ctx.Scalar(root, "basis") is { } basis)
        {
            var parentPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, basis));
            parent = Read(parentPath, model, errors, [.. visiting, path], kinds);
        }
        var own = new Partial(path,
            ctx.Scalar(root, "naam") ?? parent?.Name,
            ctx.Scalar(root, "omschrijving") ?? parent?.Description,
            ctx.Year(root, "startjaar") ?? parent?.Start,
            ctx.Year(root, "eindjaar") ?? parent?.End,
            root.Children.ContainsKey("discontovoet") ? ctx.Value(root, "discontovoet") : parent?.Discount,
            parent?.Interventions.ToList() ?? [],
            [path, .. parent?.Chain ?? []]) { Counting = parent?.Counting };
        if (ctx.Scalar(root, "telmethode") is { } countingText)
        {
            if (Scenarios.CountingMethods.TryParse(countingText, out var counting)) own = own with { Counting = counting };
            else ctx.Error(root.Children["telmethode"], "telmethode", countingText, "onbekende telmethode (geldig: levenstabel, begin, eind)");
        }
        // a child that sets no name of its own gets the file name, not the parent's
        if (ctx.Scalar(root, "naam") is null) own = own with { Name = Path.GetFileNameWithoutExtension(path) };
        var defaultStart = own.Start ?? 2024;

        if (root.Children.TryGetValue("interventies", out var list))
        {
            if (list is not YamlSequenceNode seq) ctx.Error(list, "interventies", null, "verwacht een lijst van interventies");
            else
                foreach (var node in seq)
                {
                    if (node is not YamlMappingNode im) { ctx.Error(node, "interventies", null, "elke interventie moet een mapping zijn"); continue; }
                    var name = ctx.Scalar(im, "naam");
                    if (name is null) { ctx.Error(im, "interventies.naam", null, "naam van de interventie ontbreekt"); continue; }
                    var index = own.Interventions.FindIndex(x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase));
                    var active = ctx.Scalar(im, "actief") is not { } a || ParameterFile.IsYes(a);
                    var intervention = active ? ctx.Intervention(im, name, defaultStart) : null;
                    if (index >= 0) own.Interventions[index] = (name, intervention);
                    else if (!active) ctx.Error(im, $"interventies[{name}].actief", "false", "deze interventie bestaat niet in het basisscenario en kan dus niet gestopt worden");
                    else own.Interventions.Add((name, intervention));
                }
        }
        return own;
    }

    private sealed class Context(string file, ModelDefinition model, List<DataError> errors, EffectKinds kinds)
    {
        public void Error(YamlNode node, string field, string? value, string message) =>
            errors.Add(new DataError(file, (int)node.Start.Line, field, value, message));

        public void CheckKeys(YamlMappingNode m, params string[] known)
        {
            foreach (var key in m.Children.Keys)
                if (key is YamlScalarNode k && !known.Contains(k.Value, StringComparer.OrdinalIgnoreCase))
                    Error(key, k.Value ?? "", null, $"onbekend veld (geldig: {string.Join(", ", known)})");
        }

        public string? Scalar(YamlMappingNode m, string key)
        {
            if (!m.Children.TryGetValue(key, out var n)) return null;
            if (n is YamlScalarNode s) return string.IsNullOrWhiteSpace(s.Value) ? null : s.Value.Trim();
            Error(n, key, null, "verwacht een enkele waarde");
            return null;
        }

        public int? Int(YamlMappingNode m, string key, string? field = null)
        {
            var t = Scalar(m, key);
            if (t is null) return null;
            if (int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)) return v;
            Error(m.Children[key], field ?? key, t, "geen geldig geheel getal");
            return null;
        }

        /// <summary>A calendar year (an integer that <see cref="CalendarYear.IsValid"/> accepts), or null when absent or
        /// wrong (the error is recorded).</summary>
        public int? Year(YamlMappingNode m, string key, string? field = null)
        {
            var v = Int(m, key, field);
            if (v is null || CalendarYear.IsValid(v.Value)) return v;
            Error(m.Children[key], field ?? key, v.Value.ToString(CultureInfo.InvariantCulture),
                $"geen geldig jaartal (verwacht een jaar van {CalendarYear.MinValue} tot en met {CalendarYear.MaxValue})");
            return null;
        }

        /// <summary>A sourced value: {parameter: x} | "x" | {waarde: v, bron: ..} | {waarde: v, aanname: true}.</summary>
        public SourcedValue? Value(YamlMappingNode m, string key, string? field = null)
        {
            field ??= key;
            if (!m.Children.TryGetValue(key, out var n)) { Error(m, field, null, "waarde ontbreekt"); return null; }
            if (n is YamlScalarNode s)
            {
                var text = s.Value?.Trim() ?? "";
                if (DutchNumber.TryParse(text, out _) || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    Error(n, field, text, "waarde zonder bron: schrijf {waarde: ..., bron: \"...\"}, {waarde: ..., aanname: true} of {parameter: naam}");
                    return null;
                }
                return Reference(n, field, text);
            }
            if (n is not YamlMappingNode vm) { Error(n, field, null, "verwacht een waarde of {parameter: naam}"); return null; }
            CheckKeys(vm, "parameter", "waarde", "bron", "aanname", "toelichting");
            var note = Scalar(vm, "toelichting");
            if (Scalar(vm, "parameter") is { } p) return Reference(vm, field, p) is { } r ? r with { Note = note } : null;
            var valueText = Scalar(vm, "waarde");
            if (valueText is null) { Error(vm, field, null, "verwacht 'waarde' of 'parameter'"); return null; }
            if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && !DutchNumber.TryParse(valueText, out v))
            {
                Error(vm, field, valueText, "geen geldig getal");
                return null;
            }
            var source = Scalar(vm, "bron");
            var assumption = Scalar(vm, "aanname") is { } a && ParameterFile.IsYes(a);
            if (source is null && !assumption)
            {
                Error(vm, field, valueText, "waarde zonder bron: voeg 'bron' toe of zet 'aanname: true'");
                return null;
            }
            return new SourcedValue(ValueExpression.Of(v), source, assumption) { Note = note };
        }

        private SourcedValue? Reference(YamlNode n, string field, string name)
        {
            var e = ValueExpression.TryParse(name, model.Parameters, out var msg);
            if (e is null) { Error(n, field, name, msg!); return null; }
            var ps = e.ParameterIndices.Select(i => model.Parameters[i]).ToList();
            return new SourcedValue(e, string.Join("; ", ps.Select(p => p.Source).Where(x => x is not null)), ps.Any(p => p.IsAssumption));
        }

        public Intervention? Intervention(YamlMappingNode m, string name, int defaultStart)
        {
            var f = $"interventies[{name}]";
            var before = errors.Count;
            CheckKeys(m, "naam", "omschrijving", "vorm", "doelgroep", "bereik", "wijkaandeel", "wijken", "start", "eind", "opbouwjaren", "uitfaseerjaren", "kosten", "effecten", "actief");
            var wijken = new List<string>();
            if (m.Children.TryGetValue("wijken", out var wn))
                foreach (var item in wn is YamlSequenceNode wsq ? wsq.Children : [wn])
                {
                    var t = ((item as YamlScalarNode)?.Value ?? "").Trim();
                    if (t.Length == 0) Error(item, f + ".wijken", t, "lege wijknaam (verwacht bijv. wijken: [Rivierenwijk, Zandweerd])");
                    else if (!wijken.Contains(t, StringComparer.OrdinalIgnoreCase)) wijken.Add(t);
                }
            var form = PreventionForm.Onbekend;
            if (Scalar(m, "vorm") is { } ft && !PreventionForms.TryParse(ft, out form))
                Error(m.Children["vorm"], f + ".vorm", ft, "onbekende vorm (geldig: universeel, selectief, geindiceerd, onbekend)");

            var bands = new List<AgeBand>();
            if (m.Children.TryGetValue("doelgroep", out var dg))
            {
                IEnumerable<YamlNode> items = dg is YamlSequenceNode sq ? sq.Children : [dg];
                foreach (var item in items)
                {
                    var t = (item as YamlScalarNode)?.Value ?? "";
                    var sel = BandSelection.TryParse(t, model.Bands, out var msg);
                    if (sel is null) Error(item, f + ".doelgroep", t, msg!);
                    else bands.AddRange(sel.Where(b => !bands.Contains(b)));
                }
            }
            else bands.AddRange(model.Bands);

            var reach = Value(m, "bereik", f + ".bereik");
            var wijk = m.Children.ContainsKey("wijkaandeel") ? Value(m, "wijkaandeel", f + ".wijkaandeel") : SourcedValue.One;
            var vector = model.Parameters.DefaultVector();
            foreach (var (val, key) in new[] { (reach, "bereik"), (wijk, "wijkaandeel") })
                if (val is not null && !Probability.IsValid(val.Expression.Evaluate(vector)))
                    Error(m.Children[key], $"{f}.{key}", val.Expression.Text, "moet tussen 0 en 1 liggen");

            var start = Year(m, "start", f + ".start") ?? defaultStart;
            var end = Year(m, "eind", f + ".eind");
            if (end < start) Error(m, f + ".eind", end.ToString(), "eind ligt vóór start");
            var ramp = Int(m, "opbouwjaren", f + ".opbouwjaren") ?? 0;
            var fade = Int(m, "uitfaseerjaren", f + ".uitfaseerjaren") ?? 0;
            if (ramp < 0 || fade < 0) Error(m, f, null, "opbouwjaren en uitfaseerjaren mogen niet negatief zijn");

            var costs = new List<InterventionCost>();
            if (m.Children.TryGetValue("kosten", out var kn))
            {
                if (kn is not YamlSequenceNode ks) Error(kn, f + ".kosten", null, "verwacht een lijst");
                else
                    foreach (var c in ks.OfType<YamlMappingNode>())
                    {
                        CheckKeys(c, "betaler", "bedrag", "toelichting");
                        var pt = Scalar(c, "betaler");
                        var known = model.Payers.TryParse(pt, out var payer);
                        if (!known) Error(c, f + ".kosten.betaler", pt, model.Payers.UnknownMessage);
                        var amount = Value(c, "bedrag", f + ".kosten.bedrag");
                        if (known && amount is not null) costs.Add(new InterventionCost(payer, amount with { Note = amount.Note ?? Scalar(c, "toelichting") }));
                    }
            }

            var effects = new List<InterventionEffect>();
            if (m.Children.TryGetValue("effecten", out var en))
            {
                if (en is not YamlSequenceNode es) Error(en, f + ".effecten", null, "verwacht een lijst");
                else
                    foreach (var e in es.OfType<YamlMappingNode>())
                    {
                        CheckKeys(e, ["type", "van", "naar", .. kinds.All.Select(k => k.SizeKey).Distinct(), "toelichting"]);
                        var type = ColumnName.Normalize(Scalar(e, "type"));
                        if (!kinds.TryFind(type, out var kind)) { Error(e, f + ".effecten.type", Scalar(e, "type"), kinds.UnknownMessage); continue; }
                        var from = State(e, "van", f + ".effecten.van");
                        var to = State(e, "naar", f + ".effecten.naar");
                        var sizeField = f + ".effecten." + kind.SizeKey;
                        var size = Value(e, kind.SizeKey, sizeField);
                        if (from < 0 || to < 0 || size is null) continue;
                        if (from == to) { Error(e, f + ".effecten.naar", model.States[to].Name, "van en naar zijn dezelfde toestand"); continue; }
                        if (kind.SizeError(size.Expression.Evaluate(vector)) is { } sizeError) Error(e, sizeField, size.Expression.Text, sizeError);
                        if (kind.TransitionError(model, from, to) is { } transitionError)
                            Error(e, f + ".effecten", $"{model.States[from].Name} → {model.States[to].Name}", transitionError);
                        effects.Add(new InterventionEffect(kind, from, to, size with { Note = size.Note ?? Scalar(e, "toelichting") }));
                    }
            }
            if (errors.Count > before || reach is null || wijk is null) return null;
            return new Intervention
            {
                Name = name, Description = Scalar(m, "omschrijving"), Form = form, TargetBands = bands, Reach = reach,
                NeighbourhoodShare = wijk, StartYear = new CalendarYear(start), EndYear = end is { } last ? new CalendarYear(last) : null, RampUpYears = ramp, FadeOutYears = fade,
                Costs = costs, Effects = effects, DefinedIn = file, Wijken = wijken,
            };
        }

        private int State(YamlMappingNode m, string key, string field)
        {
            var t = Scalar(m, key);
            if (t is null) { Error(m, field, null, "toestand ontbreekt"); return -1; }
            var i = model.StateIndex(t);
            if (i < 0) Error(m.Children[key], field, t, model.UnknownStateMessage(t));
            return i;
        }
    }
}
