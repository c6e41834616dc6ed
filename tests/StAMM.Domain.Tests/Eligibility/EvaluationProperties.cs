using System.Collections.Immutable;
using CsCheck;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Geography;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Organisations;
using StAMM.Domain.Testing;
using StAMM.Domain.Time;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class EvaluationProperties
{
    // StAMM-like requests from StAMM.Domain.Testing, evaluated in its default context: every kind of decision occurs.
    private static readonly Gen<AssistanceRequest> GenRequest = Generate.Request.StammLike;

    private static readonly EvaluationContext Context = An.EvaluationContext.BuildValid();

    private static int Rank(DecisionKind kind) => kind switch
    {
        DecisionKind.Eligible => 0,
        DecisionKind.NeedsReview => 1,
        _ => 2,
    };

    [Fact]
    public void Adding_a_blocking_rule_never_turns_an_ineligible_decision_into_an_eligible_one()
    {
        var genRule = Gen.Select(Gen.Enum<OutcomeStatus>(), Gen.Int[0, 6], (status, stage) => (EligibilityRule)new FixedOutcomeRule("X-FIXED", status, (RuleStage)(stage + 1)));
        Gen.Select(GenRequest, genRule).Sample((request, extra) =>
        {
            var before = new Evaluator(StammRuleSet.Default).Evaluate(request, Context).Kind;
            var withRule = RuleSet.Create("more", "1", new LocalDate(2018, 12, 1), null, [.. StammRuleSet.Default.Rules, extra]).OrThrow();
            var after = new Evaluator(withRule).Evaluate(request, Context).Kind;
            return Rank(after) >= Rank(before) && (before != DecisionKind.Ineligible || after == DecisionKind.Ineligible);
        }, iter: 200);
    }

    [Fact]
    public void Evaluation_does_not_depend_on_the_order_of_the_rules()
    {
        Gen.Select(GenRequest, Gen.Int.Array[StammRuleSet.Default.Rules.Length]).Sample((request, keys) =>
        {
            var shuffled = StammRuleSet.Default.Rules.Select((rule, i) => (rule, key: keys[i])).OrderBy(p => p.key).Select(p => p.rule);
            var reordered = RuleSet.Create(StammRuleSet.Name, StammRuleSet.Version, new LocalDate(2018, 12, 1), null, shuffled).OrThrow();
            var a = new Evaluator(StammRuleSet.Default).Evaluate(request, Context);
            var b = new Evaluator(reordered).Evaluate(request, Context);
            return a.Kind == b.Kind && a.Outcomes.SequenceEqual(b.Outcomes);
        }, iter: 100);
    }

    [Fact]
    public void Evaluation_does_not_depend_on_the_order_of_the_activities()
    {
        var activities = Enumerable.Range(0, 60).Select(i => Activity.Create(
            $"act-{i}", (ActivityType)(i % 7 + 1), "existing", ActivityPeriod.Exact(RequestBuilder.DefaultSubmissionDate.PlusDays(60 + i * 3), RequestBuilder.DefaultSubmissionDate.PlusDays(61 + i * 3)),
            beneficiaries: [i % 2 == 0 ? Stamm.MinistryOfSecurityOfBosniaAndHerzegovina : Ministry(CountryGroup.WesternBalkans.Countries[i % 6])]).OrThrow()).ToArray();
        Gen.Select(GenRequest, Gen.Int.Array[activities.Length]).Sample((request, keys) =>
        {
            var shuffled = activities.Select((a, i) => (a, key: keys[i])).OrderBy(p => p.key).Select(p => p.a).ToArray();
            var a = An.EvaluationContext.WithActivities(activities).Evaluate(request);
            var b = An.EvaluationContext.WithActivities(shuffled).Evaluate(request);
            return a.Kind == b.Kind && a.Outcomes.Select(o => (o.Code, o.Status, o.Evidence)).SequenceEqual(b.Outcomes.Select(o => (o.Code, o.Status, o.Evidence)));
        }, iter: 100);
    }

    [Fact]
    public void Evaluating_in_parallel_gives_the_same_decisions_as_sequentially()
    {
        var requests = GenRequest.Array[400].Single();
        var evaluator = new Evaluator(StammRuleSet.Default);

        var sequential = requests.Select(r => evaluator.Evaluate(r, Context)).ToArray();
        var parallel = new Decision[requests.Length];
        Parallel.For(0, requests.Length, i => parallel[i] = evaluator.Evaluate(requests[i], Context));

        for (var i = 0; i < requests.Length; i++)
        {
            parallel[i].Kind.Should().Be(sequential[i].Kind);
            parallel[i].Outcomes.Should().Equal(sequential[i].Outcomes);
        }
    }

    private static Institution Ministry(Country country) => Institution.Create("Ministry of the Interior", country, InstitutionType.Ministry).OrThrow();
}
