using Preventie.Analytics.Model;
using Preventie.Analytics.Parameters;

namespace Preventie.Analytics.Calibration;

/// <summary>A new value for one named parameter, with the source it now rests on.</summary>
/// <param name="Name">Parameter name.</param>
/// <param name="Value">New value.</param>
/// <param name="Source">Where the new value comes from, e.g. "gekalibreerd op monitor.csv, periode 2022–2024, op 2026-11-23".</param>
/// <param name="Note">Optional Dutch note (e.g. the old value).</param>
/// <param name="KeepDistribution">True: the parameter keeps its PSA distribution; false: it gets <paramref name="Distribution"/>.</param>
/// <param name="Distribution">The new PSA distribution when <paramref name="KeepDistribution"/> is false (null = fixed in the PSA).</param>
public sealed record ParameterUpdate(string Name, double Value, string Source, string? Note = null, bool KeepDistribution = true, DistributionSpec? Distribution = null)
{
    /// <summary>
    /// A copy of <paramref name="model"/> whose parameters carry the updates. The parameter order (the shared vector
    /// layout) is unchanged, so every compiled expression of the model stays valid; scenarios must be loaded against
    /// the returned model to pick up the new values.
    /// </summary>
    public static ModelDefinition Apply(ModelDefinition model, IEnumerable<ParameterUpdate> updates)
    {
        var byName = updates.ToDictionary(u => u.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var name in byName.Keys)
            if (!model.Parameters.Contains(name)) throw new ArgumentException($"Unknown parameter '{name}'.", nameof(updates));
        var parameters = new ParameterSet(model.Parameters.All.Select(p => byName.TryGetValue(p.Name, out var u)
            ? p with { Value = u.Value, Source = u.Source, IsAssumption = false, Note = u.Note ?? p.Note, Distribution = u.KeepDistribution ? p.Distribution : u.Distribution }
            : p));
        return model.WithParameters(parameters);
    }
}
