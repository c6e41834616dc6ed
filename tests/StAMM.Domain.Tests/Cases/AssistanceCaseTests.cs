using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;
using static StAMM.Domain.Tests.Cases.Facility;

namespace StAMM.Domain.Tests.Cases;

public sealed class AssistanceCaseTests
{
    [Fact]
    public void A_submission_opens_a_case_at_version_one()
    {
        var opened = AssistanceCase.Submit(Request, Start, Officer).OrThrow().Case;

        opened.State.Should().Be(CaseState.Submitted);
        opened.Version.Should().Be(1);
        opened.Identifier.Should().Be(Request.Identifier);
        opened.Evaluation.Should().BeNull();
    }

    [Fact]
    public void A_submission_is_not_recorded_before_the_request_was_submitted() =>
        AssistanceCase.Submit(Request, Start.Minus(Duration.FromSeconds(1)), Officer)
            .Should().FailWithExactly(CaseProblemCodes.OutOfOrder, "at");

    [Fact]
    public void An_evaluation_records_the_whole_decision_with_rule_set_and_day()
    {
        var evaluated = Evaluated(EligibleRules).Case();

        evaluated.State.Should().Be(CaseState.Evaluated);
        evaluated.Version.Should().Be(2);
        evaluated.Evaluation!.RuleSetName.Should().Be("Test rules");
        evaluated.Evaluation.RuleSetVersion.Should().Be("1");
        evaluated.Evaluation.EvaluatedOn.Should().Be(RequestBuilder.DefaultSubmissionDate);
        evaluated.Decision!.Kind.Should().Be(DecisionKind.Eligible);
    }

    [Fact]
    public void An_eligible_decision_is_approved_with_its_commitment()
    {
        var approved = Evaluated(EligibleRules).Then(c => c.Approve(Euros(12_000m), Hours(2), Approver)).Case();

        approved.State.Should().Be(CaseState.Approved);
        approved.Commitment.Should().Be(Euros(12_000m));
    }

    [Fact]
    public void Approval_needs_an_evaluation_first()
    {
        var submitted = AssistanceCase.Submit(Request, Start, Officer).OrThrow().Case;

        submitted.Approve(Euros(1_000m), Hours(1), Approver).Should().FailWithExactly(ProblemCodes.InvalidStatusTransition, string.Empty);
    }

    [Theory]
    [InlineData(CaseState.Rejected)]
    [InlineData(CaseState.Withdrawn)]
    [InlineData(CaseState.Cancelled)]
    [InlineData(CaseState.Closed)]
    public void Nothing_follows_a_terminal_state(CaseState terminal)
    {
        var ended = InState(terminal);

        ended.State.Should().Be(terminal);
        ended.Reject(["late"], Hours(300), Officer).Should().FailWithExactly(CaseProblemCodes.TerminalCase, string.Empty);
        ended.Withdraw("no longer needed", Hours(300), Requester).Should().FailWithExactly(CaseProblemCodes.TerminalCase, string.Empty);
        ended.Evaluate(ended.Decision!, Hours(300), Officer).Should().FailWithExactly(CaseProblemCodes.TerminalCase, string.Empty);
    }

    [Fact]
    public void A_terminal_state_is_reported_even_when_the_event_itself_is_invalid() =>
        InState(CaseState.Rejected).Withdraw(" ", Hours(300), Requester)
            .Should().FailWithExactly((ProblemCodes.Required, "reason"), (CaseProblemCodes.TerminalCase, string.Empty));

    [Fact]
    public void A_needs_review_decision_is_not_approved_before_its_findings_are_reviewed() =>
        Evaluated(ReviewRules).Case().Approve(Euros(1_000m), Hours(2), Approver)
            .Should().FailWithExactly(CaseProblemCodes.FindingNotAccepted, "review");

    [Fact]
    public void A_needs_review_decision_is_not_approved_when_the_reviewer_refused_a_finding()
    {
        var refused = Evaluated(ReviewRules).Then(c => c.Review([FindingReview.Refuse("TEST-RULE", "Too vague.").OrThrow()], Hours(2), Reviewer));

        refused.Case().Approve(Euros(1_000m), Hours(3), Approver).Should().FailWithExactly(CaseProblemCodes.FindingNotAccepted, "review")
            .And.Subject.Problems[0].Message.Should().Contain("Rita Reviewer refused");
    }

    [Fact]
    public void A_needs_review_decision_whose_every_finding_was_accepted_is_approved()
    {
        var reviewed = Evaluated(ReviewRules).Then(c => c.Review([Accept()], Hours(2), Reviewer));

        reviewed.Case().Approve(Euros(1_000m), Hours(3), Approver).Should().BeValid()
            .Which.Case.State.Should().Be(CaseState.Approved);
    }

    [Fact]
    public void A_review_decides_on_every_finding_that_sent_the_request_to_review() =>
        Evaluated(ReviewRules).Case().Review([Accept("OTHER-RULE")], Hours(2), Reviewer)
            .Should().FailWithExactly((ProblemCodes.NotAllowed, "findings[0]"), (ProblemCodes.Required, "findings"));

    [Fact]
    public void An_eligible_decision_has_nothing_to_review() =>
        Evaluated(EligibleRules).Case().Review([Accept()], Hours(2), Reviewer)
            .Should().FailWithExactly(ProblemCodes.NotAllowed, "findings");

    [Fact]
    public void A_review_is_refused_an_empty_list_or_a_finding_twice()
    {
        var evaluated = Evaluated(ReviewRules).Case();

        evaluated.Review([], Hours(2), Reviewer).Should().FailWith(ProblemCodes.Required, "findings");
        evaluated.Review([Accept(), Accept()], Hours(2), Reviewer).Should().FailWithExactly(ProblemCodes.Duplicate, "findings[1]");
    }

    [Fact]
    public void An_accepted_finding_carries_a_justification() =>
        FindingReview.Accept("TEST-RULE", "  ").Should().FailWithExactly(ProblemCodes.Required, "justification");

    [Fact]
    public void A_new_evaluation_needs_a_new_review()
    {
        var reviewed = Evaluated(ReviewRules).Then(c => c.Review([Accept()], Hours(2), Reviewer));
        var reevaluated = reviewed.Evaluate(Request.Identifier, Hours(3), Officer).OrThrow();

        reevaluated.Case().CurrentReview.Should().BeNull();
        reevaluated.Case().Approve(Euros(1_000m), Hours(4), Approver).Should().FailWithExactly(CaseProblemCodes.FindingNotAccepted, "review");
    }

    [Fact]
    public void An_ineligible_decision_is_approved_only_through_an_explicit_override()
    {
        var reviewed = Evaluated(IneligibleRules).Then(c => c.Review([Accept()], Hours(2), Reviewer));

        reviewed.Case().Approve(Euros(1_000m), Hours(3), Approver)
            .Should().FailWithExactly(CaseProblemCodes.OverrideRequired, "overrideJustification");
    }

    [Fact]
    public void The_reviewer_does_not_override_an_ineligible_decision_they_reviewed()
    {
        var reviewed = Evaluated(IneligibleRules).Then(c => c.Review([Accept()], Hours(2), Reviewer));
        var sameReviewerInOtherRole = Actor.Create("RITA REVIEWER", "acting head of facility", Icmpd).OrThrow();

        reviewed.Case().Approve(Euros(1_000m), Hours(3), sameReviewerInOtherRole, overrideJustification: "Urgent need.")
            .Should().FailWithExactly(CaseProblemCodes.FourEyes, "actor");
    }

    [Fact]
    public void Another_person_overrides_an_ineligible_decision_whose_findings_the_reviewer_accepted()
    {
        var reviewed = Evaluated(IneligibleRules).Then(c => c.Review([Accept()], Hours(2), Reviewer));

        var approved = reviewed.Case().Approve(Euros(1_000m), Hours(3), Approver, overrideJustification: "The ministry's deadline is binding.").OrThrow();

        approved.Case.Approval!.IsOverride.Should().BeTrue();
        approved.Case.Approval.OverrideJustification.Should().Be("The ministry's deadline is binding.");
    }

    [Fact]
    public void An_ineligible_decision_is_not_overridden_without_a_review() =>
        Evaluated(IneligibleRules).Case().Approve(Euros(1_000m), Hours(2), Approver, overrideJustification: "Urgent.")
            .Should().FailWithExactly(CaseProblemCodes.FindingNotAccepted, "review");

    [Fact]
    public void Only_an_ineligible_decision_is_overridden() =>
        Evaluated(EligibleRules).Case().Approve(Euros(1_000m), Hours(2), Approver, overrideJustification: "Why not.")
            .Should().FailWithExactly(ProblemCodes.NotAllowed, "overrideJustification");

    [Fact]
    public void Nobody_approves_a_request_of_their_own_institution() =>
        Evaluated(EligibleRules).Case().Approve(Euros(1_000m), Hours(2), Requester)
            .Should().FailWithExactly(CaseProblemCodes.OwnInstitution, "actor.institution");

    [Fact]
    public void Nobody_approves_a_request_of_an_institution_under_their_own()
    {
        var request = A.Request.From(Stamm.ServiceForForeignersAffairs).BuildValid();
        var minister = Actor.Create("Mina Minister", "minister", Stamm.MinistryOfSecurityOfBosniaAndHerzegovina).OrThrow();

        Evaluated(EligibleRules, request).FindCase(request.Identifier)!.Approve(Euros(1_000m), Hours(2), minister)
            .Should().FailWithExactly(CaseProblemCodes.OwnInstitution, "actor.institution");
    }

    [Fact]
    public void Nobody_approves_a_request_of_the_co_requesting_institution()
    {
        var request = A.Request.WithCoRequester(Stamm.ServiceForForeignersAffairs).BuildValid();
        var colleague = Actor.Create("Sanja Service", "head of unit", Stamm.ServiceForForeignersAffairs).OrThrow();

        Evaluated(EligibleRules, request).FindCase(request.Identifier)!.Approve(Euros(1_000m), Hours(2), colleague)
            .Should().FailWithExactly(CaseProblemCodes.OwnInstitution, "actor.institution");
    }

    [Fact]
    public void An_approver_whose_institution_is_unknown_cannot_be_shown_independent() =>
        Evaluated(EligibleRules).Case().Approve(Euros(1_000m), Hours(2), Actor.Create("Somebody", "approver").OrThrow())
            .Should().FailWithExactly(ProblemCodes.Required, "actor.institution");

    [Fact]
    public void A_refused_approval_gives_every_reason_at_once()
    {
        var reviewedByRequesterColleague = Evaluated(IneligibleRules).Then(c => c.Review([Accept()], Hours(2), Requester));

        reviewedByRequesterColleague.Case().Approve(Euros(1_000m), Hours(3), Requester).Should().FailWithExactly(
            (CaseProblemCodes.OverrideRequired, "overrideJustification"),
            (CaseProblemCodes.FourEyes, "actor"),
            (CaseProblemCodes.OwnInstitution, "actor.institution"));
    }

    [Fact]
    public void A_decision_of_another_request_is_not_recorded()
    {
        var evaluated = Evaluated(EligibleRules);
        var other = A.Request.WithIdentifier("2026-008-BA-MoS").BuildValid();
        var decision = new Evaluator(EligibleRules).Evaluate(other, evaluated.ContextAt(Hours(2)));

        evaluated.Case().Evaluate(decision, Hours(2), Officer).Should().FailWith(CaseProblemCodes.OtherCase, "caseId");
    }

    [Fact]
    public void An_amendment_sends_the_request_back_to_be_evaluated_again()
    {
        var rescheduled = A.Request.StartingIn(90).BuildValid();

        var amended = Evaluated(EligibleRules).Then(c => c.Amend(rescheduled, "The ministry moved the training.", Hours(2), Requester)).Case();

        amended.State.Should().Be(CaseState.Submitted);
        amended.Request.Should().Be(rescheduled);
        amended.Evaluation.Should().BeNull();
        amended.Approve(Euros(1_000m), Hours(3), Approver).Should().FailWithExactly(ProblemCodes.InvalidStatusTransition, string.Empty);
    }

    [Fact]
    public void An_amendment_keeps_the_request_identifier() =>
        Evaluated(EligibleRules).Case().Amend(A.Request.WithIdentifier("2026-009-BA-MoS").BuildValid(), "Renamed.", Hours(2), Requester)
            .Should().FailWithExactly(CaseProblemCodes.OtherCase, "caseId");

    [Fact]
    public void An_approved_request_is_cancelled_not_withdrawn()
    {
        var approved = Evaluated(EligibleRules).Then(c => c.Approve(Euros(1_000m), Hours(2), Approver)).Case();

        approved.Withdraw("Not needed.", Hours(3), Requester).Should().FailWithExactly(ProblemCodes.InvalidStatusTransition, string.Empty);
        approved.Cancel("Not needed.", Hours(3), Officer).Should().BeValid().Which.Case.State.Should().Be(CaseState.Cancelled);
    }

    [Fact]
    public void A_request_is_withdrawn_or_rejected_before_it_is_evaluated()
    {
        var submitted = AssistanceCase.Submit(Request, Start, Officer).OrThrow().Case;

        submitted.Withdraw("Solved otherwise.", Hours(1), Requester).OrThrow().Case.State.Should().Be(CaseState.Withdrawn);
        submitted.Reject(["Outside the mandate."], Hours(1), Officer).OrThrow().Case.State.Should().Be(CaseState.Rejected);
    }

    [Fact]
    public void A_rejection_gives_at_least_one_reason() =>
        Evaluated(EligibleRules).Case().Reject([], Hours(2), Officer).Should().FailWithExactly(ProblemCodes.Required, "reasons");

    [Fact]
    public void An_event_earlier_than_the_case_s_last_is_refused() =>
        Evaluated(EligibleRules).Case().Reject(["Out of mandate."], Start, Officer).Should().FailWithExactly(CaseProblemCodes.OutOfOrder, "at");

    [Fact]
    public void A_case_is_submitted_once()
    {
        var evaluated = Evaluated(EligibleRules).Case();

        evaluated.Append(CaseSubmitted.Create(Request, Hours(2), Officer).OrThrow()).Should().FailWithExactly(ProblemCodes.InvalidStatusTransition, string.Empty);
    }

    [Fact]
    public void Replaying_a_case_s_events_gives_the_same_case()
    {
        var closed = InState(CaseState.Closed);

        var replayed = AssistanceCase.Replay(closed.Events).OrThrow();

        replayed.Should().Be(closed);
        replayed.Version.Should().Be(closed.Events.Length);
        replayed.State.Should().Be(CaseState.Closed);
    }

    [Fact]
    public void Replay_names_the_first_event_that_is_not_allowed()
    {
        var closed = InState(CaseState.Closed);

        AssistanceCase.Replay([closed.Events[0], closed.Events[2]])
            .Should().FailWithExactly(ProblemCodes.InvalidStatusTransition, "events[1]");
    }

    [Fact]
    public void Replay_starts_with_a_submission() =>
        AssistanceCase.Replay(InState(CaseState.Closed).Events.Skip(1)).Should().FailWithExactly(ProblemCodes.Required, "events[0]");

    [Fact]
    public void Events_are_equal_by_value()
    {
        var a = CaseWithdrawn.Create(Request.Identifier, "No longer needed.", Start, Requester).OrThrow();
        var b = CaseWithdrawn.Create(Request.Identifier, "No longer needed.", Start, Requester).OrThrow();
        var c = CaseWithdrawn.Create(Request.Identifier, "Other reason.", Start, Requester).OrThrow();

        a.Should().Be(b);
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(c);
    }

    [Fact]
    public void Evaluations_are_equal_when_their_decisions_decided_the_same()
    {
        var first = Evaluated(EligibleRules).Case().Evaluation!;
        var again = Evaluated(EligibleRules).Case().Evaluation!;

        ReferenceEquals(first.Decision, again.Decision).Should().BeFalse();
        again.Should().Be(first);
    }

    [Fact]
    public void An_actor_is_named_and_has_a_role() =>
        Actor.Create(" ", null).Should().FailWithExactly((ProblemCodes.Required, "name"), (ProblemCodes.Required, "role"));

    /// <summary>The case of <see cref="Facility.Request"/> brought into a state by the shortest allowed path.</summary>
    internal static AssistanceCase InState(CaseState state)
    {
        var evaluated = Evaluated(EligibleRules);
        switch (state)
        {
            case CaseState.Rejected:
                return evaluated.Then(c => c.Reject(["Outside the mandate."], Hours(2), Officer)).Case();
            case CaseState.Withdrawn:
                return evaluated.Then(c => c.Withdraw("No longer needed.", Hours(2), Requester)).Case();
        }

        var approved = evaluated.Then(c => c.Approve(Euros(12_000m), Hours(2), Approver));
        if (state == CaseState.Cancelled)
        {
            return approved.Then(c => c.Cancel("The ministry postponed it indefinitely.", Hours(3), Officer)).Case();
        }

        var delivered = approved.Then(c => c.Deliver(
            ActivityPeriod.Exact(new LocalDate(2026, 4, 14), new LocalDate(2026, 4, 16)),
            Venue.InPerson("Sarajevo", Country.BosniaAndHerzegovina).OrThrow(),
            Participants.Create(18, [Country.BosniaAndHerzegovina]).OrThrow(),
            [CostLine.Create(CostCategory.Travel, Money.Of(9_000m, Currency.Eur)).OrThrow()],
            Hours(100),
            Officer));
        return delivered.Then(c => c.Close(Hours(200), Officer)).Case();
    }
}
