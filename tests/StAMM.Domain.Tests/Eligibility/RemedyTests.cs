using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;
using StAMM.Domain.Tests.Eligibility.Rules;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class RemedyTests
{
    private static Remedy RemedyOf(EligibilityRule rule, RequestBuilder request) =>
        RuleProbe.Evaluate(rule, request).RemedyFor(request.BuildValid())!;

    [Fact]
    public void A_lead_time_too_short_names_the_first_start_that_gives_the_usual_lead_time()
    {
        // Submitted on 2025-03-03 for 2025-03-13: 10 days; 60 days are usual, so the start moves 50 days.
        var remedy = RemedyOf(LeadTimeRule.Default, Baseline.Request.StartingIn(days: 10));

        remedy.Kind.Should().Be(RemedyKind.ChangeRequest);
        remedy.ValueOf("startOnOrAfter").Should().Be(RuleValue.OfDate(new NodaTime.LocalDate(2025, 5, 2)));
        remedy.Text.Should().Be("Start on or after 2025-05-02 (60 days of lead time), or declare an emergency for the project manager to approve.");
    }

    [Fact]
    public void A_lead_time_below_the_usual_one_is_remedied_by_the_same_start_or_a_person_confirms_it() =>
        RemedyOf(LeadTimeRule.Default, Baseline.Request.StartingIn(days: 59)).Text
            .Should().Be("Start on or after 2025-05-02 (60 days of lead time); otherwise a person confirms the activity can be organised.");

    [Fact]
    public void A_delegation_above_the_usual_size_without_a_justification_may_shrink_or_be_justified()
    {
        var remedy = RemedyOf(StudyVisitDelegationRule.Default, Baseline.Request.OfKind(ActivityType.StudyVisit).WithParticipants(4));

        remedy.Text.Should().Be("Send at most 3 participants, or attach a justification for up to 5 participants (a person then reviews it).");
        remedy.ValueOf("maxParticipants").Should().Be(RuleValue.OfNumber(3, "participants"));
    }

    [Fact]
    public void A_missing_attachment_is_named_in_words()
    {
        var remedy = RemedyOf(RequiredAttachmentsRule.Default, Baseline.Request.WithoutAttachment(AttachmentKind.OfficialRequestLetter));

        remedy.Text.Should().Be("Attach the missing documents: official request letter.");
        remedy.ValueOf("attach")!.Codes.Should().Equal("officialRequestLetter");
    }

    [Fact]
    public void A_cost_above_the_hard_ceiling_names_how_much_to_cut_to_be_eligible_and_to_pass()
    {
        var remedy = RemedyOf(CostCeilingRule.Default, Baseline.Request.Costing(63_000m));

        remedy.Text.Should().Be("Reduce the cost by at least 3000 EUR to stay within the ceiling of 60000 EUR, and by 38000 EUR to at most 25000 EUR (25000 EUR per activity) to avoid a review; or split the request.");
        remedy.ValueOf("reduceCostBy").Should().Be(RuleValue.OfNumber(38_000m, "EUR"));
    }

    [Fact]
    public void A_missing_form_field_is_to_be_filled_in() =>
        RemedyOf(FormCompleteRule.Default, Baseline.Request.WithoutVenue()).Text.Should().Be("Fill in venue.");

    [Fact]
    public void A_balance_that_cannot_be_confirmed_is_for_a_person_to_confirm()
    {
        var outcome = RuleProbe.Evaluate(DonorBalanceRule.Default, Baseline.Request, Baseline.Context.WithUntouchedContributions());

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.RemedyFor(Baseline.Request.BuildValid())!.Kind.Should().Be(RemedyKind.PersonDecides);
    }

    [Fact]
    public void A_pass_has_no_remedy() =>
        RuleProbe.Evaluate(LeadTimeRule.Default, Baseline.Request).RemedyFor(Baseline.Request.BuildValid()).Should().BeNull();

    [Fact]
    public void A_custom_rule_that_names_no_remedy_says_that_none_can_be_named()
    {
        var remedy = new RuleOutcome(new FixedOutcomeRule("X-FIXED", OutcomeStatus.Fail), OutcomeStatus.Fail, default).RemedyFor(Baseline.Request.BuildValid())!;

        remedy.Kind.Should().Be(RemedyKind.NotNamed);
        remedy.Text.Should().Be("No remedy can be named: the rule X-FIXED does not say what would satisfy it.");
        remedy.Values.Should().BeEmpty();
    }

    [Fact]
    public void The_remedy_of_an_outcome_needs_the_request() =>
        FluentActions.Invoking(() => RuleProbe.Evaluate(LeadTimeRule.Default, Baseline.Request).RemedyFor(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("request");

    [Fact]
    public void A_remedy_with_a_value_named_twice_is_refused() =>
        FluentActions.Invoking(() => Remedy.ChangeRequest("Do it.", new RuleParameter("a", RuleValue.OfFlag(true)), new RuleParameter("a", RuleValue.OfFlag(false))))
            .Should().Throw<ArgumentException>().WithParameterName("values");

    [Fact]
    public void A_remedy_without_text_is_refused() =>
        FluentActions.Invoking(() => Remedy.NotNamed(" ")).Should().Throw<ArgumentException>().WithParameterName("text");

    [Fact]
    public void A_remedy_of_an_undefined_kind_is_refused() =>
        FluentActions.Invoking(() => Remedy.Create((RemedyKind)9, "Do it.", [])).Should().Throw<ArgumentException>().WithParameterName("kind");

    [Fact]
    public void Remedies_of_the_same_kind_values_and_text_are_equal()
    {
        var a = Remedy.ChangeRequest("Start later.", new RuleParameter("startOnOrAfter", RuleValue.OfDate(new NodaTime.LocalDate(2027, 2, 1))));
        var b = Remedy.ChangeRequest("Start later.", new RuleParameter("startOnOrAfter", RuleValue.OfDate(new NodaTime.LocalDate(2027, 2, 1))));

        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a == Remedy.PersonDecides("Start later.")).Should().BeFalse();
        a.ToString().Should().Be("Start later.");
    }

    [Theory]
    [InlineData(OutcomeStatus.Fail, Severity.Blocks, DecisionKind.Ineligible)]
    [InlineData(OutcomeStatus.Warn, Severity.Blocks, DecisionKind.NeedsReview)]
    [InlineData(OutcomeStatus.Fail, Severity.NeedsReview, DecisionKind.NeedsReview)]
    [InlineData(OutcomeStatus.Warn, Severity.Advisory, DecisionKind.Eligible)]
    [InlineData(OutcomeStatus.Pass, Severity.Blocks, DecisionKind.Eligible)]
    [InlineData(OutcomeStatus.NotApplicable, Severity.Blocks, DecisionKind.Eligible)]
    public void An_outcome_says_what_it_does_to_the_decision(OutcomeStatus status, Severity severity, DecisionKind effect) =>
        new RuleOutcome(new SeverityRule(severity), status, default).Effect.Should().Be(effect);

    private sealed class SeverityRule(Severity severity) : EligibilityRule("X-SEVERITY", "Severity", severity, RuleStage.Timing, new SourceReference("test"))
    {
        public override string Kind => "severity";

        public override System.Collections.Immutable.ImmutableArray<RuleParameter> Parameters => [];

        public override RuleOutcome Evaluate(in EvaluationInput input) => Pass();
    }
}
