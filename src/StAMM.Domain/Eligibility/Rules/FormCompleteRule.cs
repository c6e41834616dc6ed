using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// <c>ADM-FORM-COMPLETE</c>: the fields the form requires are filled, and the request is in a working language. (A
/// request's well-formedness, such as an end after the start, is already guaranteed by its factory.)
/// </summary>
/// <remarks>Evidence: expected = the required fields as a bit mask; actual = the missing ones as a bit mask (bit 0 =
/// not in a working language). Immutable value.</remarks>
public sealed class FormCompleteRule : EligibilityRule
{
    /// <summary>The rule's code.</summary>
    public const string RuleCode = "ADM-FORM-COMPLETE";

    private static readonly RuleParameterDeclaration<ImmutableArray<FormField>> RequiredFieldsParameter = RuleParameterDeclaration.Names<FormField>("requiredFields", "The fields the request fills in.");
    private static readonly RuleParameterDeclaration<ImmutableArray<string>> WorkingLanguagesParameter = RuleParameterDeclaration.CodeList("workingLanguages", "The working languages (ISO 639-1 codes); empty for any.");

    private readonly int _required;

    private FormCompleteRule(ImmutableSortedSet<FormField> required, ImmutableArray<string> languages)
        : base(RuleCode, "Request form complete", Severity.Blocks, RuleStage.Admissibility, Sources.Completeness)
    {
        RequiredFields = required;
        WorkingLanguages = languages;
        _required = RuleMath.Mask(required);
        Parameters = [RequiredFieldsParameter.Of([.. required]), WorkingLanguagesParameter.Of(languages)];
    }

    /// <summary>The rule requiring venue, participants (count and countries), costs, the obligation served and the language, in English.</summary>
    public static FormCompleteRule Default { get; } = Create(
        [FormField.Venue, FormField.ParticipantCount, FormField.ParticipantCountries, FormField.Costs, FormField.ServesObligation, FormField.Language],
        ["en"]);

    /// <summary>The required fields.</summary>
    public ImmutableSortedSet<FormField> RequiredFields { get; }

    /// <summary>The working languages (two-letter codes); empty for any.</summary>
    public ImmutableArray<string> WorkingLanguages { get; }

    /// <summary>The kind <c>formComplete</c>: its parameters, declared once, and how a rule of it is made.</summary>
    public static RuleKind Declaration { get; } = RuleKind.Create<FormCompleteRule>(
        "formComplete",
        "The request form has every required field, in a working language.",
        [RequiredFieldsParameter, WorkingLanguagesParameter],
        d => Create(d.Get(RequiredFieldsParameter), d.Get(WorkingLanguagesParameter)), () => Default);

    /// <inheritdoc />
    public override string Kind => Declaration.Name;

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>Creates the rule.</summary>
    /// <param name="requiredFields">The required fields.</param>
    /// <param name="workingLanguages">The working languages; empty for any.</param>
    /// <returns>The rule.</returns>
    public static FormCompleteRule Create(IEnumerable<FormField> requiredFields, IEnumerable<string> workingLanguages) =>
        new(Guard.Against.NullElements(Guard.Against.Null(requiredFields)).ToImmutableSortedSet(), Guard.Against.NullElements(Guard.Against.Null(workingLanguages)));

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var request = input.Request;
        var missing = 0;
        missing |= request.Venue is null ? 1 << (int)FormField.Venue : 0;
        missing |= request.Participants.Count is null ? 1 << (int)FormField.ParticipantCount : 0;
        missing |= request.Participants.Countries.IsEmpty ? 1 << (int)FormField.ParticipantCountries : 0;
        missing |= request.Costs.IsEmpty ? 1 << (int)FormField.Costs : 0;
        missing |= request.ServesObligation is null ? 1 << (int)FormField.ServesObligation : 0;
        missing |= request.Language is null ? 1 << (int)FormField.Language : 0;
        missing |= request.Contact.Phone is null ? 1 << (int)FormField.ContactPhone : 0;
        missing &= _required;
        if (request.Language is { } language && !WorkingLanguages.IsEmpty)
        {
            var known = false;
            foreach (var working in WorkingLanguages)
            {
                known |= string.Equals(working, language, StringComparison.Ordinal);
            }

            missing |= known ? 0 : 1;
        }

        return missing == 0 ? Pass(_required, 0) : Fail(_required, missing);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => RuleMath.Names<FormField>(outcome.Evidence.Expected);

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome)
    {
        var names = RuleMath.Names<FormField>(outcome.Evidence.Actual & ~1L);
        return (outcome.Evidence.Actual & 1) == 0 ? names : RuleValue.OfNameCodes([.. names.Codes, "workingLanguage"]);
    }

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status == OutcomeStatus.Pass
        ? "The request form is complete."
        : (outcome.Evidence.Actual & 1) == 0 || WorkingLanguages.IsEmpty
            ? $"The request form is incomplete; missing: {DescribeActual(outcome)}."
            : $"The request form is incomplete; missing: {DescribeActual(outcome)} (working languages: {string.Join(", ", WorkingLanguages)}).";

    /// <inheritdoc />
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request)
    {
        var fields = RuleMath.Names<FormField>(outcome.Evidence.Actual & ~1L);
        var inLanguage = (outcome.Evidence.Actual & 1) != 0 && !WorkingLanguages.IsEmpty;
        var languages = RuleValue.OfCodes(WorkingLanguages);
        return (fields.Codes.IsEmpty, inLanguage) switch
        {
            (false, false) => Remedy.ChangeRequest($"Fill in {fields}.", new RuleParameter("fill", fields)),
            (true, true) => Remedy.ChangeRequest($"Write the request in a working language ({languages}).", new RuleParameter("language", languages)),
            (false, true) => Remedy.ChangeRequest(
                $"Fill in {fields}, and write the request in a working language ({languages}).", new RuleParameter("fill", fields), new RuleParameter("language", languages)),
            _ => Remedy.NotNamed("No remedy can be named: the finding names no missing field."),
        };
    }
}
