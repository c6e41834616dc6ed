using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Benchmarks;

/// <summary>
/// Large portfolios built deterministically, without sampling: case k is a workshop request of one of the six
/// ministries, submitted k minutes after 2 March 2026; every case is evaluated (eligible), every second one
/// approved, every fourth delivered, every eighth closed, so a case has 2.9 events on average. The contributions'
/// amounts are invented for the benchmark (EUR and CHF 2 000 000 000), large enough for every commitment.
/// </summary>
internal static class PortfolioFixture
{
    public static readonly Contribution Czech =
        Contribution.Create(Stamm.CzechMinistryOfTheInterior, amount: Money.Of(2_000_000_000m, Currency.Eur)).OrThrow();

    public static readonly Contribution Swiss =
        Contribution.Create(Stamm.StateSecretariatForMigration, amount: Money.Of(2_000_000_000m, Currency.Chf)).OrThrow();

    public static readonly RuleSet Rules = StammRuleSet.Default;

    public static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 8, 0);

    private static readonly Institution Icmpd =
        Institution.Create("International Centre for Migration Policy Development", Country.FromCode("AT"), InstitutionType.RegionalOrganisation, acronym: "ICMPD").OrThrow();

    private static readonly Actor Officer = Actor.Create("Ana Officer", "programme officer", Icmpd).OrThrow();

    private static readonly Actor Approver = Actor.Create("Alex Approver", "head of facility", Icmpd).OrThrow();

    private static readonly Contact Contact = Contact.Create("Amra Hodžić", "amra.hodzic@msb.gov.ba").OrThrow();

    /// <summary>The portfolio before any case.</summary>
    public static Portfolio Empty() => Portfolio.Create(Stamm.Project, [Rules], [Czech, Swiss]).OrThrow();

    /// <summary>The events of as many cases as it takes, cut to exactly <paramref name="count"/> events (a prefix of a valid log is valid).</summary>
    public static List<CaseEvent> Events(int count)
    {
        var events = new List<CaseEvent>(count + 4);
        var context = EvaluationContext.CreateAsOf(Stamm.Project, Start.InUtc().Date, [ContributionBalance.Untouched(Czech), ContributionBalance.Untouched(Swiss)]).OrThrow();
        var evaluator = new Evaluator(Rules);
        for (var k = 0; events.Count < count; k++)
        {
            AddCase(events, k, evaluator, context);
        }

        events.RemoveRange(count, events.Count - count);
        return events;
    }

    /// <summary>A portfolio of <paramref name="cases"/> cases.</summary>
    public static Portfolio WithCases(int cases)
    {
        var events = new List<CaseEvent>(cases * 3);
        var context = EvaluationContext.CreateAsOf(Stamm.Project, Start.InUtc().Date, [ContributionBalance.Untouched(Czech), ContributionBalance.Untouched(Swiss)]).OrThrow();
        var evaluator = new Evaluator(Rules);
        for (var k = 0; k < cases; k++)
        {
            AddCase(events, k, evaluator, context);
        }

        return Portfolio.Create(Stamm.Project, [Rules], [Czech, Swiss], events).OrThrow();
    }

    /// <summary>
    /// A portfolio of exactly <paramref name="count"/> events of the same cases, every decision made by
    /// <see cref="Portfolio.Evaluate"/> on the portfolio as it stood (so it reproduces when read back): what a
    /// portfolio document holds. Built one event at a time, for set-up only.
    /// </summary>
    public static Portfolio Reproducible(int count)
    {
        var portfolio = Empty();
        for (var k = 0; portfolio.Events.Length < count; k++)
        {
            var at = Start.Plus(Duration.FromMinutes(k));
            var request = Request($"2026-{k:0000000}", at, k);
            var id = request.Identifier;
            var steps = new Func<Portfolio, ValidationResult<Portfolio>>[]
            {
                p => p.Append(AssistanceCase.Submit(request, at, Officer).OrThrow().Event),
                p => p.Evaluate(id, at.Plus(Duration.FromSeconds(10)), Officer),
                p => p.Append(p.FindCase(id)!.Approve(Commitment.Create(Czech, Money.Of(12_000m, Currency.Eur)).OrThrow(), at.Plus(Duration.FromSeconds(20)), Approver).OrThrow().Event),
                p => p.Append(p.FindCase(id)!.Deliver(
                    ActivityPeriod.Exact(request.Dates.EarliestStart, request.Dates.LatestEnd), request.Venue, Participants.Unknown,
                    [CostLine.Create(CostCategory.Travel, Money.Of(10_000m, Currency.Eur)).OrThrow()], at.Plus(Duration.FromSeconds(30)), Officer).OrThrow().Event),
                p => p.Append(p.FindCase(id)!.Close(at.Plus(Duration.FromSeconds(40)), Officer).OrThrow().Event),
            };
            var last = k % 8 == 0 ? 5 : k % 4 == 0 ? 4 : k % 2 == 0 ? 3 : 2;
            for (var i = 0; i < last && portfolio.Events.Length < count; i++)
            {
                portfolio = steps[i](portfolio).OrThrow();
                if (i == 1 && portfolio.FindCase(id)!.Decision!.Kind != DecisionKind.Eligible)
                {
                    break; // a decision with findings to review or a refusal ends the case here
                }
            }
        }

        return portfolio;
    }

    /// <summary>A workshop request of one of the six ministries, its activity 70 days after its submission.</summary>
    public static AssistanceRequest Request(string identifier, Instant submitted, int k)
    {
        var ministry = Stamm.MigrationMinistries[k % Stamm.MigrationMinistries.Length];
        var start = submitted.InUtc().Date.PlusDays(70);
        return AssistanceRequest.Create(
            identifier,
            submitted,
            RequestingParty.Create(ministry, Contact),
            RequestedActivity.Create(
                ActivityType.Workshop, [ThematicArea.Asylum], $"Workshop on asylum procedures {k}", "Caseworkers need training on the revised asylum procedure.",
                servesObligation: "Strategy on Migration and Asylum"),
            RequestLogistics.Create(
                RequestedDates.Exactly(start, start.PlusDays(1)).OrThrow(),
                Venue.InPerson("Capital", ministry.Country).OrThrow(),
                Participants.Create(20, [ministry.Country]).OrThrow()),
            CostEstimate.Create([CostLine.Create(CostCategory.Travel, Money.Of(4_000m, Currency.Eur)).OrThrow(), CostLine.Create(CostCategory.ExpertFee, Money.Of(8_000m, Currency.Eur)).OrThrow()]),
            RequestDeclarations.Create(
                [AttachmentKind.OfficialRequestLetter, AttachmentKind.RequestForm, AttachmentKind.AgendaOrTermsOfReference],
                declaresNoParallelFunding: true,
                coordination: "Coordinated with the EU Delegation.")).OrThrow();
    }

    private static void AddCase(List<CaseEvent> events, int k, Evaluator evaluator, EvaluationContext context)
    {
        var at = Start.Plus(Duration.FromMinutes(k));
        var request = Request($"2026-{k:0000000}", at, k);
        var transition = AssistanceCase.Submit(request, at, Officer).OrThrow();
        events.Add(transition.Event);
        transition = transition.Case.Evaluate(evaluator.Evaluate(request, context.WithAsOf(at.InUtc().Date)), at.Plus(Duration.FromSeconds(10)), Officer).OrThrow();
        events.Add(transition.Event);
        if (k % 2 != 0 || transition.Case.Decision!.Kind != DecisionKind.Eligible)
        {
            return;
        }

        var commitment = Commitment.Create(Czech, Money.Of(12_000m, Currency.Eur)).OrThrow();
        transition = transition.Case.Approve(commitment, at.Plus(Duration.FromSeconds(20)), Approver).OrThrow();
        events.Add(transition.Event);
        if (k % 4 != 0)
        {
            return;
        }

        var dates = request.Dates;
        transition = transition.Case.Deliver(
            ActivityPeriod.Exact(dates.EarliestStart, dates.LatestEnd), request.Venue, Participants.Unknown,
            [CostLine.Create(CostCategory.Travel, Money.Of(10_000m, Currency.Eur)).OrThrow()], at.Plus(Duration.FromSeconds(30)), Officer).OrThrow();
        events.Add(transition.Event);
        if (k % 8 == 0)
        {
            events.Add(transition.Case.Close(at.Plus(Duration.FromSeconds(40)), Officer).OrThrow().Event);
        }
    }
}
