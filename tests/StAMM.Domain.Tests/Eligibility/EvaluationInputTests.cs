using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class EvaluationInputTests
{
    [Fact]
    public void The_day_of_evaluation_is_the_one_given()
    {
        var input = new EvaluationInput(Baseline.Request.BuildValid(), Baseline.Context.BuildValid(), Baseline.Submission.PlusDays(5));

        input.Today.Should().Be(Baseline.Submission.PlusDays(5));
    }

    [Fact]
    public void A_request_is_not_evaluated_before_it_was_submitted() =>
        FluentActions.Invoking(() => new EvaluationInput(Baseline.Request.BuildValid(), Baseline.Context.BuildValid(), Baseline.Submission.PlusDays(-5)))
            .Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "today" && e.Message.Contains("2025-03-03") && e.Message.Contains("2025-02-26"));
}
