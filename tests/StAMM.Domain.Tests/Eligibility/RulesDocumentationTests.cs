using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class RulesDocumentationTests
{
    [Fact]
    public void Every_built_in_rule_is_documented_in_docs_eligibility_rules_md()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "eligibility-rules.md"));

        var missing = StammRuleSet.Default.Rules.Select(r => r.Code).Where(code => !page.Contains($"`{code}`", StringComparison.Ordinal));

        missing.Should().BeEmpty("docs/eligibility-rules.md must describe every rule of StammRuleSet.Default");
    }

    /// <summary>
    /// The rules page's parameters are the rules' own: every parameter a built-in rule writes is named in its section,
    /// with its default value (numbers with their unit, flags, dates, and every code of a list), so a change of a
    /// default that the page does not follow fails here.
    /// </summary>
    [Fact]
    public void The_rules_page_gives_every_parameter_of_every_built_in_rule_with_its_default()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "eligibility-rules.md")).ReplaceLineEndings("\n");
        var wrong = new List<string>();
        foreach (var rule in StammRuleSet.Default.Rules)
        {
            var start = page.IndexOf($"### `{rule.Code}`", StringComparison.Ordinal);
            var end = start < 0 ? -1 : page.IndexOf("\n#", start + 4, StringComparison.Ordinal);
            var section = start < 0 ? string.Empty : page[start..(end < 0 ? page.Length : end)];
            var parameters = section.IndexOf("**Parameters**", StringComparison.Ordinal) is var at and >= 0
                ? section[at..(section.IndexOf("\n- ", at, StringComparison.Ordinal) is var next and > 0 ? next : section.Length)].ReplaceLineEndings(" ")
                : string.Empty;
            foreach (var parameter in rule.Parameters)
            {
                var value = parameter.Value;
                var named = parameters.Contains($"`{parameter.Name}`", StringComparison.Ordinal);
                var valued = value.Kind switch
                {
                    RuleValueKind.Codes => parameter.Name.Contains('.', StringComparison.Ordinal)
                        || value.Codes.All(code => parameters.Contains(code, StringComparison.Ordinal)),
                    RuleValueKind.Number or RuleValueKind.Flag or RuleValueKind.Date =>
                        parameters.Contains($"`{parameter.Name}` = {value}", StringComparison.Ordinal),
                    _ => true,
                };
                if (!named || !valued)
                {
                    wrong.Add($"{rule.Code}: {parameter}");
                }
            }
        }

        wrong.Should().BeEmpty("docs/eligibility-rules.md states each built-in rule's parameters and defaults as the rules declare them");
    }

    /// <summary>
    /// The rules page follows the kinds' declarations: the section of every built-in kind (found by its
    /// <c>**Kind** `name`</c>) names every parameter the kind declares (a family by its prefix, <c>maxDays.</c>), so a
    /// parameter added to a declaration but not to the page fails here.
    /// </summary>
    [Fact]
    public void The_rules_page_names_every_parameter_each_built_in_kind_declares()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "eligibility-rules.md")).ReplaceLineEndings("\n");
        var wrong = new List<string>();
        foreach (var kind in StammRuleSet.Kinds.Declarations.Where(k => !k.HasChildren))
        {
            var at = page.IndexOf($"**Kind** `{kind.Name}`", StringComparison.Ordinal);
            var start = at < 0 ? -1 : page.LastIndexOf("\n### ", at, StringComparison.Ordinal);
            var end = at < 0 ? -1 : page.IndexOf("\n#", at, StringComparison.Ordinal);
            var section = at < 0 ? string.Empty : page[start..(end < 0 ? page.Length : end)];
            if (section.Length == 0)
            {
                wrong.Add($"{kind.Name}: no section");
                continue;
            }

            wrong.AddRange(kind.Parameters.Where(p => !section.Contains($"`{p.Name}", StringComparison.Ordinal)).Select(p => $"{kind.Name}: {p.Name}"));
        }

        wrong.Should().BeEmpty("docs/eligibility-rules.md names every parameter the built-in kinds declare");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StAMM.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("StAMM.Domain.sln not found above " + AppContext.BaseDirectory);
    }
}
