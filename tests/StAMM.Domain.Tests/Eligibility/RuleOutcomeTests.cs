using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class RuleOutcomeTests
{
    private static readonly Evidence Late = new(21, 10);

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void An_outcome_with_an_undefined_status_is_refused(byte status) =>
        FluentActions.Invoking(() => new RuleOutcome(LeadTimeRule.Default, (OutcomeStatus)status, Late))
            .Should().Throw<ArgumentException>().WithParameterName(nameof(status));

    [Theory]
    [InlineData(OutcomeStatus.Pass)]
    [InlineData(OutcomeStatus.NotApplicable)]
    public void An_outcome_accepts_every_defined_status(OutcomeStatus status) =>
        new RuleOutcome(LeadTimeRule.Default, status, Late).Status.Should().Be(status);

    [Fact]
    public void Outcomes_of_one_rule_with_the_same_status_and_evidence_are_equal()
    {
        var a = new RuleOutcome(LeadTimeRule.Default, OutcomeStatus.Fail, Late);
        var b = new RuleOutcome(LeadTimeRule.Default, OutcomeStatus.Fail, new Evidence(21, 10));

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    public static TheoryData<string> Differences => ["rule", "status", "expected", "actual", "detail"];

    [Theory]
    [MemberData(nameof(Differences))]
    public void Outcomes_that_differ_in_one_part_are_not_equal(string difference)
    {
        var a = new RuleOutcome(LeadTimeRule.Default, OutcomeStatus.Fail, new Evidence(21, 10, 1));
        var b = difference switch
        {
            "rule" => new RuleOutcome(MinimumParticipantsRule.Default, OutcomeStatus.Fail, new Evidence(21, 10, 1)),
            "status" => new RuleOutcome(LeadTimeRule.Default, OutcomeStatus.Warn, new Evidence(21, 10, 1)),
            "expected" => new RuleOutcome(LeadTimeRule.Default, OutcomeStatus.Fail, new Evidence(60, 10, 1)),
            "actual" => new RuleOutcome(LeadTimeRule.Default, OutcomeStatus.Fail, new Evidence(21, 11, 1)),
            _ => new RuleOutcome(LeadTimeRule.Default, OutcomeStatus.Fail, new Evidence(21, 10, 2)),
        };

        a.Equals(b).Should().BeFalse();
        (a == b).Should().BeFalse();
        (a != b).Should().BeTrue();
    }

    [Fact]
    public void An_outcome_prints_its_code_status_and_message()
    {
        var outcome = new RuleOutcome(LeadTimeRule.Default, OutcomeStatus.Fail, Late);

        outcome.ToString().Should().Be($"{LeadTimeRule.RuleCode} Fail: {outcome.Message}");
    }

    [Fact]
    public void A_default_outcome_prints_that_it_has_no_outcome() =>
        default(RuleOutcome).ToString().Should().Be("(no outcome)");
}
