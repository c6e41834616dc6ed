using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility.Rules;

/// <summary>
/// A rule made of other rules (<see cref="AllOfRule"/>, <see cref="AnyOfRule"/>, <see cref="NotRule"/>). Its outcome is
/// one entry in the trace; which children found something is kept in its evidence.
/// </summary>
/// <remarks>Evidence: expected = the number of children; actual = how many passed; detail = a bit mask of the children
/// that warned or failed. A composite holds at most <see cref="MaxChildren"/> children. Immutable value.</remarks>
public abstract class CompositeRule : EligibilityRule
{
    /// <summary>The most children a composite holds.</summary>
    public const int MaxChildren = 31;

    private readonly EligibilityRule[] _children;

    private protected CompositeRule(string code, string title, Severity severity, RuleStage stage, SourceReference source, ImmutableArray<EligibilityRule> children)
        : base(code, title, severity, stage, source)
    {
        Children = children;
        _children = [.. children];
        Parameters = [RuleKind.CompositeRules.Of(RuleValue.OfCodes(children.Select(c => c.Code)))];
    }

    /// <summary>The children, in the given order.</summary>
    public ImmutableArray<EligibilityRule> Children { get; }

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters { get; }

    /// <inheritdoc />
    public override RuleOutcome Evaluate(in EvaluationInput input)
    {
        int pass = 0, warn = 0, fail = 0, findings = 0;
        for (var i = 0; i < _children.Length; i++)
        {
            switch (_children[i].Evaluate(in input).Status)
            {
                case OutcomeStatus.Pass:
                    pass++;
                    break;
                case OutcomeStatus.Warn:
                    warn++;
                    findings |= 1 << i;
                    break;
                case OutcomeStatus.Fail:
                    fail++;
                    findings |= 1 << i;
                    break;
            }
        }

        var status = Combine(pass, warn, fail);
        return new RuleOutcome(this, status, _children.Length, pass, findings);
    }

    /// <inheritdoc />
    public override RuleValue DescribeExpected(in RuleOutcome outcome) => Parameters[0].Value;

    /// <inheritdoc />
    public override RuleValue DescribeActual(in RuleOutcome outcome)
    {
        var findings = outcome.Evidence.Detail;
        var codes = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < _children.Length; i++)
        {
            if ((findings & (1 << i)) != 0)
            {
                codes.Add(_children[i].Code);
            }
        }

        return RuleValue.OfCodes(codes.ToImmutable());
    }

    /// <inheritdoc />
    public override string Explain(in RuleOutcome outcome) => outcome.Status switch
    {
        OutcomeStatus.Pass => $"{Title}: met.",
        OutcomeStatus.NotApplicable => $"{Title}: does not apply.",
        _ => $"{Title}: not met; findings of {DescribeActual(outcome)}.",
    };

    /// <inheritdoc />
    /// <remarks>A composite names no remedy of its own: its children's findings each have theirs.</remarks>
    public override Remedy DescribeRemedy(in RuleOutcome outcome, AssistanceRequest request) =>
        Remedy.NotNamed($"No single remedy can be named for {Code}; evaluate its rules ({Parameters[0].Value}) on their own for theirs.");

    /// <summary>Combines the children's statuses (the not-applicable ones are not counted).</summary>
    /// <param name="pass">Children that passed.</param>
    /// <param name="warn">Children that warned.</param>
    /// <param name="fail">Children that failed.</param>
    /// <returns>The composite's status.</returns>
    private protected abstract OutcomeStatus Combine(int pass, int warn, int fail);

    /// <summary>Checks a composite's header and children.</summary>
    private protected static ImmutableArray<EligibilityRule> Check(ProblemCollector problems, string? code, string? title, IEnumerable<EligibilityRule> children)
    {
        var list = Guard.Against.NullElements(Guard.Against.Null(children));
        if (!IsCode(code))
        {
            problems.Add(ProblemCodes.InvalidFormat, "code", "A rule code holds upper-case letters, digits and '-'.");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Add(ProblemCodes.Required, "title", "A title is required.");
        }

        if (list.IsEmpty || list.Length > MaxChildren)
        {
            problems.Add(ProblemCodes.OutOfRange, "children", $"Between 1 and {MaxChildren} child rules; {list.Length} were given.");
        }

        problems.AddDuplicates(list.AsSpan(), r => r.Code, "children", (r, _) => $"The code {r.Code} is used twice.");

        return list;
    }
}
