using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class ActivityTypeAllowedRuleTests
{
    [Fact]
    public void At_least_one_type_is_allowed() =>
        ActivityTypeAllowedRule.Create([]).Should().FailWithExactly(ProblemCodes.Required, "types");

    [Fact]
    public void The_created_rule_allows_exactly_its_types()
    {
        var rule = ActivityTypeAllowedRule.Create([ActivityType.Conference]).OrThrow();

        rule.Parameters.Select(p => p.ToString()).Should().Equal("types = conference");
        RuleProbe.Evaluate(rule, Baseline.Request.OfKind(ActivityType.Conference)).Status.Should().Be(OutcomeStatus.Pass);
        RuleProbe.Evaluate(rule, Baseline.Request).Status.Should().Be(OutcomeStatus.Fail);
    }

    [Fact]
    public void An_allowed_type_is_explained_as_a_short_term_format() =>
        RuleProbe.Evaluate(ActivityTypeAllowedRule.Default, Baseline.Request).Message.Should().Be("The format (workshop) is a short-term technical-assistance format.");

    [Fact]
    public void A_type_outside_the_list_is_explained_with_the_allowed_types() =>
        RuleProbe.Evaluate(ActivityTypeAllowedRule.Default, Baseline.Request.OfKind(ActivityType.Conference)).Message
            .Should().StartWith("The format (conference) is not a short-term technical-assistance format; allowed are ");
}
