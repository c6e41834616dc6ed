using System.Collections.Immutable;
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;
using StAMM.Domain.Tests.Eligibility;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Validation;

/// <summary>Dates of year 0 and earlier are valid NodaTime dates but not dates the model holds: validating factories
/// report them, throwing ones refuse them with an ArgumentException, and nothing later meets one.</summary>
public sealed class SupportedDatesTests
{
    private static readonly LocalDate YearZero = new(0, 6, 1);
    private static readonly LocalDate BeforeYearZero = new(-1, 12, 31);

    [Fact]
    public void Exact_requested_dates_in_year_0_are_a_problem() =>
        RequestedDates.Exactly(YearZero, YearZero.PlusDays(2)).Should().FailWithExactly((ProblemCodes.OutOfRange, "start"), (ProblemCodes.OutOfRange, "end"));

    [Fact]
    public void A_requested_window_starting_before_year_1_is_a_problem() =>
        RequestedDates.Within(BeforeYearZero, new LocalDate(1, 2, 1), 3).Should().FailWithExactly(ProblemCodes.OutOfRange, "earliestStart");

    [Fact]
    public void A_context_as_of_year_0_is_a_problem() =>
        EvaluationContext.CreateAsOf(Stamm.Project, YearZero).Should().FailWithExactly(ProblemCodes.OutOfRange, "asOf");

    [Fact]
    public void A_contribution_period_in_year_0_is_a_problem() =>
        Contribution.Create(Stamm.StateSecretariatForMigration, period: new DateInterval(YearZero, new LocalDate(1, 12, 31)))
            .Should().FailWithExactly(ProblemCodes.OutOfRange, "period");

    [Fact]
    public void A_request_submitted_in_year_0_is_a_problem() =>
        A.Request.SubmittedOn(YearZero).StartingOn(new LocalDate(1, 3, 1)).Build().Problems.Should().Contain(p => p.Code == ProblemCodes.OutOfRange && p.Path == "submitted");

    [Fact]
    public void An_activity_period_in_year_0_is_refused_as_an_argument_error() =>
        FluentActions.Invoking(() => ActivityPeriod.Exact(YearZero, YearZero.PlusDays(1)))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("dates");

    [Fact]
    public void Exact_days_given_as_an_interval_in_year_0_are_refused_as_an_argument_error() =>
        FluentActions.Invoking(() => RequestedDates.Exactly(new DateInterval(YearZero, YearZero)))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("days");

    [Fact]
    public void A_project_period_known_to_a_day_of_year_0_is_refused_as_an_argument_error() =>
        FluentActions.Invoking(() => PartialDate.OfDay(YearZero)).Should().ThrowExactly<ArgumentException>().WithParameterName("date");

    [Fact]
    public void Moving_a_context_to_year_0_is_refused_as_an_argument_error() =>
        FluentActions.Invoking(() => Baseline.Context.BuildValid().WithAsOf(YearZero))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("asOf");

    [Fact]
    public void The_first_and_last_supported_days_are_accepted()
    {
        RequestedDates.Exactly(new LocalDate(1, 1, 1), new LocalDate(1, 1, 2)).Should().BeValid();
        RequestedDates.Exactly(new LocalDate(9999, 12, 30), new LocalDate(9999, 12, 31)).Should().BeValid();
    }
}

/// <summary>A default <see cref="ImmutableArray{T}"/> where a sequence is taken is a programmer's error named by its
/// parameter, from the one guard every factory uses, not a NullReferenceException.</summary>
public sealed class DefaultImmutableArrayTests
{
    [Fact]
    public void A_rule_set_refuses_default_rules() =>
        FluentActions.Invoking(() => RuleSet.Create("x", "1", new LocalDate(2026, 1, 1), null, default(ImmutableArray<EligibilityRule>)))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("rules");

    [Fact]
    public void A_context_refuses_default_open_requests() =>
        FluentActions.Invoking(() => EvaluationContext.CreateAsOf(Stamm.Project, new LocalDate(2026, 1, 1), openRequests: default(ImmutableArray<AssistanceRequest>)))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("openRequests");

    [Fact]
    public void A_context_refuses_default_exchange_rates() =>
        FluentActions.Invoking(() => EvaluationContext.CreateAsOf(Stamm.Project, new LocalDate(2026, 1, 1), exchangeRates: default(ImmutableArray<ExchangeRate>)))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("exchangeRates");

    [Fact]
    public void Earmarks_refuse_default_countries() =>
        FluentActions.Invoking(() => Earmarks.Create(countries: default(ImmutableArray<Country>)))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("countries");

    [Fact]
    public void A_scope_refuses_default_shares() =>
        FluentActions.Invoking(() => GeographicScope.Create(ScopeKind.National, [Country.Serbia], default(ImmutableArray<(Country, decimal)>)))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("shares");

    [Fact]
    public void A_composite_rule_refuses_default_children() =>
        FluentActions.Invoking(() => AllOfRule.Create("X", "x", Severity.Blocks, RuleStage.Scope, new SourceReference("s"), default(ImmutableArray<EligibilityRule>)))
            .Should().ThrowExactly<ArgumentException>();
}
