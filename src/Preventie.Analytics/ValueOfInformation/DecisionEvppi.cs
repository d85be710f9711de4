using Preventie.Analytics.Costs;
using Preventie.Analytics.Optimisation;
using Preventie.Analytics.Uncertainty;

namespace Preventie.Analytics.ValueOfInformation;

/// <summary>
/// EVPPI for the decision between the current and the chosen portfolio (<see cref="DecisionSample"/>): per uncertain
/// group for the payer groups asked for (default: the municipality, all payers, and each non-municipal payer whose net
/// benefit varies), per parameter for the municipality and all payers. The group "alle onzekere parameters" is always
/// included: the incremental net benefit is a function of exactly these parameters, so E[INB | all] = INB and its
/// EVPPI is the EVPI itself (no regression needed; R² = 1 by definition). Fits run in parallel; each is deterministic,
/// so the result does not depend on the number of threads.
/// </summary>
public static class DecisionEvppi
{
    /// <summary>The label of the group with every uncertain parameter.</summary>
    public const string AllParameters = "alle onzekere parameters";

    /// <summary>Computes the EVPI and the EVPPI of every group for the decision in <paramref name="sample"/>.</summary>
    /// <param name="sample">The paired draws of the current and the chosen portfolio.</param>
    /// <param name="groups">The uncertain parameter groups to compute the EVPPI of ("alle onzekere parameters" is added).</param>
    /// <param name="payerGroups">Rows of the payer rows to compute it for; null: <see cref="DefaultPayerGroups"/>.</param>
    /// <param name="settings">Settings of the regression metamodel; null for the defaults.</param>
    /// <param name="maxDegreeOfParallelism">Worker threads for the fits; 0 or less means all; does not change the result.</param>
    public static EvppiResult Compute(DecisionSample sample, IReadOnlyList<EvppiGroup> groups, IReadOnlyList<int>? payerGroups = null,
        Metamodel.Settings? settings = null, int maxDegreeOfParallelism = 0)
    {
        payerGroups ??= DefaultPayerGroups(sample);
        var rows = sample.Rows;
        var index = sample.ParameterNames.Select((n, i) => (n, i)).ToDictionary(t => t.n, t => t.i, StringComparer.OrdinalIgnoreCase);
        var allGroups = groups
            .Select(g => (Label: g.Label, Columns: g.Parameters.Where(index.ContainsKey).Select(p => index[p]).Distinct().ToArray(), Parameters: g.Parameters))
            .Where(g => g.Columns.Length > 0)
            .Append((Label: AllParameters, Columns: Enumerable.Range(0, sample.ParameterNames.Count).ToArray(), Parameters: sample.ParameterNames))
            .ToList();
        var tasks = new List<(string Name, bool IsGroup, IReadOnlyList<string> Parameters, int[] Columns, int Payer)>();
        foreach (var g in payerGroups)
        {
            if (g == rows.Gemeente || g == rows.Total)
                for (var p = 0; p < sample.ParameterNames.Count; p++)
                tasks.Add((sample.ParameterNames[p], false, [sample.ParameterNames[p]], [p], g));
            foreach (var grp in allGroups) tasks.Add((grp.Label, true, grp.Parameters, grp.Columns, g));
        }
        var results = new EvppiEstimate[tasks.Count];
        Parallel.For(0, tasks.Count, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount }, t =>
        {
            var task = tasks[t];
            var inb = sample.IncrementalNetBenefit[task.Payer];
            var (value, r2) = task.Columns.Length == sample.ParameterNames.Count ? (Evppi.Evpi(inb), 1.0) : Evppi.Estimate(sample.Parameters, task.Columns, inb, settings);
            results[t] = new EvppiEstimate(task.Name, task.IsGroup, task.Parameters, rows.Code(task.Payer), value, r2);
        });
        var evpi = payerGroups.ToDictionary(rows.Code, g => Evppi.Evpi(sample.IncrementalNetBenefit[g]));
        return new EvppiResult(evpi,
            results.Where(r => !r.IsGroup).OrderByDescending(r => r.Value).ToList(),
            results.Where(r => r.IsGroup).OrderByDescending(r => r.Value).ToList(),
            sample.Parameters.Length);
    }

    /// <summary>Gemeente, alle betalers, and every non-municipal payer whose incremental net benefit varies.</summary>
    public static IReadOnlyList<int> DefaultPayerGroups(DecisionSample sample)
    {
        var rows = sample.Rows;
        var list = new List<int> { rows.Gemeente, rows.Total };
        for (var p = 0; p < rows.Payers.Count; p++)
        {
            if (rows.Payers[p].IsOwnBudget) continue;
            var v = sample.IncrementalNetBenefit[p];
            if (v.Max() - v.Min() > 1) list.Add(p);
        }
        return list;
    }
}
