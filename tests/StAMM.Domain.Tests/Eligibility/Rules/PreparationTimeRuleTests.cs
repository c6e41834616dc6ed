using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class PreparationTimeRuleTests
{
    [Fact]
    public void A_preparation_time_is_not_negative() =>
        PreparationTimeRule.Create(-1).Should().FailWithExactly(ProblemCodes.OutOfRange, "warnBelowDays");

    [Fact]
    public void It_sends_to_review_and_never_refuses() =>
        PreparationTimeRule.Default.Severity.Should().Be(Severity.NeedsReview);

    [Fact]
    public void On_the_submission_day_the_lead_time_covers_it() =>
        RuleProbe.Evaluate(PreparationTimeRule.Default, Baseline.Request.StartingIn(days: 5)).Status.Should().Be(OutcomeStatus.NotApplicable);

    [Fact]
    public void Time_left_counts_from_the_day_of_evaluation()
    {
        var outcome = RuleProbe.Evaluate(PreparationTimeRule.Default, Baseline.Request.StartingIn(days: 30), Baseline.Context.On(Baseline.Submission.PlusDays(10)));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Actual.Should().Be(RuleValue.OfNumber(20, "days"));
        outcome.Expected.Should().Be(RuleValue.OfNumber(21, "days"));
    }

    [Fact]
    public void Enough_time_left_passes() =>
        RuleProbe.Evaluate(PreparationTimeRule.Default, Baseline.Request.StartingIn(days: 30), Baseline.Context.On(Baseline.Submission.PlusDays(9)))
            .Status.Should().Be(OutcomeStatus.Pass);

    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    [InlineData(400)]
    public void It_warns_but_never_fails_however_late_the_evaluation(int daysAfterSubmission) =>
        RuleProbe.Evaluate(PreparationTimeRule.Default, Baseline.Request.StartingIn(days: 30), Baseline.Context.On(Baseline.Submission.PlusDays(daysAfterSubmission)))
            .Status.Should().NotBe(OutcomeStatus.Fail);

    [Fact]
    public void A_passed_start_says_so()
    {
        var outcome = RuleProbe.Evaluate(PreparationTimeRule.Default, Baseline.Request.StartingIn(days: 30), Baseline.Context.On(Baseline.Submission.PlusDays(32)));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Message.Should().Contain("passed 2 days before the day of evaluation");
    }
}
