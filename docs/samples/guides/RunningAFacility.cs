#region usings
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Json;
using StAMM.Domain.Organisations;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Requests;
using StAMM.Domain.Time;
#endregion

namespace StAMM.Domain.Guides;

/// <summary>docs/guides/running-a-facility.md: a request's life in a facility's portfolio, from submission to closing.</summary>
public static class RunningAFacility
{
    private static readonly Institution Icmpd =
        Institution.Create("International Centre for Migration Policy Development", Country.FromCode("AT"), InstitutionType.RegionalOrganisation, acronym: "ICMPD").OrThrow();

    /// <summary>The people who act on cases, in their roles.</summary>
    public static (Actor Officer, Actor Reviewer, Actor Approver) People()
    {
        #region people
        var officer = Actor.Create("Ana Officer", "programme officer", Icmpd).OrThrow();
        var reviewer = Actor.Create("Rita Reviewer", "reviewer", Icmpd).OrThrow();
        var approver = Actor.Create("Alex Approver", "head of facility", Icmpd).OrThrow();
        #endregion
        return (officer, reviewer, approver);
    }

    /// <summary>The facility's portfolio, before any case: the project, its contributions and the rules in force.</summary>
    public static Portfolio Facility()
    {
        #region facility
        // The amounts are illustrative: StAMM's public record states none, and Stamm.Project keeps them unknown.
        var swiss = Contribution.Create(Stamm.StateSecretariatForMigration, amount: Money.Of(100_000m, Currency.Chf)).OrThrow();
        var czech = Contribution.Create(Stamm.CzechMinistryOfTheInterior, amount: Money.Of(50_000m, Currency.Eur)).OrThrow();
        var portfolio = Portfolio.Create(Stamm.Project, ruleSets: [StammRuleSet.Default], contributions: [swiss, czech]).OrThrow();
        #endregion
        return portfolio;
    }

    /// <summary>Submits the request of the evaluation guide and evaluates it two hours later.</summary>
    public static Portfolio SubmitAndEvaluate(Portfolio portfolio, AssistanceRequest request, Actor officer)
    {
        #region submit-evaluate
        portfolio = portfolio.Append(CaseSubmitted.Create(request, request.Submitted, officer).OrThrow()).OrThrow();
        portfolio = portfolio.Evaluate(request.Identifier, request.Submitted.Plus(Duration.FromHours(2)), officer).OrThrow();

        var found = portfolio.FindCase(request.Identifier)!;
        Console.WriteLine($"{found.State}: {found.Decision!.Kind} by {found.Decision.RuleSetName} {found.Decision.RuleSetVersion}");
        #endregion
        return portfolio;
    }

    /// <summary>A reviewer accepts every finding that sent the request to review, then the head of the facility approves.</summary>
    public static Portfolio ReviewAndApprove(Portfolio portfolio, string caseId, Instant at, Actor reviewer, Actor approver)
    {
        #region review-approve
        var found = portfolio.FindCase(caseId)!;
        if (found.Decision!.Kind == DecisionKind.NeedsReview)
        {
            var reviews = found.Evaluation!.FindingsForReview
                .Select(f => FindingReview.Accept(f.Code, "Confirmed with the ministry.").OrThrow());
            portfolio = portfolio.Append(found.Review(reviews, at, reviewer).OrThrow().Event).OrThrow();
        }

        var czech = portfolio.Contributions[1];
        var commitment = Commitment.Create(czech, Money.Of(12_000m, Currency.Eur)).OrThrow();
        var approval = portfolio.FindCase(caseId)!.Approve(commitment, at.Plus(Duration.FromDays(1)), approver);
        portfolio = portfolio.Append(approval.OrThrow().Event).OrThrow();
        #endregion
        return portfolio;
    }

    /// <summary>What the rules refuse: an approval that exceeds what is available.</summary>
    public static void Refusal(Portfolio portfolio, string otherCaseId, Instant at, Actor approver)
    {
        #region refusal
        var tooMuch = Commitment.Create(portfolio.Contributions[1], Money.Of(45_000m, Currency.Eur)).OrThrow();
        var found = portfolio.FindCase(otherCaseId)!;
        var refused = found.Approve(tooMuch, at, approver).Match(t => portfolio.Append(t.Event), failure => failure);
        foreach (var problem in refused.Problems)
            Console.WriteLine($"{problem.Code} at {problem.Path}");
        #endregion
    }

    /// <summary>The activity takes place and its spend is settled.</summary>
    public static Portfolio DeliverAndClose(Portfolio portfolio, string caseId, Actor officer)
    {
        #region deliver-close
        var found = portfolio.FindCase(caseId)!;
        var period = ActivityPeriod.Exact(new LocalDate(2026, 6, 16), new LocalDate(2026, 6, 17));
        var participants = Participants.Create(count: 22, countries: [Country.BosniaAndHerzegovina]).OrThrow();
        var spent = new[]
        {
            CostLine.Create(CostCategory.Travel, Money.Of(3_600m, Currency.Eur)).OrThrow(),
            CostLine.Create(CostCategory.ExpertFee, Money.Of(5_000m, Currency.Eur)).OrThrow(),
        };
        var delivered = found.Deliver(period, found.Request.Venue, participants, spent, Instant.FromUtc(2026, 6, 19, 15, 0), officer);
        portfolio = portfolio.Append(delivered.OrThrow().Event).OrThrow();

        var closed = portfolio.FindCase(caseId)!.Close(Instant.FromUtc(2026, 7, 10, 9, 0), officer, "Invoices settled.");
        portfolio = portfolio.Append(closed.OrThrow().Event).OrThrow();
        #endregion
        return portfolio;
    }

    /// <summary>Balances now and as of a past instant, and the case's history.</summary>
    public static void Balances(Portfolio portfolio, string caseId)
    {
        #region balances
        foreach (var position in portfolio.Balances)
            Console.WriteLine(position);

        var june = portfolio.BalancesAsOf(Instant.FromUtc(2026, 6, 1, 0, 0));   // the fold of the events up to then
        Console.WriteLine($"1 June: {june[1].Available} available");

        foreach (var e in portfolio.FindCase(caseId)!.Events)
            Console.WriteLine($"{e.At:yyyy-MM-dd} {e.Kind} by {e.Actor}");
        #endregion
    }

    /// <summary>Stores the portfolio and reads it back: every decision is made again and must reproduce.</summary>
    public static Portfolio Store(Portfolio portfolio)
    {
        #region store
        var json = StammJson.WritePortfolio(portfolio);
        var read = StammJson.ReadPortfolio(json).OrThrow();     // equal to portfolio
        Console.WriteLine($"{read.Events.Length} events; decisions that do not reproduce: {read.Check().Length}");
        #endregion
        return read;
    }
}
