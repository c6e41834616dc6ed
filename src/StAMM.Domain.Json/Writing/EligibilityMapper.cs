using System.Collections.Immutable;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Finance;
using StAMM.Domain.Json.Contracts;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Json.Writing;

/// <summary>Turns rule sets and decisions into their contracts. Any rule, built-in or not, is written through its header and <see cref="EligibilityRule.Parameters"/>.</summary>
internal static class EligibilityMapper
{
    public static RuleSetDocumentContract Document(RuleSet set) => new()
    {
        Name = set.Name,
        Version = set.Version,
        InForceFrom = IsoText.Date(set.InForceFrom),
        InForceUntil = set.InForceUntil is { } until ? IsoText.Date(until) : null,
        Rules = [.. set.Rules.Select(Rule)],
    };

    public static RuleContract Rule(EligibilityRule rule) => new()
    {
        Kind = rule.Kind,
        Code = rule.Code,
        Title = rule.Title,
        Severity = EnumNames.Of(rule.Severity),
        Stage = EnumNames.Of(rule.Stage),
        Source = new SourceContract { Text = rule.Source.Text, Url = rule.Source.Url?.OriginalString },
        Parameters = rule is CompositeRule || rule.Parameters.IsDefaultOrEmpty
            ? null
            : Parameters(rule.Parameters),
        Children = rule is CompositeRule composite ? [.. composite.Children.Select(Rule)] : null,
    };

    /// <summary>The parameters by name, in the rule's order; a name given twice keeps its first value.</summary>
    private static OrderedMap<RuleValueContract> Parameters(ImmutableArray<RuleParameter> parameters)
    {
        var map = new Dictionary<string, RuleValueContract>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            map.TryAdd(parameter.Name, Value(parameter.Value));
        }

        return new OrderedMap<RuleValueContract>(map, [.. parameters.Select(p => p.Name).Distinct(StringComparer.Ordinal)]);
    }

    public static RuleValueContract Value(RuleValue value) => value.Kind switch
    {
        RuleValueKind.Text => new() { Text = value.Text },
        RuleValueKind.Number => new() { Number = value.Number, Unit = value.Unit },
        RuleValueKind.Date => new() { Date = IsoText.Date(value.Date!.Value) },
        RuleValueKind.Codes => new() { Codes = [.. value.Codes] },
        RuleValueKind.Unknown => new() { Unknown = true, Unit = value.Unit },
        _ => new() { Flag = value.Flag },
    };

    public static DecisionDocumentContract Document(Decision decision)
    {
        var c = decision.Case;
        var match = c.MatchDonors();
        var candidates = match.Candidates.Select(Candidate).ToImmutableArray();
        return new DecisionDocumentContract
        {
            Request = c.Request.Identifier,
            EvaluatedOn = IsoText.Date(c.EvaluatedOn),
            Decision = EnumNames.Of(c.Kind),
            RuleSet = new RuleSetReferenceContract { Name = c.RuleSetName, Version = c.RuleSetVersion },
            SelectedContribution = candidates.IsEmpty ? null : candidates[0],
            DonorMatching = new DonorMatchContract
            {
                Candidates = candidates.IsEmpty ? null : candidates,
                Rejections = match.Rejections.IsEmpty ? null : [.. match.Rejections.Select(Rejection)],
            },
            Outcomes = [.. c.Outcomes.Select(o => Outcome(o, c.Request))],
            KosovoDesignation = c.KosovoDesignation is null ? null : RequestMapper.Designation(c.KosovoDesignation),
        };
    }

    public static OutcomeContract Outcome(RuleOutcome outcome, AssistanceRequest request) => new()
    {
        Code = outcome.Code,
        Status = EnumNames.Of(outcome.Status),
        Severity = EnumNames.Of(outcome.Severity),
        Stage = EnumNames.Of(outcome.Stage),
        Expected = Value(outcome.Expected),
        Actual = Value(outcome.Actual),
        ExchangeRate = outcome.ExchangeRate is { } rate ? Rate(rate) : null,
        Message = outcome.Message,
        Remedy = outcome.RemedyFor(request) is { } remedy ? Remedy(remedy) : null,
    };

    private static RemedyContract Remedy(Remedy remedy) => new()
    {
        Kind = EnumNames.Of(remedy.Kind),
        Values = remedy.Values.IsEmpty ? null : Parameters(remedy.Values),
        Text = remedy.Text,
    };

    public static ExchangeRateContract Rate(ExchangeRate rate) => new()
    {
        From = rate.From.Code,
        To = rate.To.Code,
        Rate = rate.Rate,
        Source = rate.Source,
        Date = IsoText.Date(rate.Date),
    };

    private static DonorCandidateContract Candidate(DonorCandidate candidate) => new()
    {
        Rank = candidate.Rank,
        Contribution = ContractMapper.Contribution(candidate.Balance.Contribution),
        Remaining = Remaining(candidate.Balance),
        IsPreferred = candidate.IsPreferred ? true : null,
    };

    private static DonorRejectionContract Rejection(DonorRejection rejection) => new()
    {
        Contribution = ContractMapper.Contribution(rejection.Balance.Contribution),
        Remaining = Remaining(rejection.Balance),
        Reason = EnumNames.Of(rejection.Reason),
        Message = rejection.Message,
    };

    private static MoneyContract? Remaining(ContributionBalance balance) => balance.Remaining is null ? null : ContractMapper.Money(balance.Remaining);
}

/// <summary>A read-only dictionary that enumerates in a given key order, so parameters are written in the rule's order.</summary>
internal sealed class OrderedMap<TValue>(IReadOnlyDictionary<string, TValue> inner, ImmutableArray<string> order) : IReadOnlyDictionary<string, TValue>
{
    public TValue this[string key] => inner[key];

    public IEnumerable<string> Keys => order;

    public IEnumerable<TValue> Values => order.Select(k => inner[k]);

    public int Count => order.Length;

    public bool ContainsKey(string key) => inner.ContainsKey(key);

    public bool TryGetValue(string key, out TValue value) => inner.TryGetValue(key, out value!);

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => order.Select(k => new KeyValuePair<string, TValue>(k, inner[k])).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
