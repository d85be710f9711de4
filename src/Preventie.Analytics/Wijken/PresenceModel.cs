namespace Preventie.Analytics.Wijken;

/// <summary>
/// What presence-team fte do in a wijk (an assumption, see <c>data/wijken/presentie.csv</c>): a presence worker meets
/// residents where they live; one fte meets c different residents of the wijk a year, so x fte in a wijk of P
/// inhabitants have met a share 1 − e^(−c·x/P) of them (saturating: the more of the wijk is already known, the fewer
/// new people an extra fte meets). Of the N residents with a support need, the same share is met, and a share e of
/// those needs no indicated care that year, saving v euros each:
/// helped = e·N·(1 − e^(−c·x/P)). The first fte helps e·c·N/P: proportional to the wijk's need RATE, which is why the
/// split should follow "de vraag in een wijk" (seed 003). Helped is concave in x, so the split over wijken is a
/// separable concave allocation, solved as an OR-Tools linear programme (<see cref="PiecewiseLinearAllocator"/>, with
/// <see cref="ConcaveAllocator"/> as its independent reference); with equal e and v the split that helps most people
/// also saves most euros.
/// </summary>
/// <param name="PersonsPerFte">c: different residents one fte meets per year.</param>
/// <param name="Effect">e: share of met residents with a need who need no indicated care that year.</param>
/// <param name="SavingPerPerson">v: care cost avoided per such resident per year (euro).</param>
/// <param name="CostPerFte">Cost of one fte per year (euro).</param>
public sealed record PresenceModel(double PersonsPerFte, double Effect, double SavingPerPerson, double CostPerFte)
{
    /// <summary>Residents with a need met in a wijk with <paramref name="need"/> of them among <paramref name="population"/> inhabitants, by <paramref name="fte"/> fte.</summary>
    public double Reached(double need, double population, double fte) =>
        need <= 0 || population <= 0 ? 0 : need * (1 - Math.Exp(-PersonsPerFte * fte / population));

    /// <summary>Residents helped (reached × effect).</summary>
    public double Helped(double need, double population, double fte) => Effect * Reached(need, population, fte);

    /// <summary>Residents helped over all wijken for a split.</summary>
    public double Helped(IReadOnlyList<double> need, IReadOnlyList<double> population, IReadOnlyList<double> fte) =>
        need.Select((n, i) => Helped(n, population[i], fte[i])).Sum();

    /// <summary>Care costs avoided per year minus the fte costs, for a split.</summary>
    public double NetBenefit(IReadOnlyList<double> need, IReadOnlyList<double> population, IReadOnlyList<double> fte) =>
        Helped(need, population, fte) * SavingPerPerson - fte.Sum() * CostPerFte;

    /// <summary>The split of <paramref name="totalFte"/> over wijken that helps most residents, on a grid of
    /// <paramref name="step"/> fte, each wijk at least <paramref name="minimumPerWijk"/> (optimal on that grid: an
    /// OR-Tools LP over the piecewise-linear curves, see <see cref="PiecewiseLinearAllocator"/>).</summary>
    public double[] Optimal(IReadOnlyList<double> need, IReadOnlyList<double> population, double totalFte, double step = 0.1, double minimumPerWijk = 0) =>
        PiecewiseLinearAllocator.Allocate((i, x) => Helped(need[i], population[i], x), need.Count, totalFte, step,
            lower: minimumPerWijk > 0 ? Enumerable.Repeat(minimumPerWijk, need.Count).ToArray() : null);
}
