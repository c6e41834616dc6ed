using System.ComponentModel;
using System.Text.Json.Serialization;

namespace StAMM.Domain.Json.Contracts;

// The contracts of portfolio and case-events documents. A portfolio embeds whole documents of the other kinds (its
// project, its rule sets, each event's request and decision) through their own contracts, so each embedded object is
// a document of its kind that reads on its own; their $schema is left out.

/// <summary>The portfolio document: a <see cref="Portfolios.Portfolio"/> with the document header.</summary>
internal sealed record PortfolioDocumentContract() : DocumentContract(DocumentKinds.Portfolio)
{
    [Description("Free text about the document, such as the source of its figures or that they are illustrative. Not part of the portfolio's value.")]
    public string? Description { get; init; }

    [Description("The project, as a whole project document: its own activities, without those delivered through the cases.")]
    public required ProjectDocumentContract Project { get; init; }

    [Description("The contributions whose money the cases commit, with their amounts where known; a commitment names one by its index in this array, so contributions are only ever added at the end.")]
    public IReadOnlyList<ContributionContract>? Contributions { get; init; }

    [Description("The rule-set versions, each a whole rule-set document with the days it is in force; no two in force on the same day.")]
    public required IReadOnlyList<RuleSetDocumentContract> RuleSets { get; init; }

    [Description("Every event of every case, in the order recorded; instants never decrease.")]
    public IReadOnlyList<CaseEventContract>? Events { get; init; }
}

/// <summary>The case-events document: events to append to a portfolio, in the order recorded.</summary>
internal sealed record CaseEventsDocumentContract() : DocumentContract(DocumentKinds.CaseEvents)
{
    [Description("The events, oldest first; read onto a portfolio, whose contributions the commitments name by index.")]
    public required IReadOnlyList<CaseEventContract> Events { get; init; }
}

/// <summary>A <see cref="Cases.Actor"/>.</summary>
internal sealed record ActorContract
{
    public required string Name { get; init; }

    public required string Role { get; init; }

    public InstitutionContract? Institution { get; init; }
}

/// <summary>One <see cref="Cases.CaseEvent"/>; <c>type</c> tells which.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = CaseEventContract.Discriminator)]
[JsonDerivedType(typeof(SubmittedEventContract), SubmittedEventContract.Type)]
[JsonDerivedType(typeof(EvaluatedEventContract), EvaluatedEventContract.Type)]
[JsonDerivedType(typeof(ReviewedEventContract), ReviewedEventContract.Type)]
[JsonDerivedType(typeof(ApprovedEventContract), ApprovedEventContract.Type)]
[JsonDerivedType(typeof(RejectedEventContract), RejectedEventContract.Type)]
[JsonDerivedType(typeof(AmendedEventContract), AmendedEventContract.Type)]
[JsonDerivedType(typeof(WithdrawnEventContract), WithdrawnEventContract.Type)]
[JsonDerivedType(typeof(CancelledEventContract), CancelledEventContract.Type)]
[JsonDerivedType(typeof(DeliveredEventContract), DeliveredEventContract.Type)]
[JsonDerivedType(typeof(ClosedEventContract), ClosedEventContract.Type)]
internal abstract record CaseEventContract
{
    public const string Discriminator = "type";

    [Description("The case: its request's identifier.")]
    public required string CaseId { get; init; }

    [Form(ValueForm.Instant)]
    public required string At { get; init; }

    public required ActorContract Actor { get; init; }
}

/// <summary>A request was received: the first event of a case.</summary>
internal sealed record SubmittedEventContract : CaseEventContract
{
    public const string Type = "submitted";

    [Description("The request as received, a whole request document.")]
    public required RequestDocumentContract Request { get; init; }
}

/// <summary>The rules decided the request.</summary>
internal sealed record EvaluatedEventContract : CaseEventContract
{
    public const string Type = "evaluated";

    [Description("The decision, a whole decision document. It is not read back: the reader evaluates the case's request again with the named rule-set version, as of evaluatedOn, on the portfolio as it stood just before this event, and reports the decision if its document differs.")]
    public required DecisionDocumentContract Decision { get; init; }
}

/// <summary>A person reviewed the findings that sent the request to review.</summary>
internal sealed record ReviewedEventContract : CaseEventContract
{
    public const string Type = "reviewed";

    public required IReadOnlyList<FindingReviewContract> Findings { get; init; }
}

/// <summary>A reviewer's decision on one finding.</summary>
internal sealed record FindingReviewContract
{
    [Form(ValueForm.RuleCode)]
    public required string RuleCode { get; init; }

    public required bool Accepted { get; init; }

    [Description("Why; required when accepted.")]
    public string? Justification { get; init; }
}

/// <summary>A person approved the request and committed money of a contribution.</summary>
internal sealed record ApprovedEventContract : CaseEventContract
{
    public const string Type = "approved";

    public required CommitmentContract Commitment { get; init; }

    public string? Justification { get; init; }

    [Description("Why an ineligible decision is overridden; present only for such an approval.")]
    public string? OverrideJustification { get; init; }
}

/// <summary>A <see cref="Cases.Commitment"/>.</summary>
internal sealed record CommitmentContract
{
    [Description("The contribution the money comes from: its index (from 0) in the portfolio's contributions.")]
    [Form(ValueForm.Count)]
    public required int Contribution { get; init; }

    public required MoneyContract Amount { get; init; }

    [Description("The rate from the amount's currency into the contribution's, with its source and date; present exactly when the currencies differ.")]
    public ExchangeRateContract? ExchangeRate { get; init; }
}

/// <summary>A person refused the request.</summary>
internal sealed record RejectedEventContract : CaseEventContract
{
    public const string Type = "rejected";

    public required IReadOnlyList<string> Reasons { get; init; }
}

/// <summary>The request was changed or rescheduled before approval.</summary>
internal sealed record AmendedEventContract : CaseEventContract
{
    public const string Type = "amended";

    [Description("The request as amended, a whole request document with the case's identifier.")]
    public required RequestDocumentContract Request { get; init; }

    public required string Justification { get; init; }
}

/// <summary>The requester withdrew the request.</summary>
internal sealed record WithdrawnEventContract : CaseEventContract
{
    public const string Type = "withdrawn";

    public required string Reason { get; init; }
}

/// <summary>The approval was cancelled before delivery.</summary>
internal sealed record CancelledEventContract : CaseEventContract
{
    public const string Type = "cancelled";

    public required string Reason { get; init; }
}

/// <summary>The approved request was delivered.</summary>
internal sealed record DeliveredEventContract : CaseEventContract
{
    public const string Type = "delivered";

    [Description("The activity as it took place; its identifier is the case's.")]
    public required ActivityContract Activity { get; init; }

    [Description("What it actually cost, line by line, in one currency; absent when it cost nothing.")]
    public IReadOnlyList<CostLineContract>? ActualCosts { get; init; }
}

/// <summary>The spend was settled and the rest of the commitment released.</summary>
internal sealed record ClosedEventContract : CaseEventContract
{
    public const string Type = "closed";

    public string? Note { get; init; }
}
