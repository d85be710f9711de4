namespace Preventie.Analytics.Wijken;

/// <summary>
/// What presence-team fte do in a wijk (an assumption, see <c>data/wijken/presentie.csv</c>): a wijk with N residents in
/// need reached by x fte, each fte able to reach c residents a year, reaches N·(1 − e^(−c·x/N)) different residents
/// (saturating: the more of the wijk's need is already reached, the fewer new people an extra fte finds); a share e of
/// those reached needs no indicated care that year, saving v euros each. The helped residents per wijk,
/// e·N·(1 − e^(−c·x/N)), are concave in x, so the split over wijken is a separable concave allocation
/// (<see cref="ConcaveAllocator"/>); for equal e and v the split that helps most people also saves most euros.
/// </summary>
/// <param name="PersonsPerFte">c: residents in need one fte reaches per year.</param>
/// <param name="Effect">e: share of reached residents who need no indicated care that year.</param>
/// <param name="SavingPerPerson">v: care cost avoided per such resident per year (euro).</param>
/// <param name="CostPerFte">Cost of one fte per year (euro).</param>
public sealed record PresenceModel(double PersonsPerFte, double Effect, double SavingPerPerson, double CostPerFte)
{
    /// <summary>Different residents reached in a wijk with <paramref name="need"/> residents in need and <paramref name="fte"/> fte.</summary>
    public double Reached(double need, double fte) => need <= 0 ? 0 : need * (1 - Math.Exp(-PersonsPerFte * fte / need));

    /// <summary>Residents helped (reached × effect).</summary>
    public double Helped(double need, double fte) => Effect * Reached(need, fte);

    /// <summary>Residents helped over all wijken for a split.</summary>
    public double Helped(IReadOnlyList<double> need, IReadOnlyList<double> fte) => need.Select((n, i) => Helped(n, fte[i])).Sum();

    /// <summary>Care costs avoided per year minus the fte costs, for a split.</summary>
    public double NetBenefit(IReadOnlyList<double> need, IReadOnlyList<double> fte) =>
        Helped(need, fte) * SavingPerPerson - fte.Sum() * CostPerFte;

    /// <summary>The split of <paramref name="totalFte"/> over wijken that helps most residents, on a grid of
    /// <paramref name="step"/> fte (optimal on that grid, see <see cref="ConcaveAllocator"/>).</summary>
    public double[] Optimal(IReadOnlyList<double> need, double totalFte, double step = 0.1) =>
        ConcaveAllocator.Allocate((i, x) => Helped(need[i], x), need.Count, totalFte, step);
}
