using System.Collections.Immutable;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility;

namespace TestingSample;

/// <summary>
/// The outside team's own eligibility rule: when participants travel to another country for an in-person or hybrid
/// activity, they need <see cref="MinimumDays"/> days' notice to get visas and travel approval.
/// </summary>
/// <param name="minimumDays">The days of notice needed; 45 by default.</param>
public sealed class TravelNoticeRule(int minimumDays = TravelNoticeRule.DefaultMinimumDays)
    : EligibilityRule(RuleCode, "Travellers get notice for visas", Severity.Blocks, RuleStage.Timing, new SourceReference("Partner travel policy, section 3"))
{
    /// <summary>The rule's code, as it appears in a decision's trace.</summary>
    public const string RuleCode = "X-TRAVEL-NOTICE";

    /// <summary>The days of notice needed unless the team says otherwise.</summary>
    public const int DefaultMinimumDays = 45;

    /// <summary>The days of notice needed.</summary>
    public int MinimumDays { get; } = minimumDays;

    /// <inheritdoc />
    public override string Kind => "travelNotice";

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters => [new("minimumDays", RuleValue.OfNumber(MinimumDays, "days"))];

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var request = input.Request;
        if (request.Venue is not { Mode: not VenueMode.Online, Country: { } venueCountry }
            || request.Participants.Countries.All(country => country == venueCountry))
        {
            return NotApplicable();
        }

        var notice = Period.DaysBetween(input.Today, request.Dates.EarliestStart);
        return notice >= MinimumDays ? Pass(MinimumDays, notice) : Fail(MinimumDays, notice);
    }

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status switch
    {
        OutcomeStatus.NotApplicable => "Nobody travels abroad.",
        OutcomeStatus.Pass => $"Travellers get {outcome.Evidence.Actual} days' notice.",
        _ => $"Travellers get {outcome.Evidence.Actual} days' notice; {outcome.Evidence.Expected} are needed for visas.",
    };
}
