namespace Preventie.Analytics.Interventions;

/// <summary>One effect of an intervention on the transition from state <paramref name="From"/> to <paramref name="To"/>
/// (indices into the model's states).</summary>
public sealed record InterventionEffect(EffectKind Kind, int From, int To, SourcedValue Size);
