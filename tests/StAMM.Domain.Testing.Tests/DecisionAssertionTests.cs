using System.Collections.Immutable;
using FluentAssertions.Execution;
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Requests;
using Xunit.Sdk;

namespace StAMM.Domain.Testing.Tests;

public sealed class DecisionAssertionTests
{
    private static readonly EvaluationContextBuilder Context = An.EvaluationContext;

    private static Decision Eligible => Context.Evaluate(A.Request);

    // Lead time 30 days: a review finding of ACT-LEAD-TIME alone.
    private static Decision NeedsReview => Context.Evaluate(A.Request.StartingIn(days: 30));

    // Lead time 10 days and no request form: two blocking failures.
    private static Decision Ineligible => Context.Evaluate(A.Request.StartingIn(days: 10).WithoutAttachment(AttachmentKind.RequestForm));

    [Fact]
    public void BeEligible_passes_for_an_eligible_decision() => Eligible.Should().BeEligible();

    [Fact]
    public void BeEligible_fails_with_the_kind_and_the_whole_trace() =>
        FluentActions.Invoking(() => NeedsReview.Should().BeEligible("the {0} is long enough", "lead time"))
            .Should().Throw<XunitException>()
            .WithMessage("""
                Expected decision to be eligible because the lead time is long enough, but it was NeedsReview. The trace of NeedsReview for 2026-007-BA-MoS by StAMM eligibility 2026.2 on 2026-02-02:
                  - ADM-FORM-COMPLETE Pass (Admissibility, blocks): *
                *
                  - ACT-LEAD-TIME Warn (Timing, blocks): *30 days*
                *
                  - OUT-KOSOVO-DESIGNATION NotApplicable (Reporting, advisory): *
                """.ReplaceLineEndings());

    [Fact]
    public void The_trace_in_a_failure_message_lists_every_rule_of_the_decision()
    {
        var decision = NeedsReview;

        var message = FluentActions.Invoking(() => decision.Should().BeEligible()).Should().Throw<XunitException>().Which.Message;

        foreach (var outcome in decision.Outcomes)
        {
            message.Should().Contain($"- {outcome.Code} {outcome.Status} ({outcome.Stage}, ").And.Contain(outcome.Message);
        }
    }

    [Fact]
    public void BeIneligible_passes_for_an_ineligible_decision_whatever_its_reasons() => Ineligible.Should().BeIneligible();

    [Fact]
    public void BeIneligible_fails_for_an_eligible_decision() =>
        FluentActions.Invoking(() => Eligible.Should().BeIneligible())
            .Should().Throw<XunitException>().WithMessage("Expected decision to be ineligible, but it was Eligible. The trace of Eligible*");

    [Fact]
    public void BeIneligibleBecause_passes_for_exactly_the_blocking_failures_in_any_order() =>
        Ineligible.Should().BeIneligibleBecause(LeadTimeRule.RuleCode, RequiredAttachmentsRule.RuleCode);

    [Fact]
    public void BeIneligibleBecause_fails_when_a_reason_is_missing_and_names_the_actual_reasons() =>
        FluentActions.Invoking(() => Ineligible.Should().BeIneligibleBecause(LeadTimeRule.RuleCode))
            .Should().Throw<XunitException>()
            .WithMessage("Expected decision to be ineligible because of ACT-LEAD-TIME, but it was Ineligible because of ADM-REQUIRED-ATTACHMENTS, ACT-LEAD-TIME. The trace*ACT-LEAD-TIME Fail (Timing, blocks)*");

    [Fact]
    public void BeIneligibleBecause_fails_for_a_decision_that_only_needs_review() =>
        FluentActions.Invoking(() => NeedsReview.Should().BeIneligibleBecause(LeadTimeRule.RuleCode))
            .Should().Throw<XunitException>()
            .WithMessage("*but it was NeedsReview because of ACT-LEAD-TIME. The trace of NeedsReview*");

    [Fact]
    public void BeIneligibleBecause_needs_a_code() =>
        FluentActions.Invoking(() => Ineligible.Should().BeIneligibleBecause()).Should().Throw<ArgumentException>();

    [Fact]
    public void NeedReview_passes_for_a_decision_that_needs_review() => NeedsReview.Should().NeedReview();

    [Fact]
    public void NeedReview_fails_for_an_ineligible_decision() =>
        FluentActions.Invoking(() => Ineligible.Should().NeedReview())
            .Should().Throw<XunitException>().WithMessage("Expected decision to need review, but it was Ineligible. The trace*");

    [Fact]
    public void NeedReviewFor_passes_for_exactly_the_review_findings() => NeedsReview.Should().NeedReviewFor(LeadTimeRule.RuleCode);

    [Fact]
    public void NeedReviewFor_fails_for_other_findings_with_the_trace() =>
        FluentActions.Invoking(() => NeedsReview.Should().NeedReviewFor(CostCeilingRule.RuleCode))
            .Should().Throw<XunitException>()
            .WithMessage("Expected decision to need review because of BUD-CEILING-PER-REQUEST, but it was NeedsReview because of ACT-LEAD-TIME. The trace*BUD-CEILING-PER-REQUEST Pass (Money, *");

    [Fact]
    public void HaveOutcome_passes_and_returns_the_outcome_for_its_evidence() =>
        NeedsReview.Should().HaveOutcome(LeadTimeRule.RuleCode, OutcomeStatus.Warn).Which.Evidence.Actual.Should().Be(30);

    [Fact]
    public void HaveOutcome_fails_with_the_status_found_and_the_trace() =>
        FluentActions.Invoking(() => Eligible.Should().HaveOutcome(LeadTimeRule.RuleCode, OutcomeStatus.Fail, "it is {0}", "late"))
            .Should().Throw<XunitException>()
            .WithMessage("Expected decision to have rule ACT-LEAD-TIME Fail because it is late, but it was Pass. The trace of Eligible*ACT-LEAD-TIME Pass*");

    [Fact]
    public void HaveOutcome_of_a_rule_not_in_the_set_says_so() =>
        FluentActions.Invoking(() => Eligible.Should().HaveOutcome("X-NOT-THERE", OutcomeStatus.Pass))
            .Should().Throw<XunitException>().WithMessage("*but the rule was not evaluated. The trace*");

    [Fact]
    public void HaveFindingsExactly_counts_advisory_findings_too()
    {
        var kosovo = Stamm.MigrationMinistries.Single(i => i.Country.IsKosovo);

        var decision = Context.Evaluate(A.Request.From(kosovo).WithOutputDesignation(null));

        decision.Should().BeEligible().And.HaveFindingsExactly(KosovoDesignationRule.RuleCode);
    }

    [Fact]
    public void HaveFindingsExactly_fails_with_the_findings_and_the_trace() =>
        FluentActions.Invoking(() => Ineligible.Should().HaveFindingsExactly())
            .Should().Throw<XunitException>()
            .WithMessage("Expected decision to have findings of exactly none, but it has findings of ADM-REQUIRED-ATTACHMENTS, ACT-LEAD-TIME. The trace*");

    [Fact]
    public void A_null_decision_fails_readably() =>
        FluentActions.Invoking(() => ((Decision)null!).Should().BeEligible())
            .Should().Throw<XunitException>().WithMessage("Expected decision to be eligible, but found <null>.");

    [Fact]
    public void Braces_in_a_rule_explanation_are_printed_as_they_are()
    {
        var rules = RuleSet.Create("braces", "1", new LocalDate(2018, 12, 1), null, [new BracedRule()]).OrThrow();

        FluentActions.Invoking(() => Context.Evaluate(A.Request, rules).Should().BeEligible())
            .Should().Throw<XunitException>()
            .Which.Message.Should().Contain("- X-BRACES Fail (Reporting, blocks): Placeholder {title} and {0} stay as written.");
    }

    [Fact]
    public void Failures_inside_an_assertion_scope_are_collected()
    {
        var action = () =>
        {
            using var scope = new AssertionScope();
            Eligible.Should().NeedReview();
            Ineligible.Should().BeEligible();
        };

        action.Should().Throw<XunitException>().WithMessage("*to need review*to be eligible*");
    }

    private sealed class BracedRule() : EligibilityRule("X-BRACES", "Braces", Severity.Blocks, RuleStage.Reporting, new SourceReference("test"))
    {
        public override string Kind => "braces";

        public override ImmutableArray<RuleParameter> Parameters => [];

        public override RuleOutcome Evaluate(in EvaluationInput input) => Fail();

        public override string Explain(in RuleOutcome outcome) => "Placeholder {title} and {0} stay as written.";
    }
}
