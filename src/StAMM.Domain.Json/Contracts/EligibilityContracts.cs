using System.ComponentModel;
using System.Text.Json.Serialization;
using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Json.Contracts;

// The contracts of rule-set and decision documents.

/// <summary>
/// A <see cref="RuleValue"/>: exactly one of <c>text</c>, <c>number</c> (with an optional <c>unit</c>), <c>date</c>,
/// <c>codes</c>, <c>flag</c> or <c>unknown</c> (with an optional <c>unit</c>); which one is present tells the kind of
/// value. An unknown is never written as a number.
/// </summary>
internal sealed record RuleValueContract
{
    public string? Text { get; init; }

    public decimal? Number { get; init; }

    public string? Unit { get; init; }

    [Form(ValueForm.Date)]
    public string? Date { get; init; }

    public IReadOnlyList<string>? Codes { get; init; }

    public bool? Flag { get; init; }

    [Form(ValueForm.UnknownMarker)]
    public bool? Unknown { get; init; }
}

/// <summary>An <see cref="Finance.ExchangeRate"/> an outcome compared amounts with.</summary>
internal sealed record ExchangeRateContract
{
    [Form(ValueForm.CurrencyCode)]
    public required string From { get; init; }

    [Form(ValueForm.CurrencyCode)]
    public required string To { get; init; }

    public required decimal Rate { get; init; }

    public required string Source { get; init; }

    [Form(ValueForm.Date)]
    public required string Date { get; init; }
}

/// <summary><see cref="SourceReference"/>.</summary>
internal sealed record SourceContract
{
    public required string Text { get; init; }

    [Form(ValueForm.Url)]
    public string? Url { get; init; }
}

/// <summary>
/// An <see cref="EligibilityRule"/>: its <c>kind</c> names the rule type, whose factory the reader calls with the
/// <c>parameters</c>; composite rules (<c>allOf</c>, <c>anyOf</c>, <c>not</c>) nest their <c>children</c>.
/// </summary>
internal sealed record RuleContract
{
    public required string Kind { get; init; }

    [Form(ValueForm.RuleCode)]
    public required string Code { get; init; }

    public required string Title { get; init; }

    [Names(typeof(Severity))]
    public required string Severity { get; init; }

    [Names(typeof(RuleStage))]
    public required string Stage { get; init; }

    public required SourceContract Source { get; init; }

    public IReadOnlyDictionary<string, RuleValueContract>? Parameters { get; init; }

    public IReadOnlyList<RuleContract>? Children { get; init; }
}

/// <summary>The rule-set document: a <see cref="RuleSet"/> with the document header.</summary>
internal sealed record RuleSetDocumentContract() : DocumentContract(DocumentKinds.RuleSet)
{
    public required string Name { get; init; }

    public required string Version { get; init; }

    [Form(ValueForm.Date)]
    public required string InForceFrom { get; init; }

    [Form(ValueForm.Date)]
    public string? InForceUntil { get; init; }

    public required IReadOnlyList<RuleContract> Rules { get; init; }
}

/// <summary>The name and version of the rule set that decided.</summary>
internal sealed record RuleSetReferenceContract
{
    public required string Name { get; init; }

    public required string Version { get; init; }
}

/// <summary>One rule's outcome in a decision's trace.</summary>
internal sealed record OutcomeContract
{
    [Form(ValueForm.RuleCode)]
    public required string Code { get; init; }

    [Names(typeof(OutcomeStatus))]
    public required string Status { get; init; }

    [Names(typeof(Severity))]
    public required string Severity { get; init; }

    [Names(typeof(RuleStage))]
    public required string Stage { get; init; }

    public required RuleValueContract Expected { get; init; }

    public required RuleValueContract Actual { get; init; }

    public ExchangeRateContract? ExchangeRate { get; init; }

    public required string Message { get; init; }

    [Description("What would satisfy the rule: present on every finding (status warn or fail), absent otherwise.")]
    public RemedyContract? Remedy { get; init; }
}

/// <summary>A <see cref="Eligibility.Remedy"/>: who acts (<c>kind</c>), what changes (<c>values</c>, by name) and the sentence (<c>text</c>).</summary>
internal sealed record RemedyContract
{
    [Description("Who acts: changeRequest (the changed request passes the rule), personDecides (a person's check settles it), outsideRequest (the project, its contributions or the rule set must change), notNamed (the rule cannot name a remedy).")]
    [Names(typeof(RemedyKind))]
    public required string Kind { get; init; }

    [Description("What changes, by name in the rule's order, such as startOnOrAfter, attach, maxParticipants or reduceCostBy; each a rule value.")]
    public IReadOnlyDictionary<string, RuleValueContract>? Values { get; init; }

    [Description("The remedy in a sentence for people.")]
    public required string Text { get; init; }
}

/// <summary>A contribution that can fund the request, with its rank.</summary>
internal sealed record DonorCandidateContract
{
    [Form(ValueForm.Positive)]
    public required int Rank { get; init; }

    public required ContributionContract Contribution { get; init; }

    public MoneyContract? Remaining { get; init; }

    public bool? IsPreferred { get; init; }
}

/// <summary>A contribution that cannot fund the request, and why.</summary>
internal sealed record DonorRejectionContract
{
    public required ContributionContract Contribution { get; init; }

    public MoneyContract? Remaining { get; init; }

    [Names(typeof(DonorRejectionReason))]
    public required string Reason { get; init; }

    public required string Message { get; init; }
}

/// <summary>The donor matching of a decision: the candidates, best first, and the rejections.</summary>
internal sealed record DonorMatchContract
{
    public IReadOnlyList<DonorCandidateContract>? Candidates { get; init; }

    public IReadOnlyList<DonorRejectionContract>? Rejections { get; init; }
}

/// <summary>The decision document: a <see cref="Decision"/> with its full trace. Written, not read.</summary>
internal sealed record DecisionDocumentContract() : DocumentContract(DocumentKinds.Decision)
{
    public required string Request { get; init; }

    [Form(ValueForm.Date)]
    public required string EvaluatedOn { get; init; }

    [Names(typeof(DecisionKind))]
    public required string Decision { get; init; }

    public required RuleSetReferenceContract RuleSet { get; init; }

    public DonorCandidateContract? SelectedContribution { get; init; }

    public required DonorMatchContract DonorMatching { get; init; }

    public required IReadOnlyList<OutcomeContract> Outcomes { get; init; }

    public KosovoDesignationContract? KosovoDesignation { get; init; }
}

