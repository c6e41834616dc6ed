using FluentValidation;
using FluentValidation.Results;
using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Requests;
using P = StAMM.Domain.Benchmarks.Peers.PeerRules;

namespace StAMM.Domain.Benchmarks.Peers;

/// <summary>
/// The 24 rules of the built-in StAMM rule set written as a FluentValidation 12 user would: one
/// <see cref="AbstractValidator{T}"/> over the request DTO, a rule chain per check, the rule code as the error code,
/// <see cref="FluentValidation.Severity.Error"/> for a failure and <see cref="FluentValidation.Severity.Warning"/> for a
/// finding that needs review. Built once and reused, as FluentValidation's documentation advises.
/// </summary>
public sealed class StammFluentValidator : AbstractValidator<RequestFacts>
{
    public StammFluentValidator()
    {
        RuleFor(f => f.Attachments)
            .Must((f, attachments) => P.AttachmentsComplete(f.ActivityType, attachments))
            .WithErrorCode(RequiredAttachmentsRule.RuleCode).WithMessage("A required document is missing.");

        var phoneRequired = P.Form.RequiredFields.Contains(FormField.ContactPhone);
        RuleFor(f => f)
            .Must(f => f.HasVenue && f.ParticipantCount >= 0 && f.ParticipantCountryCount > 0 && f.CostLineCount > 0
                       && f.HasServesObligation && f.Language is not null && (!phoneRequired || f.HasContactPhone) && P.KnownLanguage(f.Language))
            .WithErrorCode(FormCompleteRule.RuleCode).WithMessage("The request form is incomplete.").OverridePropertyName("request");

        RuleFor(f => f.InvolvedCountries)
            .Must(P.InScope)
            .WithErrorCode(CountryInScopeRule.RuleCode).WithMessage("The request involves a country outside the project's scope.");

        RuleFor(f => f.RequesterType)
            .Must((f, type) => P.RequesterAllowed(type, f.CoRequesterType))
            .WithErrorCode(InstitutionTypeRule.RuleCode).WithMessage("The requester may not request (alone).");

        RuleFor(f => f.Attachments)
            .Must(a => P.Has(a, (int)AttachmentKind.EndorsementLetter))
            .Unless(f => P.EndorsementExempt(f.RequesterType))
            .WithErrorCode(CentralEndorsementRule.RuleCode).WithMessage("An endorsement letter from a central institution is needed.");

        RuleFor(f => f.Themes)
            .Must(P.AnyThemeInMandate)
            .WithErrorCode(ThemeInMandateRule.RuleCode).WithMessage("No theme is within the mandate.");

        RuleFor(f => f.ActivityType)
            .Must(P.ActivityTypeAllowed)
            .WithErrorCode(ActivityTypeAllowedRule.RuleCode).WithMessage("The activity type is not offered.");

        var lead = P.LeadTime;
        RuleFor(f => f.StartDay - f.ReferenceDay)
            .GreaterThanOrEqualTo(lead.FailBelowDays)
            .Unless(f => f.IsEmergency && lead.EmergencyOverride)
            .WithErrorCode(LeadTimeRule.RuleCode).WithMessage("The lead time of {PropertyValue} days is below the minimum of {ComparisonValue}.").OverridePropertyName("leadTimeDays");
        RuleFor(f => f.StartDay - f.ReferenceDay)
            .GreaterThanOrEqualTo(lead.WarnBelowDays)
            .When(f => f.StartDay - f.ReferenceDay >= lead.FailBelowDays || (f.IsEmergency && lead.EmergencyOverride))
            .WithErrorCode(LeadTimeRule.RuleCode).WithSeverity(Severity.Warning).WithMessage("The lead time of {PropertyValue} days is short.").OverridePropertyName("leadTimeDays");

        var justificationWarns = P.MaxDurationLimits.JustificationWarns;
        RuleFor(f => P.Duration(f.ActivityType, f.CalendarDays, f.WorkingDays))
            .LessThanOrEqualTo(f => P.MaxDuration(f.ActivityType))
            .When(f => P.MaxDuration(f.ActivityType) > 0 && !(justificationWarns && f.HasJustification))
            .WithErrorCode(MaxDurationRule.RuleCode).WithMessage("The duration of {PropertyValue} days exceeds {ComparisonValue}.").OverridePropertyName("durationDays");
        RuleFor(f => P.Duration(f.ActivityType, f.CalendarDays, f.WorkingDays))
            .LessThanOrEqualTo(f => P.MaxDuration(f.ActivityType))
            .When(f => P.MaxDuration(f.ActivityType) > 0 && justificationWarns && f.HasJustification)
            .WithErrorCode(MaxDurationRule.RuleCode).WithSeverity(Severity.Warning).WithMessage("The duration exceeds the limit; the justification needs review.").OverridePropertyName("durationDays");

        RuleFor(f => f)
            .Must(f => f.LatestEndDay <= f.SpanLimitDay && f.PlannedActivities <= P.Span.MaxActivities)
            .WithErrorCode(TotalSpanRule.RuleCode).WithSeverity(Severity.Warning).WithMessage("The request goes beyond the short-term horizon.").OverridePropertyName("request");

        RuleFor(f => f)
            .Must(f => f.ProjectStatus == P.ActiveStatus && f.StartDay >= Math.Max(f.ProjectFirstDay, P.PhaseStartDay) && f.EndDay <= Math.Min(f.ProjectLastDay, P.PhaseEndDay))
            .WithErrorCode(ProjectActiveRule.RuleCode).WithMessage("The project is not active on the requested dates.").OverridePropertyName("request");

        RuleFor(f => f.ExpertsRequested)
            .LessThanOrEqualTo(P.Experts.MaxExperts)
            .When(f => P.ExpertRule(f.ActivityType) && f.ExpertsRequested >= 0)
            .WithErrorCode(ExpertsPerMissionRule.RuleCode).WithSeverity(Severity.Warning).WithMessage("{PropertyValue} experts are more than {ComparisonValue}.");

        var delegation = P.Delegation;
        RuleFor(f => f.ParticipantCount)
            .LessThanOrEqualTo(delegation.MaxDelegation)
            .When(f => f.ActivityType == (int)ActivityType.StudyVisit && f.ParticipantCount >= 0 && !(f.ParticipantCount <= delegation.MaxWithJustification && f.HasJustification))
            .WithErrorCode(StudyVisitDelegationRule.RuleCode).WithMessage("The delegation of {PropertyValue} is too large.");
        RuleFor(f => f.ParticipantCount)
            .LessThanOrEqualTo(delegation.MaxDelegation)
            .When(f => f.ActivityType == (int)ActivityType.StudyVisit && f.ParticipantCount <= delegation.MaxWithJustification && f.HasJustification)
            .WithErrorCode(StudyVisitDelegationRule.RuleCode).WithSeverity(Severity.Warning).WithMessage("The delegation of {PropertyValue} needs review.");

        RuleFor(f => f.ParticipantCount)
            .GreaterThanOrEqualTo(P.MinParticipants.MinParticipants)
            .When(f => P.MinParticipantRule(f.ActivityType) && f.ParticipantCount >= 0)
            .WithErrorCode(MinimumParticipantsRule.RuleCode).WithSeverity(Severity.Warning).WithMessage("{PropertyValue} participants are fewer than {ComparisonValue}.");

        RuleFor(f => f.DonorsByCountry)
            .GreaterThan(0)
            .WithErrorCode(DonorCountryEarmarkRule.RuleCode).WithMessage("No donor's country earmarks allow the request.");
        RuleFor(f => f.DonorsByCountryTypeTheme)
            .GreaterThan(0)
            .When(f => f.DonorsByCountry > 0)
            .WithErrorCode(DonorThemeEarmarkRule.RuleCode).WithMessage("No donor's theme earmarks allow the request.");
        RuleFor(f => f.DonorsEarmarked)
            .GreaterThan(0)
            .When(f => f.DonorsByCountryTypeTheme > 0)
            .WithErrorCode(DonorPeriodEarmarkRule.RuleCode).WithMessage("No donor's period covers the dates.");

        RuleFor(f => f)
            .Must(f => f.CostLineCount == 0 || f.CostCurrency != P.CeilingCurrency || f.TotalCostCents <= P.HardCeilingCents)
            .WithErrorCode(CostCeilingRule.RuleCode).WithMessage("The cost exceeds the ceiling per request.").OverridePropertyName("request");
        RuleFor(f => f)
            .Must(f => f.CostCurrency == P.CeilingCurrency && f.TotalCostCents / f.PlannedActivities <= P.SoftCeilingCents)
            .When(f => f.CostLineCount > 0 && (f.CostCurrency != P.CeilingCurrency || f.TotalCostCents <= P.HardCeilingCents))
            .WithErrorCode(CostCeilingRule.RuleCode).WithSeverity(Severity.Warning).WithMessage("The cost per activity is above the usual ceiling.").OverridePropertyName("request");

        RuleFor(f => f.DonorsFundable)
            .GreaterThan(0)
            .When(f => f.DonorsEarmarked > 0 && f.DonorsBalanceUncertain == 0)
            .WithErrorCode(DonorBalanceRule.RuleCode).WithMessage("No earmarked contribution has enough balance.");
        RuleFor(f => f.DonorsFundable)
            .GreaterThan(0)
            .When(f => f.DonorsEarmarked > 0 && f.DonorsBalanceUncertain > 0)
            .WithErrorCode(DonorBalanceRule.RuleCode).WithSeverity(Severity.Warning).WithMessage("The balance of an earmarked contribution is uncertain.");

        RuleFor(f => f.CostCategories)
            .Must(P.CostLinesEligible)
            .WithErrorCode(EligibleCostLinesRule.RuleCode).WithMessage("A cost line is not eligible.");
        RuleFor(f => f.CostCategories)
            .Must(c => !P.CostLinesReviewed(c))
            .When(f => P.CostLinesEligible(f.CostCategories))
            .WithErrorCode(EligibleCostLinesRule.RuleCode).WithSeverity(Severity.Warning).WithMessage("A cost line needs review.");

        RuleFor(f => f.DuplicateCount)
            .LessThanOrEqualTo(P.Duplicates.ToleratedOverlaps)
            .WithErrorCode(NoDuplicateRule.RuleCode).WithSeverity(Severity.Warning).WithMessage("{PropertyValue} overlapping requests or activities.");

        var coordination = P.ParallelFunding.RequireCoordinationStatement;
        RuleFor(f => f)
            .Must(f => f.DeclaresNoParallelFunding && (!coordination || f.HasCoordination))
            .WithErrorCode(NoParallelFundingRule.RuleCode).WithSeverity(Severity.Warning).WithMessage("The declaration or coordination statement is missing.").OverridePropertyName("request");

        RuleFor(f => f)
            .Must(f => P.DesignationAccepted(f.DesignationCode) && P.KosovoMarked(f.Title, f.DesignationMarker))
            .When(f => f.InvolvesKosovo || P.MentionsKosovo(f.Title))
            .WithErrorCode(KosovoDesignationRule.RuleCode).WithSeverity(Severity.Warning).WithMessage("The Kosovo* designation is missing or not accepted.").OverridePropertyName("request");

        RuleFor(f => f)
            .Must(f => P.AllOda(f.StartYear, f.BeneficiaryCountries))
            .WithErrorCode(OdaRecipientRule.RuleCode).WithSeverity(Severity.Warning).WithMessage("A beneficiary is not on the DAC list for the year.").OverridePropertyName("request");
    }

    /// <summary>Maps a validation result to the common verdict.</summary>
    public static Verdict ToVerdict(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Verdict.FromFindings(result.Errors.Select(e => (e.ErrorCode, e.Severity == Severity.Error)));
    }
}
