namespace Preventie.Analytics.Model;

/// <summary>The names of the files of a model folder (<c>data/parameters</c>); read by the files layer's
/// <c>ModelFiles</c>, named in the core's messages.</summary>
public static class ModelFileNames
{
    /// <summary><c>parameters.csv</c></summary>
    public const string Parameters = "parameters.csv";

    /// <summary><c>leeftijdsklassen.csv</c></summary>
    public const string Bands = "leeftijdsklassen.csv";

    /// <summary><c>toestanden.csv</c></summary>
    public const string States = "toestanden.csv";

    /// <summary><c>bevolking.csv</c></summary>
    public const string Population = "bevolking.csv";

    /// <summary><c>startverdeling.csv</c></summary>
    public const string Start = "startverdeling.csv";

    /// <summary><c>overgangen.csv</c></summary>
    public const string Transitions = "overgangen.csv";

    /// <summary><c>kosten.csv</c></summary>
    public const string Costs = "kosten.csv";

    /// <summary><c>betalers.csv</c></summary>
    public const string Payers = "betalers.csv";

    /// <summary><c>overgangskosten.csv</c></summary>
    public const string TransitionCosts = "overgangskosten.csv";

    /// <summary><c>correlaties.csv</c></summary>
    public const string Correlations = "correlaties.csv";
}
