using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing.Tests;

public sealed class EvaluationContextBuilderTests
{
    [Fact]
    public void The_default_context_is_the_stamm_project_on_the_default_submission_day_with_sem_funds()
    {
        var context = An.EvaluationContext.BuildValid();

        context.Project.Should().Be(Stamm.Project);
        context.Today.Should().Be(RequestBuilder.DefaultSubmissionDate);
        context.Activities.Should().Equal(Stamm.Project.Activities);
        context.Balances.Should().Equal(EvaluationContextBuilder.DefaultBalance);
        EvaluationContextBuilder.DefaultBalance.Remaining.Should().Be(Money.Of(400_000m, Currency.Eur));
    }

    [Fact]
    public void A_clock_pins_today_and_moves_with_the_test()
    {
        var clock = StammClock.On(2026, 3, 2);
        var context = An.EvaluationContext.WithClock(clock).BuildValid();

        clock.AdvanceDays(3);

        context.Today.Should().Be(new LocalDate(2026, 3, 5));
    }

    [Fact]
    public void On_pins_today_to_a_date() =>
        An.EvaluationContext.On(new LocalDate(2026, 1, 5)).BuildValid().Today.Should().Be(new LocalDate(2026, 1, 5));

    [Fact]
    public void WithBalance_replaces_the_balance_of_the_same_donor()
    {
        var sem = Contribution.Create(Stamm.StateSecretariatForMigration, amount: Money.Of(50_000m, Currency.Eur)).OrThrow();

        var balances = An.EvaluationContext.WithBalance(sem, committed: Money.Of(45_000m, Currency.Eur)).BuildValid().Balances;

        balances.Should().ContainSingle().Which.Remaining.Should().Be(Money.Of(5_000m, Currency.Eur));
    }

    [Fact]
    public void WithBalance_of_another_donor_adds_it()
    {
        var czech = Contribution.Create(Stamm.CzechMinistryOfTheInterior, Stamm.AidInPlace, Money.Of(300_000m, Currency.Eur)).OrThrow();

        An.EvaluationContext.WithBalance(ContributionBalance.Untouched(czech)).BuildValid().Balances.Should().HaveCount(2);
    }

    [Fact]
    public void WithUntouchedContributions_takes_every_contribution_of_the_project() =>
        An.EvaluationContext.WithUntouchedContributions().BuildValid().Balances.Select(b => b.Contribution)
            .Should().Equal(Stamm.Project.Contributions);

    [Fact]
    public void A_balance_of_a_donor_outside_the_project_is_a_problem_with_its_path()
    {
        var stranger = A.Donor.Named("Ministry of Foreign Affairs of Nowhere").BuildValid();

        An.EvaluationContext.WithBalance(Contribution.Create(stranger).OrThrow()).Build()
            .Should().FailWithExactly(ProblemCodes.FunderNotDonor, "balances[1]");
    }

    [Fact]
    public void Problems_of_the_parts_carry_their_path() =>
        An.EvaluationContext
            .WithBalance(Contribution.Create(Stamm.StateSecretariatForMigration, amount: Money.Of(1m, Currency.Eur)).OrThrow(), committed: Money.Of(1m, Currency.Chf))
            .WithOpenRequest(A.Request.Titled(null))
            .Build()
            .Should().FailWithExactly((ProblemCodes.CurrencyMismatch, "balances[0].committed"), (ProblemCodes.Required, "openRequests[0].title"));

    [Fact]
    public void An_open_request_listed_twice_is_a_problem() =>
        An.EvaluationContext.WithOpenRequest(A.Request).WithOpenRequest(A.Request).Build()
            .Should().FailWithExactly(ProblemCodes.Duplicate, "openRequests[1]");

    [Fact]
    public void Added_activities_join_the_project_activities_unless_those_are_left_out()
    {
        var context = An.EvaluationContext.WithActivity(An.Activity);

        context.BuildValid().Activities.Should().HaveCount(Stamm.Project.Activities.Length + 1);
        context.WithoutProjectActivities().BuildValid().Activities.Should().ContainSingle().Which.Identifier.Should().Be("2026-04-sarajevo-training");
    }

    [Fact]
    public void A_planned_activity_of_the_requester_on_the_same_days_asks_for_review() =>
        An.EvaluationContext.WithActivity(An.Activity).Evaluate(A.Request).Should().NeedReviewFor(NoDuplicateRule.RuleCode);

    [Fact]
    public void A_suspended_project_makes_the_request_ineligible() =>
        An.EvaluationContext.WithProjectStatus(ProjectStatus.Suspended).Evaluate(A.Request).Should().BeIneligibleBecause(ProjectActiveRule.RuleCode);

    [Fact]
    public void A_project_from_a_builder_is_used_with_its_activities()
    {
        var project = A.Project.In(Country.BosniaAndHerzegovina).WithActivity(An.Activity);

        var context = An.EvaluationContext.For(project).WithUntouchedContributions().BuildValid();

        context.Project.Scope.Countries.Should().Equal(Country.BosniaAndHerzegovina);
        context.Activities.Should().ContainSingle();
    }

    [Fact]
    public void Evaluate_takes_a_rule_set_of_ones_own()
    {
        var rules = RuleSet.Create("lead time only", "1", new LocalDate(2018, 12, 1), null, [LeadTimeRule.Create(90, 30).OrThrow()]).OrThrow();

        An.EvaluationContext.Evaluate(A.Request, rules).Should().NeedReviewFor(LeadTimeRule.RuleCode);
    }
}
