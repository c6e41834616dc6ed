using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class RequiredAttachmentsRuleTests
{
    [Fact]
    public void A_workshop_needs_no_participant_list() =>
        RuleProbe.Evaluate(RequiredAttachmentsRule.Default, Baseline.Request.WithoutAttachment(AttachmentKind.ParticipantList)).Status.Should().Be(OutcomeStatus.Pass);

    [Fact]
    public void A_study_visit_without_a_participant_list_fails_naming_it()
    {
        var outcome = RuleProbe.Evaluate(RequiredAttachmentsRule.Default, Baseline.Request.OfKind(ActivityType.StudyVisit).WithoutAttachment(AttachmentKind.ParticipantList));

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Actual.Codes.Should().Equal("participantList");
    }

    [Fact]
    public void A_request_with_every_document_is_explained_as_complete() =>
        RuleProbe.Evaluate(RequiredAttachmentsRule.Default, Baseline.Request).Message.Should().Be("Every required document is attached.");
}
