using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Projects;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class ThemeInMandateRuleTests
{
    [Fact]
    public void A_mandate_has_at_least_one_theme() =>
        ThemeInMandateRule.Create([]).Should().FailWithExactly(ProblemCodes.Required, "themes");

    [Fact]
    public void A_mandate_of_one_theme_is_allowed() =>
        ThemeInMandateRule.Create([ThematicArea.Asylum]).Should().BeValid();

    [Fact]
    public void A_request_within_the_mandate_is_explained_with_its_themes() =>
        RuleProbe.Evaluate(ThemeInMandateRule.Default, Baseline.Request).Message.Should().Be("The themes (asylum) are within the mandate.");

    [Fact]
    public void Themes_outside_the_mandate_are_explained_with_the_mandate() =>
        RuleProbe.Evaluate(ThemeInMandateRule.Default, Baseline.Request.WithThemes(ThematicArea.Governance)).Message
            .Should().StartWith("None of the themes (governance) is within the mandate (");
}
