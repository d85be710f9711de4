using Preventie.Analytics.Parameters;

namespace Preventie.Analytics.Wijken;

/// <summary>One wijk's own value of a model parameter (e.g. its route share or incidence).</summary>
/// <param name="Wijk">Index of the wijk in the <see cref="WijkSet"/>.</param>
/// <param name="BaseIndex">Index of the city's parameter it replaces in that wijk.</param>
/// <param name="Parameter">The wijk's parameter (name <c>naam@wijk</c>, value, source, optional distribution).</param>
public sealed record WijkParameter(int Wijk, int BaseIndex, Parameter Parameter);
