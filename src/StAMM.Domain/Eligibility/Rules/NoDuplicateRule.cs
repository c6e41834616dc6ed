using System.Collections.Immutable;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>REQ-NO-DUPLICATE</c>: no other open or approved request of the requester, and no existing activity benefiting
/// it, overlaps the request: dates that overlap, and a theme in common or the same activity type. Warns when more than
/// <see cref="ToleratedOverlaps"/> are found.
/// </summary>
/// <remarks>
/// <para>The same definition holds for requests and activities: an approved workshop on asylum overlaps a training
/// request on asylum for the same institution and days (a common theme), and so does an approved training on another
/// theme (the same type). An activity whose themes are not known matches on its type only.</para>
/// <para>The check uses the context's index (by institution, then by date), so it costs about the same against 100 000
/// existing activities as against 1 000.</para>
/// <para>Evidence: expected = the tolerated number; actual = the overlaps found; detail = how many of them are requests.
/// Immutable value.</para>
/// </remarks>
public sealed class NoDuplicateRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "REQ-NO-DUPLICATE";

    private static readonly RuleParameterDeclaration<int> ToleratedOverlapsParameter = RuleParameterDeclaration.WholeNumber("toleratedOverlaps", "How many overlaps are tolerated.", minimum: 0);
    private static readonly RuleParameterDeclaration<RuleValue> MatchOn = RuleParameterDeclaration.Fixed("matchOn", "What an overlap matches on (fixed by the rule).", RuleValue.OfCodes(["institution", "dateOverlap", "themeOrActivityType"]));

    private NoDuplicateRule(int toleratedOverlaps)
        : base(RuleCode, "No duplicate request or activity", Severity.NeedsReview, RuleStage.Duplication, Sources.Duplicates)
    {
        ToleratedOverlaps = toleratedOverlaps;
        Parameters = [ToleratedOverlapsParameter.Of(toleratedOverlaps), MatchOn.OfFixedValue()];
    }

    /// <summary>The rule tolerating no overlap.</summary>
    public static NoDuplicateRule Default { get; } = Create().OrThrow();

    /// <summary>How many overlaps are tolerated.</summary>
    public int ToleratedOverlaps { get; }

    /// <summary>The kind <c>noDuplicate</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<NoDuplicateRule>(
        "noDuplicate",
        "No other request or activity overlaps on the same institution and dates with a shared theme or activity type.",
        [ToleratedOverlapsParameter, MatchOn],
        d => Create(d.Get(ToleratedOverlapsParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Validates and creates the rule.</summary>
    /// <param name="toleratedOverlaps">How many overlaps are tolerated; not negative.</param>
    /// <returns>The rule, or the problem (path <c>toleratedOverlaps</c>).</returns>
    public static ValidationResult<NoDuplicateRule> Create(int toleratedOverlaps = 0)
    {
        var problems = new ProblemCollector();
        problems.Add(ToleratedOverlapsParameter.ProblemWith(toleratedOverlaps));

        return problems.Finish(() => new NoDuplicateRule(toleratedOverlaps));
    }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var found = input.Context.Index.CountDuplicates(input.Request, out var requests);
        return found > ToleratedOverlaps ? Warn(ToleratedOverlaps, found, requests) : Pass(ToleratedOverlaps, found, requests);
    }

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status == OutcomeStatus.Pass
        ? "No other request or activity of the requester overlaps these dates with a common theme or the same activity type."
        : $"{Wording.Count(outcome.Evidence.Actual, "overlapping items")} of the requester found ({Wording.Count(outcome.Evidence.Detail, "open requests")}, {Wording.Count((decimal)outcome.Evidence.Actual - outcome.Evidence.Detail, "activities")}) on overlapping dates with a common theme or the same activity type; check for duplication.";

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request) =>
        Remedy.PersonDecides(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"A person checks the {Wording.Count(outcome.Evidence.Actual, "overlapping items")} for duplication (at most {ToleratedOverlaps} tolerated), or the request moves to days they do not overlap."));
}
