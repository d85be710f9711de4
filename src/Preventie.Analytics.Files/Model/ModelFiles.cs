using Preventie.Analytics.Quantities;
using Preventie.Analytics.Costs;
using Preventie.Analytics.Input;
using Preventie.Analytics.Parameters;
using Preventie.Analytics.Population;
using Preventie.Analytics.States;
using Preventie.Analytics.Transitions;

namespace Preventie.Analytics.Model;

/// <summary>
/// Reads a model directory (default <c>data/parameters/</c>):
/// <list type="bullet">
/// <item><c>parameters.csv</c> — named values with source/assumption and optional distribution (<see cref="ParameterFile"/>);</item>
/// <item><c>toestanden.csv</c> — states (<see cref="StateFile"/>);</item>
/// <item><c>leeftijdsklassen.csv</c> — <c>code;van;tot_en_met;naam;bron</c>: the model's age bands, youngest first
/// (<see cref="AgeBandFile"/>); every <c>leeftijd</c> column below names these bands;</item>
/// <item><c>bevolking.csv</c> — <c>leeftijd;inwoners;migratie</c> per band (values: expressions of parameters);</item>
/// <item><c>startverdeling.csv</c> — <c>leeftijd;toestand;aandeel</c> (leeftijd may be "alle"); per band the shares sum to 1;</item>
/// <item><c>overgangen.csv</c> — <c>van;naar;leeftijd;vanaf;tot;kans</c>;</item>
/// <item><c>betalers.csv</c> — the payers with their law/budget, group and whether they are the municipality's own
/// budget (<see cref="PayerFile"/>); required: a model folder without it is refused with a Dutch error that says to
/// copy the file from <c>data/parameters</c>. Every <c>betaler</c> in the other files is one of its codes;</item>
/// <item><c>kosten.csv</c> — <c>toestand;betaler;leeftijd;bedrag</c> (per person per year; never on an outflow state:
/// nobody lives there, so such a cost would be silently lost — it is refused);</item>
/// <item><c>overgangskosten.csv</c> (optional) — <c>naar;betaler;leeftijd;bedrag</c> and optional <c>van</c>: a one-off
/// cost per person entering a state through a transition (e.g. an intake, a Wlz indication assessment), see
/// <see cref="TransitionCost"/>; without <c>van</c> it applies to every transition into <c>naar</c>;</item>
/// <item><c>correlaties.csv</c> (optional) — <c>parameter1;parameter2;correlatie;bron;aanname</c>: correlations between
/// parameters for the PSA (Gaussian copula).</item>
/// </list>
/// Every value is a <see cref="ValueExpression"/> of parameters, so it carries the parameters' sources and can vary in
/// the PSA. Probabilities are checked with the base-case values: each in [0, 1] and a state's outflows per band and year
/// at most 1. A key given twice (the same band in <c>bevolking.csv</c>; band and state in <c>startverdeling.csv</c>;
/// transition, payer and band in <c>overgangskosten.csv</c>; a parameter pair in <c>correlaties.csv</c>; a copied row —
/// the same key with the same value — in <c>overgangen.csv</c> and <c>kosten.csv</c>, where rows with other values for one
/// cell add up on purpose) is refused naming both rows (<see cref="DuplicateKeys{TKey}"/>), because the model would add
/// the rows up. All errors of a file are reported at once.
/// <para>The model's <see cref="ModelDefinition.Version"/> is computed from the folder's files (<see cref="ModelVersion"/>);
/// a folder written by <c>preventie monitor update</c> also holds <see cref="ModelManifest.FileName"/> with its calibration
/// record. Such a folder loads here like any other: there is one loader.</para>
/// </summary>
public static class ModelFiles
{
    /// <summary><c>parameters.csv</c>: the shared parameter vector.</summary>
    public const string ParametersFile = ModelFileNames.Parameters;
    /// <summary><c>leeftijdsklassen.csv</c>: the model's age bands.</summary>
    public const string BandsFile = ModelFileNames.Bands;
    /// <summary><c>toestanden.csv</c>: the model's states.</summary>
    public const string StatesFile = ModelFileNames.States;
    /// <summary><c>bevolking.csv</c>: the demography per age band.</summary>
    public const string PopulationFile = ModelFileNames.Population;
    /// <summary><c>startverdeling.csv</c>: the start shares per band and state.</summary>
    public const string StartFile = ModelFileNames.Start;
    /// <summary><c>overgangen.csv</c>: the transition probabilities.</summary>
    public const string TransitionsFile = ModelFileNames.Transitions;
    /// <summary><c>kosten.csv</c>: the yearly costs per state and payer.</summary>
    public const string CostsFile = ModelFileNames.Costs;
    /// <summary><c>betalers.csv</c>: the payers.</summary>
    public const string PayersFile = ModelFileNames.Payers;
    /// <summary><c>overgangskosten.csv</c> (optional): one-off costs of a transition.</summary>
    public const string TransitionCostsFile = ModelFileNames.TransitionCosts;
    /// <summary><c>correlaties.csv</c> (optional): correlations between parameters for the PSA.</summary>
    public const string CorrelationsFile = ModelFileNames.Correlations;
    /// <summary>The parameter that holds the birth rate (births per living inhabitant per year); every model needs it.</summary>
    public const string BirthRateParameter = "geboortecijfer";

    /// <summary>
    /// The repository's <c>data</c> directory: the first <c>data</c> folder holding <c>parameters/</c>, walking up from
    /// <paramref name="startDirectory"/> (default: the current directory); null when there is none. Its
    /// <c>parameters</c> subfolder is the default model, its <c>scenarios</c> subfolder the shipped scenarios.
    /// </summary>
    public static string? FindDataDirectory(string? startDirectory = null)
    {
        for (var dir = new DirectoryInfo(startDirectory ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var data = Path.Combine(dir.FullName, "data");
            if (Directory.Exists(Path.Combine(data, "parameters"))) return data;
        }
        return null;
    }

    /// <summary>
    /// The model folder a command means: <paramref name="modelDirectory"/> when given, else <c>data/parameters</c> of the
    /// repository found walking up from the current directory (<see cref="FindDataDirectory"/>); with the repository
    /// root, against which relative input paths are also tried (<see cref="Resolve"/>).
    /// </summary>
    /// <exception cref="DataValidationException">No model folder given and none found (Dutch).</exception>
    public static (string ModelDirectory, string? Root) Locate(string? modelDirectory)
    {
        var data = FindDataDirectory();
        var root = data is null ? null : Path.GetDirectoryName(data);
        if (modelDirectory is null && data is null)
            throw new DataValidationException(new DataError("data/parameters", null, "--parameters", null,
                "modelmap niet gevonden: start in (een map onder) de repository of geef --parameters <map> op"));
        return (modelDirectory ?? Path.Combine(data!, "parameters"), root);
    }

    /// <summary><paramref name="path"/> as given when it exists (or is rooted), else relative to the repository
    /// <paramref name="root"/> when it exists there.</summary>
    public static string Resolve(string path, string? root) =>
        File.Exists(path) || Path.IsPathRooted(path) || root is null || !File.Exists(Path.Combine(root, path)) ? path : Path.Combine(root, path);

    /// <summary>Loads the default model from <see cref="FindDataDirectory"/>/parameters.</summary>
    public static ModelDefinition LoadDefault(string? startDirectory = null) =>
        Load(Path.Combine(FindDataDirectory(startDirectory)
            ?? throw new DataValidationException(new DataError("data/parameters", null, null, null, "modelmap data/parameters niet gevonden (zoek vanaf de huidige map omhoog)")), "parameters"));

    /// <summary>Loads and validates the model in <paramref name="directory"/>.</summary>
    public static ModelDefinition Load(string directory)
    {
        var parameters = ParameterFile.Read(Path.Combine(directory, ParametersFile));
        var states = StateFile.Read(Path.Combine(directory, StatesFile));
        var bandSet = AgeBandFile.Read(Path.Combine(directory, BandsFile));
        var payers = PayerFile.Read(Path.Combine(directory, PayersFile));
        int StateIdx(string n) => states.Select((s, i) => (s, i)).FirstOrDefault(t => string.Equals(t.s.Name, n, StringComparison.OrdinalIgnoreCase), (null!, -1)).Item2;
        string UnknownState(string n) => $"onbekende toestand '{n}' (geldig: {string.Join(", ", states.Select(s => s.Name))})";
        var vector = parameters.DefaultVector();

        // bevolking.csv
        var popPath = Path.Combine(directory, PopulationFile);
        var pop = TableReader.Read(popPath, ["leeftijd"], ["inwoners"], ["migratie"]);
        var errors = new ErrorCollector(popPath);
        var demo = new BandDemography?[bandSet.Count];
        var popKeys = new DuplicateKeys<AgeBand>(errors);
        foreach (var row in pop.Rows)
        {
            var bandText = row.Get(pop.IndexOf("leeftijd"));
            if (!bandSet.TryParse(bandText, out var band)) { errors.Add(row.Number, "leeftijd", bandText, $"onbekende leeftijdsgroep (geldig: {bandSet.ValidCodes}; de klassen staan in {BandsFile})"); continue; }
            if (!popKeys.Add(band, row.Number, "leeftijd", bandText, $"leeftijdsgroep {bandSet[(int)band].Code}")) continue;
            var inh = Expr(errors, row, pop, "inwoners", parameters);
            var mig = Expr(errors, row, pop, "migratie", parameters);
            if (inh is not null && inh.Evaluate(vector) < 0) errors.Add(row.Number, "inwoners", inh.Text, "aantal inwoners mag niet negatief zijn");
            if (inh is not null && mig is not null) demo[(int)band] = new BandDemography(band, inh, mig);
        }
        for (var b = 0; b < demo.Length; b++)
            if (demo[b] is null && !errors.HasErrors) errors.Add(null, "leeftijd", bandSet[b].Code, $"leeftijdsgroep ontbreekt (elke klasse uit {BandsFile} heeft een rij nodig)");
        errors.ThrowIfAny();

        var birthIdx = parameters.IndexOf(BirthRateParameter);
        if (birthIdx < 0)
            throw new DataValidationException(new DataError(Path.Combine(directory, ParametersFile), null, "naam", BirthRateParameter, "parameter 'geboortecijfer' ontbreekt"));

        // startverdeling.csv
        var startPath = Path.Combine(directory, StartFile);
        var st = TableReader.Read(startPath, ["leeftijd"], ["toestand"], ["aandeel"]);
        errors = new ErrorCollector(startPath);
        var shares = new List<StartShare>();
        var shareKeys = new DuplicateKeys<(AgeBand, int)>(errors);
        foreach (var row in st.Rows)
        {
            var bands = Bands(errors, row, st, "leeftijd", bandSet);
            var sName = row.Get(st.IndexOf("toestand"));
            var s = StateIdx(sName);
            if (s < 0) errors.Add(row.Number, "toestand", sName, UnknownState(sName));
            var e = Expr(errors, row, st, "aandeel", parameters);
            if (e is not null && !Probability.IsValid(e.Evaluate(vector))) errors.Add(row.Number, "aandeel", e.Text, $"aandeel {e.Evaluate(vector):0.####} ligt niet tussen 0 en 1");
            if (bands is null || s < 0 || e is null) continue;
            foreach (var b in bands)
                if (shareKeys.Add((b, s), row.Number, "leeftijd", row.Get(st.IndexOf("leeftijd")), $"leeftijdsgroep {bandSet[(int)b].Code} met toestand '{states[s].Name}'"))
                    shares.Add(new StartShare(b, s, e, row.Number));
        }
        if (!errors.HasErrors)
            foreach (var b in bandSet)
            {
                var sum = shares.Where(x => x.Band == b).Sum(x => x.Share.Evaluate(vector));
                if (Math.Abs(sum - 1) > 1e-6) errors.Add(null, "aandeel", b.Code, $"de startaandelen van leeftijdsgroep {b.Code} tellen op tot {sum:0.####}, niet tot 1");
            }
        errors.ThrowIfAny();

        // overgangen.csv
        var trPath = Path.Combine(directory, TransitionsFile);
        var tr = TableReader.Read(trPath, ["van"], ["naar"], ["kans"]);
        errors = new ErrorCollector(trPath);
        var rules = new List<TransitionRule>();
        // several rules for one cell add up on purpose (e.g. the extra Wlz mortality on top of the band's mortality), so a
        // transition row is a duplicate when it repeats an earlier row's cell, years and probability: a copied row
        var ruleKeys = new DuplicateKeys<(int, int, AgeBand, string)>(errors);
        foreach (var row in tr.Rows)
        {
            var from = StateIdx(row.Get(tr.IndexOf("van")));
            var to = StateIdx(row.Get(tr.IndexOf("naar")));
            if (from < 0) errors.Add(row.Number, "van", row.Get(tr.IndexOf("van")), UnknownState(row.Get(tr.IndexOf("van"))));
            if (to < 0) errors.Add(row.Number, "naar", row.Get(tr.IndexOf("naar")), UnknownState(row.Get(tr.IndexOf("naar"))));
            if (from >= 0 && from == to) errors.Add(row.Number, "naar", row.Get(tr.IndexOf("naar")), "een overgang naar dezelfde toestand is overbodig (blijven = 1 − uitstroom)");
            if (from >= 0 && states[from].IsOutflow) errors.Add(row.Number, "van", states[from].Name, "uit een uitstroomtoestand is geen overgang mogelijk");
            var bands = Bands(errors, row, tr, "leeftijd", bandSet);
            var first = Year(errors, row, tr, "vanaf");
            var last = Year(errors, row, tr, "tot");
            var p = Expr(errors, row, tr, "kans", parameters);
            if (p is not null && !Probability.IsValid(p.Evaluate(vector)))
                errors.Add(row.Number, "kans", p.Text, $"kans {p.Evaluate(vector):0.####} ligt niet tussen 0 en 1");
            if (from < 0 || to < 0 || bands is null || p is null || from == to) continue;
            foreach (var b in bands)
                if (ruleKeys.Add((from, to, b, p.Text.Replace(" ", "").ToLowerInvariant()), row.Number, "leeftijd", row.Get(tr.IndexOf("leeftijd")),
                        $"de overgang van '{states[from].Name}' naar '{states[to].Name}' voor leeftijdsgroep {bandSet[(int)b].Code}{YearsText(first, last)} met kans '{p.Text}'", first, last))
                    rules.Add(new TransitionRule(from, to, b, first, last, p, row.Number));
        }
        if (!errors.HasErrors) OutflowCheck.CheckOutflows(errors, rules, states, vector);
        errors.ThrowIfAny();

        // kosten.csv
        var cPath = Path.Combine(directory, CostsFile);
        var ct = TableReader.Read(cPath, ["toestand"], ["betaler"], ["bedrag"]);
        errors = new ErrorCollector(cPath);
        var costs = new List<StateCost>();
        // cost rows for one state, payer and band add up on purpose (two components of one budget, or budgets merged in
        // betalers.csv), so — as for transitions — a cost row is a duplicate when it repeats an earlier row's state,
        // payer, band and amount: a copied row
        var costKeys = new DuplicateKeys<(int, AgeBand, string)>(errors);
        foreach (var row in ct.Rows)
        {
            var sName = row.Get(ct.IndexOf("toestand"));
            var s = StateIdx(sName);
            if (s < 0) errors.Add(row.Number, "toestand", sName, UnknownState(sName));
            else if (states[s].IsOutflow)
            {
                errors.Add(row.Number, "toestand", sName, $"'{sName}' is een uitstroomtoestand: daar woont niemand, dus jaarlijkse kosten daar gaan verloren; zet eenmalige kosten bij instroom in {TransitionCostsFile}");
                s = -1;
            }
            var payerText = row.Get(ct.IndexOf("betaler"));
            if (!payers.TryParse(payerText, out var payer)) errors.Add(row.Number, "betaler", payerText, payers.UnknownMessage);
            var bands = Bands(errors, row, ct, "leeftijd", bandSet);
            var e = Expr(errors, row, ct, "bedrag", parameters);
            if (e is not null && !AmountColumn.Check(errors, row, ct, "bedrag", e, parameters, vector, "kosten per persoon per jaar")) e = null;
            var receiver = CostTransfer.Read(errors, row, ct, payers, payerText);
            if (s < 0 || bands is null || e is null || !payers.TryParse(payerText, out _) || receiver is { IsValid: false }) continue;
            foreach (var b in bands)
                if (costKeys.Add((s, b, payerText.Trim().ToLowerInvariant() + "|" + e.Text.Replace(" ", "") + "|" + receiver?.Payer?.Code), row.Number, "leeftijd", row.Get(ct.IndexOf("leeftijd")),
                        $"toestand '{states[s].Name}', betaler '{payerText}', leeftijdsgroep {bandSet[(int)b].Code} met hetzelfde bedrag '{e.Text}'"))
                {
                    costs.Add(new StateCost(s, b, payer, e, row.Number));
                    // a transfer (an own contribution): the receiver's spending falls by what the payer pays, so all
                    // payers together count the real resource use once
                    if (receiver?.Payer is { } to) costs.Add(new StateCost(s, b, to, CostTransfer.Received(e), row.Number));
                }
        }
        if (!errors.HasErrors) CostTransfer.CheckCovered(errors, costs, states, bandSet, vector);
        errors.ThrowIfAny();

        var transitionCosts = ReadTransitionCosts(Path.Combine(directory, TransitionCostsFile), states, rules, parameters, bandSet, payers);
        var correlations = ReadCorrelations(Path.Combine(directory, CorrelationsFile), parameters);
        var model = new ModelDefinition(parameters, states, demo.Select(d => d!).ToList(), ValueExpression.Reference(birthIdx, BirthRateParameter),
            shares, rules, costs, payers, directory, transitionCosts, correlations, ModelFolderVersion.Read(directory));
        // the correlations must form a valid copula (parameters with a distribution, a positive definite matrix): checked
        // here, on the one path the PSA also uses, so a bad correlaties.csv is refused at load time, not when a PSA runs
        if (correlations.Count > 0) Uncertainty.UncertainParameters.For(model);
        return model;
    }

    private static List<TransitionCost> ReadTransitionCosts(string path, IReadOnlyList<ModelState> states, IReadOnlyList<TransitionRule> rules, ParameterSet parameters, AgeBandSet bandSet, PayerSet payers)
    {
        var result = new List<TransitionCost>();
        if (!File.Exists(path)) return result;
        var t = TableReader.Read(path, ["naar"], ["betaler"], ["bedrag"]);
        var errors = new ErrorCollector(path);
        var fromColumn = t.IndexOf("van");
        var keys = new DuplicateKeys<(int, int, AgeBand, string)>(errors);
        var vector = parameters.DefaultVector();
        foreach (var row in t.Rows)
        {
            var toName = row.Get(t.IndexOf("naar"));
            var to = IndexOfState(states, toName);
            if (to < 0) errors.Add(row.Number, "naar", toName, $"onbekende toestand '{toName}' (geldig: {string.Join(", ", states.Select(s => s.Name))})");
            var fromName = fromColumn is null ? "" : row.Get(fromColumn);
            var from = fromName.Length == 0 ? -1 : IndexOfState(states, fromName);
            if (fromName.Length > 0 && from < 0) errors.Add(row.Number, "van", fromName, $"onbekende toestand '{fromName}' (geldig: {string.Join(", ", states.Select(s => s.Name))})");
            else if (from >= 0 && states[from].IsOutflow) errors.Add(row.Number, "van", fromName, "uit een uitstroomtoestand is geen overgang mogelijk");
            var payerText = row.Get(t.IndexOf("betaler"));
            var payerKnown = payers.TryParse(payerText, out var payer);
            if (!payerKnown) errors.Add(row.Number, "betaler", payerText, payers.UnknownMessage);
            var bands = Bands(errors, row, t, "leeftijd", bandSet);
            var e = Expr(errors, row, t, "bedrag", parameters);
            if (e is not null && !AmountColumn.Check(errors, row, t, "bedrag", e, parameters, vector, "eenmalige kosten per overgang")) e = null;
            if (to < 0 || (fromName.Length > 0 && from < 0) || !payerKnown || bands is null || e is null) continue;
            var origins = from >= 0 ? [from] : Enumerable.Range(0, states.Count).Where(s => s != to && !states[s].IsOutflow).ToArray();
            var added = 0;
            foreach (var b in bands)
                foreach (var o in origins)
                    if (rules.Any(r => r.From == o && r.To == to && r.Band == b))
                    {
                        if (!keys.Add((o, to, b, payerText.Trim().ToLowerInvariant()), row.Number, "leeftijd", row.Get(t.IndexOf("leeftijd")),
                                $"de overgang van '{states[o].Name}' naar '{states[to].Name}', betaler '{payerText}', leeftijdsgroep {bandSet[(int)b].Code}"))
                        {
                            added++;
                            continue;
                        }
                        result.Add(new TransitionCost(o, to, b, payer, e, row.Number));
                        added++;
                    }
            if (added == 0)
                errors.Add(row.Number, "naar", toName, $"geen overgang naar '{toName}'{(from >= 0 ? $" vanuit '{fromName}'" : "")} in {TransitionsFile} voor deze leeftijdsgroep(en): deze kosten zouden nooit vallen");
        }
        errors.ThrowIfAny();
        return result;
    }

    private static List<ParameterCorrelation> ReadCorrelations(string path, ParameterSet parameters)
    {
        var result = new List<ParameterCorrelation>();
        if (!File.Exists(path)) return result;
        var t = TableReader.Read(path, ["parameter1", "parameter_1"], ["parameter2", "parameter_2"], ["correlatie", "correlation"]);
        var errors = new ErrorCollector(path);
        var cSource = t.IndexOf("bron", "source");
        var cAssume = t.IndexOf("aanname", "assumption");
        var pairs = new DuplicateKeys<(string, string)>(errors);
        foreach (var row in t.Rows)
        {
            var a = row.Get(t.IndexOf("parameter1", "parameter_1"));
            var b = row.Get(t.IndexOf("parameter2", "parameter_2"));
            foreach (var (name, field) in new[] { (a, "parameter1"), (b, "parameter2") })
                if (!parameters.Contains(name)) errors.Add(row.Number, field, name, "onbekende parameter");
            if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) errors.Add(row.Number, "parameter2", b, "een parameter kan niet met zichzelf gecorreleerd worden");
            var pair = string.Compare(a, b, StringComparison.OrdinalIgnoreCase) <= 0 ? (a.ToLowerInvariant(), b.ToLowerInvariant()) : (b.ToLowerInvariant(), a.ToLowerInvariant());
            pairs.Add(pair, row.Number, "parameter2", b, $"de correlatie tussen '{a}' en '{b}'");
            var text = row.Get(t.IndexOf("correlatie", "correlation"));
            if (!DutchNumber.TryParse(text, out var rho) || !(rho > -1 && rho < 1))
                errors.Add(row.Number, "correlatie", text, "de correlatie moet een getal groter dan −1 en kleiner dan 1 zijn");
            var source = row.Get(cSource);
            var assumption = ParameterFile.IsYes(row.Get(cAssume));
            if (source.Length == 0 && !assumption) errors.Add(row.Number, "bron", null, "correlatie zonder bron: vul 'bron' in of zet 'aanname' op ja");
            result.Add(new ParameterCorrelation(a, b, rho, source.Length == 0 ? null : source, assumption, row.Number));
        }
        errors.ThrowIfAny();
        return result;
    }

    private static string YearsText(int? first, int? last) =>
        first is null && last is null ? "" : $" (jaren {first?.ToString() ?? "…"} tot en met {last?.ToString() ?? "…"})";

    private static int IndexOfState(IReadOnlyList<ModelState> states, string name)
    {
        for (var i = 0; i < states.Count; i++)
            if (string.Equals(states[i].Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    private static ValueExpression? Expr(ErrorCollector errors, RawRow row, RawTable t, string column, ParameterSet parameters)
    {
        var text = row.Get(t.IndexOf(column));
        var e = ValueExpression.TryParse(text, parameters, out var msg);
        if (e is null) errors.Add(row.Number, column, text, msg!);
        return e;
    }

    private static AgeBand[]? Bands(ErrorCollector errors, RawRow row, RawTable t, string column, AgeBandSet bandSet)
    {
        var text = row.Get(t.IndexOf(column));
        var b = BandSelection.TryParse(text, bandSet, out var msg);
        if (b is null) errors.Add(row.Number, column, text, msg!);
        return b;
    }

    private static int? Year(ErrorCollector errors, RawRow row, RawTable t, string column)
    {
        var text = row.Get(t.IndexOf(column));
        if (text.Length == 0) return null;
        if (int.TryParse(text, out var y) && y is > 1900 and < 2200) return y;
        errors.Add(row.Number, column, text, "geen geldig jaartal");
        return null;
    }
}
