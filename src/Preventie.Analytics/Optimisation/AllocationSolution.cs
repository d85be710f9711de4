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

/// <summary>The chosen option per item, the objective and the solver status.</summary>
public sealed record AllocationSolution(AllocationStatus Status, int[] Choice, double Objective, double Cost)
{
    public bool HasSolution => Status is AllocationStatus.Optimal or AllocationStatus.Feasible;
}
