using NodaTime;
using NodaTime.Testing;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Guides;

public sealed class EvaluatingARequestTests
{
    private static Decision DecideOn(Instant now) => EvaluatingARequest.Decide(
        EvaluatingARequest.Request().OrThrow(), ModellingAProject.Project(), ModellingAProject.Balances(), new FakeClock(now));

    private static Decision OnSubmission => DecideOn(Instant.FromUtc(2026, 3, 2, 12, 0));

    [Fact]
    public void The_request_is_valid()
    {
        EvaluatingARequest.Request().Problems.Should().BeEmpty();
    }

    [Fact]
    public void On_the_day_of_submission_it_is_eligible_and_paid_from_the_contribution_that_ends_first()
    {
        EvaluatingARequest.Summary(OnSubmission).Should().Be("eligible, paid from Federal Ministry of the Interior of Austria");
    }

    [Fact]
    public void Evaluated_15_days_before_the_workshop_it_needs_review_for_the_time_left_to_prepare_not_for_the_lead_time()
    {
        var decision = DecideOn(Instant.FromUtc(2026, 6, 1, 12, 0));

        EvaluatingARequest.Summary(decision).Should().Be("needs review: ACT-PREPARATION-TIME");
        Output.Of(() => EvaluatingARequest.PrintLeadTime(decision)).Should().Be(
            "Pass: expected 60 days, actual 106 days\nThe lead time of 106 days is enough.\n");
    }

    [Fact]
    public void The_trace_lists_every_rule_by_stage_then_code()
    {
        var lines = Output.Of(() => EvaluatingARequest.PrintTrace(OnSubmission)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines[0].Should().Be("StAMM eligibility 2026.2, evaluated on 2026-03-02");
        lines.Skip(1).Should().HaveCount(StammRuleSet.Default.Rules.Length);
        lines[1].Should().Be("Admissibility Pass          ADM-FORM-COMPLETE");
        lines[^1].Should().Be("Reporting     NotApplicable OUT-KOSOVO-DESIGNATION");
    }

    [Fact]
    public void The_lead_time_outcome_shows_expected_and_actual()
    {
        Output.Of(() => EvaluatingARequest.PrintLeadTime(OnSubmission)).Should().Be(
            "Pass: expected 60 days, actual 106 days\nThe lead time of 106 days is enough.\n");
    }

    [Fact]
    public void Both_contributions_can_pay_the_one_that_ends_first_ranked_first()
    {
        Output.Of(() => EvaluatingARequest.PrintDonors(OnSubmission)).Should().Be(
            "1. Federal Ministry of the Interior of Austria, remaining 90000.00 EUR\n" +
            "2. Swiss State Secretariat for Migration, remaining 200000.00 EUR\n");
    }

    [Fact]
    public void The_guide_shows_what_the_lead_time_and_donor_snippets_print()
    {
        Repository.ShouldShow("docs/guides/evaluating-a-request.md", Output.Of(() => EvaluatingARequest.PrintLeadTime(OnSubmission)));
        Repository.ShouldShow("docs/guides/evaluating-a-request.md", Output.Of(() => EvaluatingARequest.PrintDonors(OnSubmission)));
    }

    [Fact]
    public void The_guide_shows_the_first_and_last_lines_of_the_trace()
    {
        var lines = Output.Of(() => EvaluatingARequest.PrintTrace(OnSubmission)).TrimEnd('\n').Split('\n');

        Repository.ShouldShow("docs/guides/evaluating-a-request.md", string.Join("\n", lines[..5]));
        Repository.ShouldShow("docs/guides/evaluating-a-request.md", string.Join("\n", lines[^2..]));
    }
}
