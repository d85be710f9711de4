namespace Preventie.Analytics.Optimisation;

/// <summary>
/// Makes a budget frontier monotone: solving each budget on its own can give a worse optimum at a larger budget (the
/// solver works on a sample average and tightens constraints after checking the full model, so two budgets can end in
/// different local outcomes). Budgets are solved from small to large, and the best solution found at a smaller budget —
/// still feasible at every larger one, since its cost is at most the smaller budget and its constraints do not depend
/// on the budget — is kept whenever the larger budget's own solve does worse or finds nothing.
/// </summary>
public static class FrontierSearch
{
    /// <summary>
    /// The best solution per budget, in the order of <paramref name="budgets"/>, such that a budget at least as large as
    /// another never has a lower <paramref name="value"/> (and never lacks a solution the smaller one has). Each distinct
    /// budget is solved once with <paramref name="solve"/> (null = infeasible).
    /// </summary>
    public static IReadOnlyList<T?> Monotone<T>(IReadOnlyList<double> budgets, Func<double, T?> solve, Func<T, double> value) where T : class
    {
        var result = new T?[budgets.Count];
        T? best = null;
        var cache = new Dictionary<double, T?>();
        foreach (var i in Enumerable.Range(0, budgets.Count).OrderBy(i => budgets[i]))
        {
            if (!cache.TryGetValue(budgets[i], out var own)) cache[budgets[i]] = own = solve(budgets[i]);
            if (own is not null && (best is null || value(own) >= value(best))) best = own;
            result[i] = best;
        }
        return result;
    }
}
