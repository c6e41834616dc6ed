#region usings
using System.Collections.Immutable;
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Json;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;
#endregion

namespace StAMM.Domain.Guides;

#region rule
public sealed class MaxTitleLengthRule(int maxCharacters)
    : EligibilityRule("X-TITLE-LENGTH", "Title fits on a certificate", Severity.NeedsReview, RuleStage.Reporting,
                      new SourceReference("House style"))
{
    public override string Kind => "maxTitleLength";

    public override ImmutableArray<RuleParameter> Parameters { get; } =
        [new("maxCharacters", RuleValue.OfNumber(maxCharacters, "characters"))];

    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var length = input.Request.Title.Length;
        return length <= maxCharacters ? Pass(maxCharacters, length) : Warn(maxCharacters, length);
    }

    public override string Explain(in RuleOutcome outcome) => outcome.Status == OutcomeStatus.Pass
        ? "The title fits."
        : $"The title has {outcome.Evidence.Actual} characters; at most {outcome.Evidence.Expected} fit on a certificate.";
}
#endregion

#region declared
public sealed class TitleWordsRule : EligibilityRule
{
    private static readonly RuleParameterDeclaration<int> MaxWords =
        RuleParameterDeclaration.WholeNumber("maxWords", "The most words a request's title has.", unit: "words", minimum: 1);

    private readonly int _maxWords;

    private TitleWordsRule(int maxWords)
        : base("X-TITLE-WORDS", "Title in few words", Severity.Advisory, RuleStage.Reporting, new SourceReference("House style"))
    {
        _maxWords = maxWords;
        Parameters = [MaxWords.Of(maxWords)];
    }

    public static RuleKind Declaration { get; } = RuleKind.Create<TitleWordsRule>(
        "maxTitleWords", "The request's title has at most so many words.", [MaxWords], d => Create(d.Get(MaxWords)));

    public override string Kind => Declaration.Name;

    public override ImmutableArray<RuleParameter> Parameters { get; }

    public static ValidationResult<TitleWordsRule> Create(int maxWords) => MaxWords.ProblemWith(maxWords) is { } outOfRange
        ? new ValidationFailure([outOfRange])
        : new TitleWordsRule(maxWords);

    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        var words = input.Request.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= _maxWords ? Pass(_maxWords, words) : Warn(_maxWords, words);
    }
}
#endregion

/// <summary>docs/guides/custom-rule.md: a rule of your own, in the trace and in rule-set documents.</summary>
public static class CustomRule
{
    /// <summary>Evaluates a request with the built-in set plus the house-style rule.</summary>
    public static Decision Evaluate(AssistanceRequest request, EvaluationContext context)
    {
        #region use
        var rules = RuleSet.Create("StAMM + house style", "2026.1-h1", new LocalDate(2018, 12, 1), null,
            [.. StammRuleSet.Default.Rules, new MaxTitleLengthRule(60)]).OrThrow();
        var decision = new Evaluator(rules).Evaluate(request, context);
        #endregion
        return decision;
    }

    /// <summary>Writes a set holding the rule: nothing to register.</summary>
    public static string Write()
    {
        #region write
        var set = RuleSet.Create("House style", "1", new LocalDate(2026, 1, 1), null, [new MaxTitleLengthRule(60)]).OrThrow();
        var json = StammJson.WriteRuleSet(set);
        #endregion
        return json;
    }

    /// <summary>Reads a set holding the rule: the kind is registered with a reader that calls the rule's constructor.</summary>
    public static ValidationResult<RuleSet> Read(string json)
    {
        #region read
        var options = new JsonReadOptions
        {
            RuleKinds = StammRuleSet.Kinds.With("maxTitleLength", d =>
                d.Parameter("maxCharacters") is { Number: { } n } && n >= 1
                    ? new MaxTitleLengthRule((int)n)
                    : new ValidationFailure(ProblemCodes.OutOfRange, "parameters.maxCharacters", "At least one character.")),
        };
        var rules = StammJson.ReadRuleSet(json, options);
        #endregion
        return rules;
    }

    /// <summary>Reads a set holding a declared kind, and gives the schema that types its parameters.</summary>
    public static (ValidationResult<RuleSet> Rules, string Schema) ReadDeclared(string json)
    {
        #region register
        var kinds = StammRuleSet.Kinds.With(TitleWordsRule.Declaration);
        var rules = StammJson.ReadRuleSet(json, new JsonReadOptions { RuleKinds = kinds });
        var schema = StammJson.RuleSetSchema(kinds);
        #endregion
        return (rules, schema);
    }
}
