using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime.Text;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// Decides requests: runs every rule of a <see cref="RuleSet"/> on a request in its <see cref="EvaluationContext"/>
/// and returns a <see cref="Decision"/> with the full trace.
/// </summary>
/// <remarks>
/// <para>The decision: any <see cref="OutcomeStatus.Fail"/> of a <see cref="Severity.Blocks"/> rule makes the request
/// <see cref="Ineligible"/>; otherwise any failure or warning of a <see cref="Severity.Blocks"/> or
/// <see cref="Severity.NeedsReview"/> rule sends it to <see cref="NeedsReview"/>; otherwise it is
/// <see cref="Eligible"/>. <see cref="Severity.Advisory"/> findings stay in the trace only. So adding a blocking rule
/// can never turn an ineligible request eligible.</para>
/// <para>When the request prefers a donor that has a <see cref="DonorRuleLayer"/>, the donor's rules are layered on
/// the project's (computed once, here). The set used must be in force on the request's submission day and on the day
/// of evaluation, and that day must not lie before the submission: a caller that chooses such a day gets an
/// <see cref="ArgumentException"/> naming both days.</para>
/// <para>Pure and thread-safe: one evaluator serves any number of threads. An evaluation allocates the decision, its
/// case and one array of outcomes; it formats no text.</para>
/// </remarks>
public sealed class Evaluator
{
    private readonly (Organisations.Donor Donor, RuleSet Rules)[] _layered;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="ruleSet">The project's rule set.</param>
    /// <param name="donorLayers">Donors' own rules, if any; one layer per donor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    /// <exception cref="ArgumentException">A layer is null, a donor has two layers, or a layer is never in force together with the project's set.</exception>
    public Evaluator(RuleSet ruleSet, IEnumerable<DonorRuleLayer>? donorLayers = null)
    {
        RuleSet = Guard.Against.Null(ruleSet);
        DonorLayers = Guard.Against.NullElements(donorLayers);
        _layered = new (Organisations.Donor, RuleSet)[DonorLayers.Length];
        for (var i = 0; i < DonorLayers.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (DonorLayers[j].Donor == DonorLayers[i].Donor)
                {
                    throw new ArgumentException($"{DonorLayers[i].Donor.Name} has more than one layer.", nameof(donorLayers));
                }
            }

            var layered = ruleSet.Layer(DonorLayers[i].Rules);
            _layered[i] = (DonorLayers[i].Donor, layered.IsValid
                ? layered.OrThrow()
                : throw new ArgumentException($"The layer for {DonorLayers[i].Donor.Name} cannot be put on {ruleSet}: {layered}", nameof(donorLayers)));
        }
    }

    /// <summary>The project's rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The donors' layers.</summary>
    public ImmutableArray<DonorRuleLayer> DonorLayers { get; }

    /// <summary>The rule set that decides a request: the project's, with the preferred donor's layer on top if there is one.</summary>
    /// <param name="request">A request.</param>
    /// <returns>The rule set.</returns>
    public RuleSet RuleSetFor(AssistanceRequest request)
    {
        Guard.Against.Null(request);
        if (request.PreferredDonor is { } donor)
        {
            foreach (var (layerDonor, rules) in _layered)
            {
                if (layerDonor == donor)
                {
                    return rules;
                }
            }
        }

        return RuleSet;
    }

    /// <summary>Evaluates a request on the context's day of evaluation.</summary>
    /// <param name="request">The request.</param>
    /// <param name="context">The context.</param>
    /// <returns>The decision with its trace.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The context's day of evaluation lies before the request's submission day, or
    /// the rule set is not in force on the submission day or on the day of evaluation.</exception>
    /// <exception cref="InvalidOperationException">A custom rule returned an outcome of another rule.</exception>
    public Decision Evaluate(AssistanceRequest request, EvaluationContext context)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(context);
        var today = context.Today;
        EvaluationInput.NotBeforeSubmission(request, today, nameof(context));
        var set = RuleSetFor(request);
        if (!set.IsInForceOn(request.SubmittedOn))
        {
            throw new ArgumentException($"{set} is not in force on {LocalDatePattern.Iso.Format(request.SubmittedOn)}, when {request.Identifier} was submitted.", nameof(request));
        }

        if (!set.IsInForceOn(today))
        {
            throw new ArgumentException($"{set} is not in force on {LocalDatePattern.Iso.Format(today)}, the day {request.Identifier} would be evaluated as of.", nameof(context));
        }

        var input = new EvaluationInput(request, context, today);
        var rules = set.RuleArray;
        var outcomes = new RuleOutcome[rules.Length];
        var worst = DecisionKind.Eligible;
        for (var i = 0; i < rules.Length; i++)
        {
            var rule = rules[i];
            var outcome = rule.Evaluate(in input);
            if (!ReferenceEquals(outcome.Rule, rule))
            {
                throw new InvalidOperationException($"The rule {rule.Code} returned an outcome of {outcome.Rule?.Code ?? "no rule"}.");
            }

            outcomes[i] = outcome;
            var effect = RuleOutcome.EffectOf(outcome.Status, rule.Severity);
            if (effect > worst)
            {
                worst = effect;
            }
        }

        var best = input.Donors.Best;
        return worst switch
        {
            DecisionKind.Eligible => new Eligible(set, outcomes, request, context, input.Today, best),
            DecisionKind.NeedsReview => new NeedsReview(set, outcomes, request, context, input.Today, best),
            _ => new Ineligible(set, outcomes, request, context, input.Today, best),
        };
    }
}
