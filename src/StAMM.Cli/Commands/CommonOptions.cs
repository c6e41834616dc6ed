using System.CommandLine;
using StAMM.Domain.Geography;

namespace StAMM.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary>Which footnote explains "Kosovo*" in text output.</summary>
    public static Option<string> KosovoFootnote()
    {
        var option = new Option<string>("--kosovo-footnote")
        {
            Description = "The wording of the footnote on 'Kosovo*': eu (default), icmpd, un or coe.",
            DefaultValueFactory = _ => "eu",
        };
        option.AcceptOnlyFromAmong("eu", "icmpd", "un", "coe");
        return option;
    }

    /// <summary>Maps the option's value to a designation.</summary>
    public static KosovoDesignation Designation(string? name) => name switch
    {
        "icmpd" => KosovoDesignation.Icmpd,
        "un" => KosovoDesignation.UnitedNations,
        "coe" => KosovoDesignation.CouncilOfEurope,
        _ => KosovoDesignation.EuropeanUnion,
    };
}
