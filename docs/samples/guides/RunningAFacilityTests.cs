using NodaTime;
using StAMM.Domain.Cases;
using StAMM.Domain.Finance;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Guides;

public sealed class RunningAFacilityTests
{
    private static readonly AssistanceRequest Request = EvaluatingARequest.Request().OrThrow();

    private static (Portfolio Portfolio, string Output) Evaluated()
    {
        Portfolio? portfolio = null;
        var output = Output.Of(() => portfolio = RunningAFacility.SubmitAndEvaluate(RunningAFacility.Facility(), Request, RunningAFacility.People().Officer));
        return (portfolio!, output);
    }

    private static Portfolio Approved()
    {
        var (officer, reviewer, approver) = RunningAFacility.People();
        return RunningAFacility.ReviewAndApprove(Evaluated().Portfolio, Request.Identifier, Request.Submitted.Plus(Duration.FromDays(2)), reviewer, approver);
    }

    private static Portfolio Closed() => RunningAFacility.DeliverAndClose(Approved(), Request.Identifier, RunningAFacility.People().Officer);

    [Fact]
    public void The_facility_starts_with_every_contribution_available() =>
        RunningAFacility.Facility().Balances.Select(b => b.Available).Should().Equal(Money.Of(100_000m, Currency.Chf), Money.Of(50_000m, Currency.Eur));

    [Fact]
    public void The_request_is_evaluated_against_the_facility_by_the_rules_in_force() =>
        Evaluated().Output.Should().Be("Evaluated: Eligible by StAMM eligibility 2026.2\n");

    [Fact]
    public void Approval_commits_twelve_thousand_euros_of_the_Czech_contribution()
    {
        var approved = Approved();

        approved.FindCase(Request.Identifier)!.State.Should().Be(CaseState.Approved);
        approved.Balances[1].Available.Should().Be(Money.Of(38_000m, Currency.Eur));
    }

    [Fact]
    public void An_approval_beyond_the_available_balance_is_refused_with_its_reason()
    {
        var (officer, _, approver) = RunningAFacility.People();
        var second = RequestBuilderFor("2026-032-BA-MoS");
        var portfolio = Approved().Append(CaseSubmitted.Create(second, second.Submitted, officer).OrThrow()).OrThrow()
            .Evaluate(second.Identifier, second.Submitted.Plus(Duration.FromHours(1)), officer).OrThrow();
        var findings = portfolio.FindCase(second.Identifier)!.Evaluation!.FindingsForReview.Select(f => FindingReview.Accept(f.Code, "Confirmed.").OrThrow()).ToList();
        if (findings.Count > 0)
        {
            portfolio = portfolio.Append(portfolio.FindCase(second.Identifier)!.Review(findings, second.Submitted.Plus(Duration.FromHours(2)), RunningAFacility.People().Reviewer).OrThrow().Event).OrThrow();
        }

        Output.Of(() => RunningAFacility.Refusal(portfolio, second.Identifier, second.Submitted.Plus(Duration.FromHours(3)), approver))
            .Should().Be("balance-exceeded at commitment.amount\n");
    }

    [Fact]
    public void Delivery_spends_and_closing_releases_the_rest_of_the_commitment()
    {
        var closed = Closed();

        closed.FindCase(Request.Identifier)!.State.Should().Be(CaseState.Closed);
        closed.Balances[1].Spent.Should().Be(Money.Of(8_600m, Currency.Eur));
        closed.Balances[1].Committed.Should().Be(Money.Of(0m, Currency.Eur));
        closed.Balances[1].Available.Should().Be(Money.Of(41_400m, Currency.Eur));
        closed.DeliveredActivities.Should().ContainSingle().Which.Identifier.Should().Be(Request.Identifier);
    }

    [Fact]
    public void Balances_are_printed_now_and_as_of_a_past_day_with_the_case_history()
    {
        var output = Output.Of(() => RunningAFacility.Balances(Closed(), Request.Identifier));

        output.Should().Contain("1 June: 38000.00 EUR available").And.Contain("2026-07-10 Closed by Ana Officer (programme officer)");
    }

    [Fact]
    public void The_stored_portfolio_reads_back_equal_with_every_decision_reproduced()
    {
        var closed = Closed();
        Portfolio? read = null;

        Output.Of(() => read = RunningAFacility.Store(closed)).Should().Be($"{closed.Events.Length} events; decisions that do not reproduce: 0\n");
        read.Should().Be(closed);
    }

    private static AssistanceRequest RequestBuilderFor(string identifier)
    {
        var r = Request;
        return AssistanceRequest.Create(
            identifier,
            r.Submitted.Plus(Duration.FromDays(3)),
            r.Party,
            RequestedActivity.Create(
                r.ActivityType, r.Themes, "Second workshop on the revised asylum procedure", r.Need, r.ServesObligation, r.ExpertsRequested, r.PlannedActivities,
                r.Scope, r.OutputDesignation),
            r.Logistics,
            r.CostEstimate,
            r.Declarations).OrThrow();
    }
}
