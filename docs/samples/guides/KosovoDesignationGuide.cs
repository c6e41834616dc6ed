#region usings
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Geography;
#endregion

namespace StAMM.Domain.Guides;

/// <summary>docs/guides/kosovo-designation.md: showing Kosovo, and configuring how.</summary>
public static class KosovoDesignationGuide
{
    /// <summary>Names, markers and footnotes.</summary>
    public static void Show()
    {
        #region show
        var designation = KosovoDesignation.Default;                    // the EU wording

        Console.WriteLine(Country.Kosovo.Name);                          // Kosovo: the codelist name, for data
        Console.WriteLine(designation.DisplayName(Country.Kosovo));      // Kosovo*: for people
        Console.WriteLine(designation.DisplayName(Country.Serbia));      // Serbia: other countries are unchanged
        Console.WriteLine(designation.FootnoteLine);                     // the footnote the marker refers to
        #endregion
    }

    /// <summary>Chooses a built-in wording, or makes one's own.</summary>
    public static (KosovoDesignation Chosen, KosovoDesignation Own) Configure(string setting)
    {
        #region configure
        var chosen = setting switch
        {
            "icmpd" => KosovoDesignation.Icmpd,
            "un" => KosovoDesignation.UnitedNations,
            "coe" => KosovoDesignation.CouncilOfEurope,
            _ => KosovoDesignation.EuropeanUnion,
        };

        var own = KosovoDesignation.Create(
            footnote: "This designation is without prejudice to positions on status.",
            marker: "**");
        #endregion
        return (chosen, own);
    }

    /// <summary>A rule set that accepts only the EU wording on requests' outputs.</summary>
    public static RuleSet EuOnly()
    {
        #region rule
        var euOnly = RuleSet.Create("EU wording only", "1", new LocalDate(2026, 1, 1), null,
            [KosovoDesignationRule.Create(["EU"]).OrThrow()]).OrThrow();

        var rules = StammRuleSet.Default.Layer(euOnly).OrThrow();        // replaces OUT-KOSOVO-DESIGNATION
        #endregion
        return rules;
    }
}
