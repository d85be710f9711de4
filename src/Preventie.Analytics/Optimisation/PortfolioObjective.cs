using Preventie.Analytics.Input;

namespace Preventie.Analytics.Optimisation;

/// <summary>What the portfolio choice maximises (expected value over the PSA draws, against the current portfolio).</summary>
public enum PortfolioObjective
{
    /// <summary>Discounted net benefit for all payers together.</summary>
    NetBenefitAllPayers,
    /// <summary>Discounted net benefit for the municipality (its four budgets).</summary>
    NetBenefitMunicipality,
    /// <summary>Zelfredzame life-years gained, discounted (the library's discounted self-reliant life-years).</summary>
    SelfReliantLifeYears,
}

/// <summary>Codes, labels and parsing of <see cref="PortfolioObjective"/>.</summary>
public static class PortfolioObjectives
{
    /// <summary>The code used on the command line: "alle-betalers", "gemeente" or "levensjaren".</summary>
    public static string Code(this PortfolioObjective o) => o switch
    {
        PortfolioObjective.NetBenefitAllPayers => "alle-betalers",
        PortfolioObjective.NetBenefitMunicipality => "gemeente",
        _ => "levensjaren",
    };

    /// <summary>The Dutch label for reports, e.g. "netto baat van de gemeente (contante waarde)".</summary>
    public static string DutchLabel(this PortfolioObjective o) => o switch
    {
        PortfolioObjective.NetBenefitAllPayers => "netto baat van alle betalers (contante waarde)",
        PortfolioObjective.NetBenefitMunicipality => "netto baat van de gemeente (contante waarde)",
        _ => "zelfredzame levensjaren (contante waarde)",
    };

    /// <summary>True when the objective is in euros (false: life-years).</summary>
    public static bool IsEuro(this PortfolioObjective o) => o != PortfolioObjective.SelfReliantLifeYears;

    /// <summary>Parses a code tolerantly (case, accents, spaces; Dutch and English synonyms); false when unknown.</summary>
    public static bool TryParse(string? text, out PortfolioObjective objective)
    {
        objective = PortfolioObjective.NetBenefitAllPayers;
        switch (ColumnName.Normalize(text))
        {
            case "allebetalers" or "totaal" or "all" or "allpayers" or "nettobaat": return true;
            case "gemeente" or "municipality": objective = PortfolioObjective.NetBenefitMunicipality; return true;
            case "levensjaren" or "zelfredzaam" or "zelfredzamelevensjaren" or "lifeyears" or "selfreliant":
                objective = PortfolioObjective.SelfReliantLifeYears; return true;
            default: return false;
        }
    }

    /// <summary>The accepted codes, for Dutch error messages.</summary>
    public const string ValidText = "alle-betalers, gemeente of levensjaren";
}
