using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Activities;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>ADM-REQUIRED-ATTACHMENTS</c>: the mandatory documents are declared: the official request letter, the request form
/// and a draft agenda or terms of reference, plus the participant list for study visits. (The endorsement letter is
/// checked by <c>REQ-CENTRAL-ENDORSEMENT</c>, where it applies, so one missing letter is reported once.)
/// </summary>
/// <remarks>Evidence: expected = the required documents as a bit mask; actual = the missing ones as a bit mask.
/// Immutable value.</remarks>
public sealed class RequiredAttachmentsRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "ADM-REQUIRED-ATTACHMENTS";

    private static readonly RuleParameterDeclaration<ImmutableArray<AttachmentKind>> AlwaysParameter = RuleParameterDeclaration.Names<AttachmentKind>("always", "The attachments every request has.");
    private static readonly RuleParameterDeclaration<ImmutableArray<AttachmentKind>> ForStudyVisitsParameter = RuleParameterDeclaration.Names<AttachmentKind>("forStudyVisits", "The further attachments of a request for a study visit.", optional: true);

    private readonly int _always;
    private readonly int _studyVisit;

    private RequiredAttachmentsRule(ImmutableSortedSet<AttachmentKind> always, ImmutableSortedSet<AttachmentKind> forStudyVisits)
        : base(RuleCode, "Required attachments", Severity.Blocks, RuleStage.Admissibility, Sources.Attachments)
    {
        Always = always;
        ForStudyVisits = forStudyVisits;
        _always = RuleMath.Mask(always);
        _studyVisit = RuleMath.Mask(forStudyVisits);
        Parameters = [AlwaysParameter.Of([.. always]), ForStudyVisitsParameter.Of([.. forStudyVisits])];
    }

    /// <summary>The rule with the request letter, the request form, the agenda or ToR, and the participant list for study visits.</summary>
    public static RequiredAttachmentsRule Default { get; } = Create(
        [AttachmentKind.OfficialRequestLetter, AttachmentKind.RequestForm, AttachmentKind.AgendaOrTermsOfReference],
        [AttachmentKind.ParticipantList]);

    /// <summary>The documents every request needs.</summary>
    public ImmutableSortedSet<AttachmentKind> Always { get; }

    /// <summary>The further documents a study visit needs.</summary>
    public ImmutableSortedSet<AttachmentKind> ForStudyVisits { get; }

    /// <summary>The kind <c>requiredAttachments</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<RequiredAttachmentsRule>(
        "requiredAttachments",
        "Every attachment the request needs is given.",
        [AlwaysParameter, ForStudyVisitsParameter],
        d => Create(d.Get(AlwaysParameter), d.Get(ForStudyVisitsParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Creates the rule.</summary>
    /// <param name="always">The documents every request needs.</param>
    /// <param name="forStudyVisits">The further documents a study visit needs.</param>
    /// <returns>The rule.</returns>
    public static RequiredAttachmentsRule Create(IEnumerable<AttachmentKind> always, IEnumerable<AttachmentKind>? forStudyVisits = null) =>
        new(Guard.Against.NullElements(Guard.Against.Null(always)).ToImmutableSortedSet(), Guard.Against.NullElements(forStudyVisits).ToImmutableSortedSet());

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var request = input.Request;
        var required = request.ActivityType == ActivityType.StudyVisit ? _always | _studyVisit : _always;
        var missing = required & ~request.AttachmentMask;
        return missing == 0 ? Pass(required, 0) : Fail(required, missing);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => RuleMath.Names<AttachmentKind>(outcome.Evidence.Expected);

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome) => RuleMath.Names<AttachmentKind>(outcome.Evidence.Actual);

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status == OutcomeStatus.Pass
        ? "Every required document is attached."
        : $"Missing: {DescribeActual(outcome)}.";

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request) =>
        Remedy.ChangeRequest($"Attach the missing documents: {DescribeActual(outcome)}.", new RuleParameter("attach", DescribeActual(outcome)));
}
