using System.CommandLine;
using StAMM.Cli.Io;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Json;

namespace StAMM.Cli.Commands;

/// <summary><c>stamm rules list</c>: the eligibility rules, built in or from a rule-set file.</summary>
internal static class RuleCommands
{
    public static Command Create(StammConsole console)
    {
        var rules = RulesOption();
        var format = FormatOption("text (default): one block per rule; json: the rule-set document (docs/json.md).");
        var list = new Command("list", "List every rule with its code, title, severity, stage, parameters and source.");
        list.Options.Add(rules);
        list.Options.Add(format);
        list.SetAction(parsed =>
        {
            var output = parsed.InvocationConfiguration.Output;
            if (LoadRules(parsed.GetValue(rules), console, parsed.InvocationConfiguration.Error) is not { } set)
            {
                return StammCli.Unreadable;
            }

            if (parsed.GetValue(format) == "json")
            {
                output.Write(StammJson.WriteRuleSet(set));
                return StammCli.Success;
            }

            output.WriteLine($"{set} - {set.Rules.Length} rules");
            foreach (var rule in set.Rules)
            {
                Write(output, rule, "");
            }

            return StammCli.Success;
        });

        var command = new Command("rules", "Work with eligibility rule sets.");
        command.Subcommands.Add(list);
        return command;
    }

    /// <summary>The <c>--rules</c> option: a rule-set document instead of the built-in set.</summary>
    public static Option<string?> RulesOption() => new("--rules")
    {
        Description = "A rule-set document (docs/json.md) to use instead of the built-in StAMM rule set; - reads standard input.",
    };

    /// <summary>The <c>--format</c> option: text or json.</summary>
    public static Option<string> FormatOption(string description)
    {
        var format = new Option<string>("--format") { Description = description, DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }

    /// <summary>The built-in rule set, or the one read from the file; null (with the problems printed) when it cannot be read.</summary>
    public static RuleSet? LoadRules(string? name, StammConsole console, TextWriter error)
    {
        if (name is null)
        {
            return StammRuleSet.Default;
        }

        var input = DocumentInput.Named(name, console);
        if (!input.TryRead(stream => StammJson.ReadRuleSet(stream, JsonReadOptions.Default), out var result, out var reason))
        {
            error.WriteLine($"{input.Name}: cannot be read: {reason}");
            return null;
        }

        if (result.TryPickT0(out var set, out var failure))
        {
            return set;
        }

        error.WriteLine($"{input.Name}: not a valid rule-set document ({failure.Problems.Length} problem{(failure.Problems.Length == 1 ? string.Empty : "s")}):");
        foreach (var problem in failure.Problems)
        {
            error.WriteLine($"  {problem}");
        }

        return null;
    }

    private static void Write(TextWriter output, EligibilityRule rule, string indent)
    {
        output.WriteLine();
        output.WriteLine($"{indent}{rule.Code}  {rule.Title}");
        output.WriteLine($"{indent}  kind {rule.Kind}; severity {rule.Severity}; stage {rule.Stage}");
        foreach (var parameter in rule.Parameters)
        {
            output.WriteLine($"{indent}  {parameter}");
        }

        output.WriteLine($"{indent}  source: {rule.Source}");
        if (rule is CompositeRule composite)
        {
            foreach (var child in composite.Children)
            {
                Write(output, child, indent + "    ");
            }
        }
    }
}
