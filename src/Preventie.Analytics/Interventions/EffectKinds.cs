using System.Diagnostics.CodeAnalysis;
using Preventie.Analytics.Input;

namespace Preventie.Analytics.Interventions;

/// <summary>
/// The registry of effect kinds a scenario or evidence file may name: an immutable set of <see cref="EffectKind"/>s,
/// looked up by key or alias as <see cref="ColumnName.Normalize"/> leaves them (case, accents, spaces and underscores do
/// not matter, as for every Dutch word in the input files). <see cref="BuiltIn"/> holds the shipped kinds; <see cref="With"/> adds one (e.g. a kind
/// defined by a test or a notebook) without changing the shared registry.
/// </summary>
public sealed class EffectKinds
{
    private readonly EffectKind[] _kinds;
    private readonly Dictionary<string, EffectKind> _byWord;

    private EffectKinds(EffectKind[] kinds)
    {
        _kinds = kinds;
        _byWord = new Dictionary<string, EffectKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var kind in kinds)
            foreach (var word in kind.Aliases.Prepend(kind.Key).Select(ColumnName.Normalize))
                if (word.Length == 0 || !_byWord.TryAdd(word, kind))
                    throw new ArgumentException($"het effecttype '{word}' is leeg of al in gebruik door {(_byWord.TryGetValue(word, out var other) ? other.GetType().Name : "geen")}", nameof(kinds));
    }

    /// <summary>The shipped kinds: <see cref="TransitionChangeEffect"/> (<c>overgang</c>) and
    /// <see cref="RouteShiftEffect"/> (<c>verschuiving</c>).</summary>
    public static EffectKinds BuiltIn { get; } = new([TransitionChangeEffect.Instance, RouteShiftEffect.Instance]);

    /// <summary>The kinds, in registration order.</summary>
    public IReadOnlyList<EffectKind> All => _kinds;

    /// <summary>This registry plus <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentException">Its key or an alias is already taken.</exception>
    public EffectKinds With(EffectKind kind) => new([.. _kinds, kind]);

    /// <summary>The kind named by <paramref name="word"/> (its key or an alias, compared normalised), if any.</summary>
    public bool TryFind(string? word, [MaybeNullWhen(false)] out EffectKind kind) =>
        _byWord.TryGetValue(ColumnName.Normalize(word), out kind);

    /// <summary>The Dutch message for an unknown kind, listing the valid keys.</summary>
    public string UnknownMessage => $"onbekend effecttype (geldig: {string.Join(", ", _kinds.Select(k => k.Key))})";
}
