using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Testing;
using StAMM.Domain.Tests.Eligibility;

namespace StAMM.Domain.Tests.Eligibility.Rules;

/// <summary>The declaration of no parallel funding and the coordination statement.</summary>
public sealed class NoParallelFundingRuleTests
{
    private static RuleOutcome Outcome(RequestBuilder request, NoParallelFundingRule? rule = null) =>
        RuleProbe.Evaluate(rule ?? NoParallelFundingRule.Default, request);

    [Fact]
    public void The_default_rule_requires_the_declaration_and_a_coordination_statement_about_four_facilities() =>
        NoParallelFundingRule.Default.Parameters.Select(p => p.ToString()).Should().Equal(
            "requireDeclaration = true",
            "requireCoordinationStatement = true",
            "facilities = TAIEX, IPA, MIEUX, MPF");

    [Fact]
    public void A_request_with_both_passes_and_says_so()
    {
        var outcome = Outcome(Baseline.Request);

        outcome.Status.Should().Be(OutcomeStatus.Pass);
        outcome.Expected.Codes.Should().Equal("declaration", "coordination");
        outcome.Actual.Codes.Should().Equal("declaration", "coordination");
        outcome.Message.Should().Be("No parallel funding is declared and coordination with other facilities is described.");
    }

    [Fact]
    public void Without_the_declaration_it_warns_that_the_declaration_is_missing()
    {
        var outcome = Outcome(Baseline.Request.DeclaringNoParallelFunding(false));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Actual.Codes.Should().Equal("coordination");
        outcome.Message.Should().Be("The request does not declare that no other facility (TAIEX, IPA, MIEUX, MPF) funds the same activity.");
    }

    [Fact]
    public void Without_a_coordination_statement_it_warns_that_coordination_is_not_described()
    {
        var outcome = Outcome(Baseline.Request.WithCoordination(null));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Actual.Codes.Should().Equal("declaration");
        outcome.Message.Should().Be("The request does not say how it is coordinated with TAIEX, IPA, MIEUX, MPF.");
    }

    [Fact]
    public void A_rule_not_requiring_coordination_expects_only_the_declaration()
    {
        var outcome = Outcome(Baseline.Request.WithCoordination(null), NoParallelFundingRule.Create(false, ["TAIEX"]));

        outcome.Status.Should().Be(OutcomeStatus.Pass);
        outcome.Expected.Codes.Should().Equal("declaration");
    }

    [Fact]
    public void A_rule_lists_that_it_requires_the_declaration_whether_it_requires_coordination_and_the_facilities() =>
        NoParallelFundingRule.Create(false, ["TAIEX"]).Parameters.Select(p => p.ToString()).Should().Equal(
            "requireDeclaration = true",
            "requireCoordinationStatement = false",
            "facilities = TAIEX");
}
