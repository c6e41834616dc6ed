using System.Collections.Immutable;
using CsCheck;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Geography;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Tests.Testing;
using StAMM.Domain.Time;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class EvaluationProperties
{
    private static readonly Country[] Countries = [.. CountryGroup.WesternBalkans.Countries, Country.FromCode("HR")];

    private static readonly Gen<Scenario> GenScenario =
        Gen.Select(
            Gen.Int[0, 800],
            Gen.Int[1, 8],
            Gen.Enum<ActivityType>(),
            Gen.Int[0, 30],
            Gen.Int[0, 90_000],
            Gen.Int[0, Countries.Length - 1],
            Gen.Enum<ThematicArea>(),
            Gen.Int[0, 63])
        .Select(Gen.Bool, (t, emergency) =>
        {
            var (lead, days, type, participants, cost, country, theme, flags) = t;
            var scenario = new Scenario() with
            {
                Identifier = $"gen-{lead}-{days}-{(int)type}-{participants}-{cost}-{country}-{(int)theme}-{flags}",
                LeadDays = lead,
                DurationDays = days,
                Type = type,
                ParticipantCount = participants,
                Costs = cost == 0 ? [] : [(CostCategory.ExpertFee, cost)],
                Requester = Scenario.Ministry(Countries[Math.Min(country, 5)]),
                ParticipantCountries = [Countries[country]],
                Themes = [theme],
                Emergency = emergency,
                DeclaresNoParallelFunding = (flags & 1) != 0,
                ServesObligation = (flags & 2) != 0 ? "Strategy" : null,
                Justification = (flags & 4) != 0 ? "Needed." : null,
                OutputDesignation = (flags & 8) != 0 ? KosovoDesignation.EuropeanUnion : null,
                Attachments = (flags & 16) != 0 ? new Scenario().Attachments : [AttachmentKind.OfficialRequestLetter],
                Venue = type == ActivityType.StudyVisit || (flags & 32) != 0 ? new Scenario().Venue : Venue.Online,
            };
            return scenario;
        });

    private static int Rank(DecisionKind kind) => kind switch
    {
        DecisionKind.Eligible => 0,
        DecisionKind.NeedsReview => 1,
        _ => 2,
    };

    [Fact]
    public void Adding_a_blocking_rule_never_turns_an_ineligible_decision_into_an_eligible_one()
    {
        var genRule = Gen.Select(Gen.Enum<OutcomeStatus>(), Gen.Int[0, 6], (status, stage) => (EligibilityRule)new FixedRule(status, (RuleStage)(stage + 1)));
        Gen.Select(GenScenario, genRule).Sample((scenario, extra) =>
        {
            var request = scenario.Request();
            var context = scenario.Context();
            var before = new Evaluator(StammRuleSet.Default).Evaluate(request, context).Kind;
            var withRule = RuleSet.Create("more", "1", new LocalDate(2018, 12, 1), null, [.. StammRuleSet.Default.Rules, extra]).OrThrow();
            var after = new Evaluator(withRule).Evaluate(request, context).Kind;
            return Rank(after) >= Rank(before) && (before != DecisionKind.Ineligible || after == DecisionKind.Ineligible);
        }, iter: 200);
    }

    [Fact]
    public void Evaluation_does_not_depend_on_the_order_of_the_rules()
    {
        Gen.Select(GenScenario, Gen.Int.Array[24]).Sample((scenario, keys) =>
        {
            var shuffled = StammRuleSet.Default.Rules.Select((rule, i) => (rule, key: keys[i])).OrderBy(p => p.key).Select(p => p.rule);
            var reordered = RuleSet.Create(StammRuleSet.Name, StammRuleSet.Version, new LocalDate(2018, 12, 1), null, shuffled).OrThrow();
            var a = scenario.Evaluate();
            var b = scenario.Evaluate(reordered);
            return a.Kind == b.Kind && a.Outcomes.SequenceEqual(b.Outcomes);
        }, iter: 100);
    }

    [Fact]
    public void Evaluation_does_not_depend_on_the_order_of_the_activities()
    {
        var activities = Enumerable.Range(0, 60).Select(i => Activity.Create(
            $"act-{i}", (ActivityType)(i % 7 + 1), "existing", ActivityPeriod.Exact(new LocalDate(2025, 5, 1).PlusDays(i * 3), new LocalDate(2025, 5, 2).PlusDays(i * 3)),
            beneficiaries: [i % 2 == 0 ? Scenario.MinistryOfSecurity : Scenario.Ministry(CountryGroup.WesternBalkans.Countries[i % 6])]).OrThrow()).ToArray();
        Gen.Select(GenScenario, Gen.Int.Array[activities.Length]).Sample((scenario, keys) =>
        {
            var shuffled = activities.Select((a, i) => (a, key: keys[i])).OrderBy(p => p.key).Select(p => p.a).ToArray();
            var a = (scenario with { ExistingActivities = activities }).Evaluate();
            var b = (scenario with { ExistingActivities = shuffled }).Evaluate();
            return a.Kind == b.Kind && a.Outcomes.Select(o => (o.Code, o.Status, o.Evidence)).SequenceEqual(b.Outcomes.Select(o => (o.Code, o.Status, o.Evidence)));
        }, iter: 100);
    }

    [Fact]
    public void Evaluating_in_parallel_gives_the_same_decisions_as_sequentially()
    {
        var scenarios = GenScenario.Array[400].Single();
        var context = new Scenario().Context();
        var requests = scenarios.Select(s => s.Request()).ToArray();
        var evaluator = new Evaluator(StammRuleSet.Default);

        var sequential = requests.Select(r => evaluator.Evaluate(r, context)).ToArray();
        var parallel = new Decision[requests.Length];
        Parallel.For(0, requests.Length, i => parallel[i] = evaluator.Evaluate(requests[i], context));

        for (var i = 0; i < requests.Length; i++)
        {
            parallel[i].Kind.Should().Be(sequential[i].Kind);
            parallel[i].Outcomes.Should().Equal(sequential[i].Outcomes);
        }
    }

    private sealed class FixedRule(OutcomeStatus status, RuleStage stage)
        : EligibilityRule("X-FIXED", "Fixed", Severity.Blocks, stage, new SourceReference("test"))
    {
        public override string Kind => "fixed";

        public override ImmutableArray<RuleParameter> Parameters => [];

        public override RuleOutcome Evaluate(in EvaluationInput input) => new(this, status, default);
    }
}
