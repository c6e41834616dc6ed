using NodaTime;
using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class EvaluationInputTests
{
    [Fact]
    public void Time_left_counts_from_the_day_of_evaluation_once_the_request_is_submitted()
    {
        var input = new EvaluationInput(Baseline.Request.BuildValid(), Baseline.Context.BuildValid(), Baseline.Submission.PlusDays(5));

        input.ReferenceDate.Should().Be(Baseline.Submission.PlusDays(5));
    }

    [Fact]
    public void Time_left_counts_from_the_submission_day_when_evaluated_before_it()
    {
        var input = new EvaluationInput(Baseline.Request.BuildValid(), Baseline.Context.BuildValid(), Baseline.Submission.PlusDays(-5));

        input.Today.Should().Be(Baseline.Submission.PlusDays(-5));
        input.ReferenceDate.Should().Be(Baseline.Submission);
    }
}
