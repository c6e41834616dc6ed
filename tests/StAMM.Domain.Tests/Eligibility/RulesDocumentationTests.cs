using StAMM.Domain.BuiltIn;

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
