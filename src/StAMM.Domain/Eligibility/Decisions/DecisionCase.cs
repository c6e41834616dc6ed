using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using NodaTime;
using NodaTime.Text;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Eligibility;

/// <summary>
/// What every case of a <see cref="Decision"/> carries: the full trace (every rule's outcome, ordered by stage then
/// code, so admissibility comes first), the rule set and version that decided, the request, and the day of evaluation.
/// </summary>
/// <remarks>Immutable and thread-safe. Messages are formatted when read, not during evaluation.</remarks>
public abstract class DecisionCase
{
    private readonly RuleOutcome[] _outcomes;
    private const string KosovoName = "Kosovo";

    private readonly int _bestContribution;

    private protected DecisionCase(RuleSet ruleSet, RuleOutcome[] outcomes, AssistanceRequest request, EvaluationContext context, LocalDate evaluatedOn, int bestContribution)
    {
        RuleSet = ruleSet;
        _outcomes = outcomes;
        Request = request;
        Context = context;
        EvaluatedOn = evaluatedOn;
        _bestContribution = bestContribution;
    }

    /// <summary>Which decision this is.</summary>
    public abstract DecisionKind Kind { get; }

    /// <summary>The rule set that decided.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>The name of the rule set that decided.</summary>
    public string RuleSetName => RuleSet.Name;

    /// <summary>The version of the rule set that decided.</summary>
    public string RuleSetVersion => RuleSet.Version;

    /// <summary>Every rule's outcome, ordered by stage, then code: admissibility first.</summary>
    public ImmutableArray<RuleOutcome> Outcomes => ImmutableCollectionsMarshal.AsImmutableArray(_outcomes);

    /// <summary>The outcomes that warn or fail, in trace order.</summary>
    public ImmutableArray<RuleOutcome> Findings => [.. _outcomes.Where(o => o.IsFinding)];

    /// <summary>The request.</summary>
    public AssistanceRequest Request { get; }

    /// <summary>The context it was evaluated in.</summary>
    public EvaluationContext Context { get; }

    /// <summary>The day of evaluation.</summary>
    public LocalDate EvaluatedOn { get; }

    /// <summary>Whether the decision names Kosovo: its request involves Kosovo (requester, beneficiaries or
    /// participants) or names it in its title, or a finding's message names it.</summary>
    public bool NamesKosovo =>
        Request.InvolvesKosovo
        || Request.Title.Contains(KosovoName, StringComparison.Ordinal)
        || _outcomes.Any(o => o.Message.Contains(KosovoName, StringComparison.Ordinal));

    /// <summary>The designation the decision carries, once, because it names Kosovo: the context's
    /// <see cref="EvaluationContext.KosovoDesignation"/>; <see langword="null"/> when the decision does not name Kosovo.</summary>
    public KosovoDesignation? KosovoDesignation => NamesKosovo ? Context.KosovoDesignation : null;

    /// <summary>The first-ranked contribution that can fund the request (see <see cref="DonorMatch"/>), or <see langword="null"/>.</summary>
    public ContributionBalance? SelectedContribution => _bestContribution < 0 ? null : Context.BalanceArray[_bestContribution];

    /// <summary>Finds the outcome of a rule by code.</summary>
    /// <param name="code">A rule code.</param>
    /// <returns>The outcome, or <see langword="null"/> when the set has no such rule.</returns>
    public RuleOutcome? OutcomeOf(string code)
    {
        foreach (var outcome in _outcomes)
        {
            if (outcome.Code == code)
            {
                return outcome;
            }
        }

        return null;
    }

    /// <summary>Ranks every contribution of the context for this request, with the reason each other one cannot fund it.</summary>
    /// <returns>The match.</returns>
    public DonorMatch MatchDonors() => DonorMatch.For(Request, Context);

    /// <summary>Returns the decision and the trace, one outcome a line, and, when it names Kosovo, the designation and
    /// its footnote once at the end (<c>Kosovo*: This designation ...</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Kind).Append(": ").Append(Request.Identifier).Append(" by ").Append(RuleSet.Name).Append(' ').Append(RuleSet.Version)
            .Append(" on ").Append(LocalDatePattern.Iso.Format(EvaluatedOn)).AppendLine();
        foreach (var outcome in _outcomes)
        {
            text.Append("  ").Append(outcome.Stage).Append(' ').Append(outcome.Code).Append(' ').Append(outcome.Status).Append(": ").AppendLine(outcome.Message);
        }

        if (KosovoDesignation is { } designation)
        {
            text.Append(designation.DisplayName(Country.Kosovo)).Append(": ").AppendLine(designation.Footnote);
        }

        return text.ToString();
    }
}
