namespace Preventie.Analytics.Interventions;

/// <summary>How an intervention acts on the reached part of its target bands.</summary>
public enum EffectKind
{
    /// <summary>Relative change of a named transition probability: p' = p · (1 + reach·intensity·change);
    /// e.g. change −0,2 lowers incidence by 20% among the people reached.</summary>
    TransitionChange,
    /// <summary>Route shift: each year a share of the reached people in state <c>van</c> moves to state <c>naar</c>
    /// (e.g. from maatwerk to a voorliggende voorziening): adds reach·intensity·share to that transition.</summary>
    RouteShift,
}
