namespace Preventie.Analytics.Optimisation;

/// <summary>How the solver ended.</summary>
public enum AllocationStatus
{
    /// <summary>Proven optimal.</summary>
    Optimal,
    /// <summary>A feasible solution, the time limit stopped the proof of optimality.</summary>
    Feasible,
    /// <summary>No choice satisfies the constraints.</summary>
    Infeasible,
    /// <summary>Stopped without any feasible solution.</summary>
    Unknown,
}

/// <summary>Dutch labels of <see cref="AllocationStatus"/>, for what a user reads.</summary>
public static class AllocationStatuses
{
    /// <summary>The Dutch label of a solver status, e.g. "optimaal".</summary>
    public static string DutchLabel(this AllocationStatus status) => status switch
    {
        AllocationStatus.Optimal => "optimaal",
        AllocationStatus.Feasible => "toegestaan, niet bewezen optimaal (tijdslimiet bereikt)",
        AllocationStatus.Infeasible => "onmogelijk: geen keuze voldoet aan de eisen",
        _ => "onbekend: gestopt zonder toegestane keuze",
    };
}

/// <summary>The chosen option per item, the objective and the solver status.</summary>
public sealed record AllocationSolution(AllocationStatus Status, int[] Choice, double Objective, double Cost)
{
    /// <summary>True when the solver found a choice that meets every constraint (optimal or not proven optimal).</summary>
    public bool HasSolution => Status is AllocationStatus.Optimal or AllocationStatus.Feasible;
}
