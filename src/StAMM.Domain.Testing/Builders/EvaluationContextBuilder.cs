using System.Collections.Immutable;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>
/// Builds the <see cref="EvaluationContext"/> a request is evaluated in. The default is the built-in StAMM project
/// (<see cref="Stamm.Project"/>) with its published activities, one balance (<see cref="DefaultBalance"/>: SEM,
/// EUR 500,000, of which EUR 100,000 committed, unrestricted), no open requests, and "today" pinned to
/// <see cref="RequestBuilder.DefaultSubmissionDate"/>, the day the default request is submitted.
/// </summary>
/// <remarks>
/// <para>Immutable: every method returns a new builder. Start with <see cref="An.EvaluationContext"/>.</para>
/// <para>Problems of the parts are reported with the factory's paths: <c>project.period.end</c>,
/// <c>balances[1].committed</c>, <c>openRequests[0].title</c>; the context's own checks (every balance belongs to a
/// donor of the project, no open request twice) run when its parts are valid.</para>
/// <para>For a short rule test, <see cref="Evaluate(RequestBuilder, RuleSet)"/> builds the context and the request
/// and evaluates one in the other.</para>
/// </remarks>
public sealed class EvaluationContextBuilder : ITestDataBuilder<EvaluationContext>
{
    private readonly State _state;

    /// <summary>A builder with the default context: the StAMM project as of <see cref="RequestBuilder.DefaultSubmissionDate"/>.</summary>
    public EvaluationContextBuilder()
        : this(new State(Parts.Of(Stamm.Project), [Balance(DefaultBalance)], true, [], [], RequestBuilder.DefaultSubmissionDate, null))
    {
    }

    /// <summary>
    /// The default context's only balance, test data rather than a fact about StAMM: SEM's contribution of
    /// EUR 500,000, spendable anywhere on anything at any time, of which EUR 100,000 is committed.
    /// </summary>
    public static ContributionBalance DefaultBalance { get; } = ContributionBalance.Create(
        Contribution.Create(Stamm.StateSecretariatForMigration, amount: Money.Of(500_000m, Currency.Eur)).OrThrow(),
        committed: Money.Of(100_000m, Currency.Eur)).OrThrow();

    private EvaluationContextBuilder(State state) => _state = state;

    /// <summary>Evaluates the request in the context for the project <paramref name="project"/>, with that project's activities.</summary>
    /// <param name="project">The project.</param>
    /// <returns>A new builder.</returns>
    public EvaluationContextBuilder For(TechnicalAssistanceProject project) => new(_state with { Project = Parts.Of(project) });

    /// <summary>Evaluates in the context of the project another builder makes.</summary>
    /// <param name="project">The project's builder; its problems are reported below <c>project</c>.</param>
    /// <returns>A new builder.</returns>
    public EvaluationContextBuilder For(ProjectBuilder project) => new(_state with { Project = Parts.Built(project) });

    /// <summary>Changes the status of the project, such as <see cref="ProjectStatus.Suspended"/>.</summary>
    /// <param name="status">The status; closed needs the project to have an end (or <c>project.period.end</c> is a problem).</param>
    /// <returns>A new builder.</returns>
    public EvaluationContextBuilder WithProjectStatus(ProjectStatus status)
    {
        var project = _state.Project;
        return new(_state with
        {
            Project = () => project() is { IsValid: true } valid ? valid.OrThrow().WithStatus(status) : project(),
        });
    }

    /// <summary>Pins "today" to a date, as if the context were evaluated on that day.</summary>
    /// <param name="today">The day.</param>
    /// <returns>A new builder.</returns>
    public EvaluationContextBuilder On(LocalDate today) => new(_state with { AsOf = today, Clock = null });

    /// <summary>Takes "today" from a clock, such as one made by <see cref="StammClock.On(LocalDate)"/>, which the test may move.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>A new builder.</returns>
    public EvaluationContextBuilder WithClock(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return new(_state with { AsOf = null, Clock = clock });
    }

    /// <summary>Sets what is left of one contribution, replacing the balance of the same donor and programme if there is one.</summary>
    /// <param name="balance">The balance; one of a donor not in the project is a problem when built (path <c>balances[i]</c>).</param>
    /// <returns>A new builder.</returns>
    public EvaluationContextBuilder WithBalance(ContributionBalance balance)
    {
        ArgumentNullException.ThrowIfNull(balance);
        return WithBalance(Balance(balance));
    }

    /// <summary>Sets the balance of a contribution, with what is committed and reserved of it, replacing the balance of the same donor and programme if there is one.</summary>
    /// <param name="contribution">The contribution.</param>
    /// <param name="committed">What is committed already, in the contribution's currency (or <c>balances[i].committed</c> is a problem).</param>
    /// <param name="reserved">What is reserved for requests in progress.</param>
    /// <returns>A new builder.</returns>
    public EvaluationContextBuilder WithBalance(Contribution contribution, Money? committed = null, Money? reserved = null)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        return WithBalance(new BalanceSpec(contribution.Donor, contribution.Programme, () => ContributionBalance.Create(contribution, committed, reserved)));
    }

    /// <summary>Sets exactly the balances of the context.</summary>
    /// <param name="balances">The balances; none leaves no contribution to fund the request.</param>
    /// <returns>A new builder.</returns>
    public EvaluationContextBuilder WithBalances(params ContributionBalance[] balances)
    {
        ArgumentNullException.ThrowIfNull(balances);
        return new(_state with { Balances = [.. balances.Select(Balance)] });
    }

    /// <summary>Lets the context take every contribution of the project as untouched, as <see cref="EvaluationContext.Create"/> does when given no balances.</summary>
    /// <returns>A new builder.</returns>
    public EvaluationContextBuilder WithUntouchedContributions() => new(_state with { Balances = null });

    /// <summary>Adds an activity, planned or held, besides the project's own, that a new request may duplicate.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>A new builder.</returns>
    public EvaluationContextBuilder WithActivity(Activity activity) => new(_state with { Activities = _state.Activities.Add(Parts.Of(activity)) });

    /// <summary>Adds activities, planned or held, besides the project's own.</summary>
    /// <param name="activities">The activities.</param>
    /// <returns>A new builder.</returns>
    public EvaluationContextBuilder WithActivities(IEnumerable<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        return new(_state with { Activities = _state.Activities.AddRange(activities.Select(Parts.Of)) });
    }

    /// <summary>Adds the activity another builder makes, besides the project's own.</summary>
    /// <param name="activity">The activity's builder; its problems are reported below <c>activities[i]</c>.</param>
    /// <returns>A new builder.</returns>
    public EvaluationContextBuilder WithActivity(ActivityBuilder activity) => new(_state with { Activities = _state.Activities.Add(Parts.Built(activity)) });

    /// <summary>Leaves the project's own activities out of the context; added ones stay.</summary>
    /// <returns>A new builder.</returns>
    public EvaluationContextBuilder WithoutProjectActivities() => new(_state with { WithProjectActivities = false });

    /// <summary>Adds a request still open, that a new request may duplicate.</summary>
    /// <param name="request">The request; one listed twice is a problem when built (path <c>openRequests[i]</c>).</param>
    /// <returns>A new builder.</returns>
    public EvaluationContextBuilder WithOpenRequest(AssistanceRequest request) => new(_state with { OpenRequests = _state.OpenRequests.Add(Parts.Of(request)) });

    /// <summary>Adds the request another builder makes as an open request.</summary>
    /// <param name="request">The request's builder; its problems are reported below <c>openRequests[i]</c>.</param>
    /// <returns>A new builder.</returns>
    public EvaluationContextBuilder WithOpenRequest(RequestBuilder request) => new(_state with { OpenRequests = _state.OpenRequests.Add(Parts.Built(request)) });

    /// <inheritdoc />
    public ValidationResult<EvaluationContext> Build()
    {
        var s = _state;
        var parts = new Parts();
        var project = parts.Take(s.Project(), "project");
        var balances = s.Balances is null ? null : parts.TakeAll(s.Balances.Value.Select(b => b.Part), "balances");
        var activities = parts.TakeAll(s.Activities, "activities");
        var requests = parts.TakeAll(s.OpenRequests, "openRequests");
        return parts.Then(() =>
        {
            IEnumerable<Activity> all = s.WithProjectActivities ? [.. project!.Activities, .. activities] : activities;
            return s.Clock is { } clock
                ? EvaluationContext.Create(project!, clock, balances, all, requests)
                : EvaluationContext.CreateAsOf(project!, s.AsOf!.Value, balances, all, requests);
        });
    }

    /// <inheritdoc />
    public EvaluationContext BuildValid() => Build().OrThrow();

    /// <summary>Evaluates a request in this context with the built-in rules, <see cref="StammRuleSet.Default"/>.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="InvalidDomainValueException">The context is not valid.</exception>
    public Decision Evaluate(AssistanceRequest request) => Evaluate(request, StammRuleSet.Default);

    /// <summary>Evaluates a request in this context with a rule set: the short way to a decision in a rule test.</summary>
    /// <param name="request">The request.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="InvalidDomainValueException">The context is not valid.</exception>
    public Decision Evaluate(AssistanceRequest request, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rules);
        return new Evaluator(rules).Evaluate(request, BuildValid());
    }

    /// <summary>Builds a request and evaluates it in this context with the built-in rules.</summary>
    /// <param name="request">The request's builder, such as <c>A.Request.StartingIn(days: 15)</c>.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="InvalidDomainValueException">The request or the context is not valid.</exception>
    public Decision Evaluate(RequestBuilder request) => Evaluate(request, StammRuleSet.Default);

    /// <summary>Builds a request and evaluates it in this context with a rule set.</summary>
    /// <param name="request">The request's builder.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="InvalidDomainValueException">The request or the context is not valid.</exception>
    public Decision Evaluate(RequestBuilder request, RuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Evaluate(request.BuildValid(), rules);
    }

    private static BalanceSpec Balance(ContributionBalance balance) =>
        new(balance.Contribution.Donor, balance.Contribution.Programme, Parts.Of(balance));

    private EvaluationContextBuilder WithBalance(BalanceSpec balance)
    {
        var list = _state.Balances ?? [];
        var same = -1;
        for (var i = 0; i < list.Length && same < 0; i++)
        {
            same = list[i].Donor == balance.Donor && list[i].Programme == balance.Programme ? i : -1;
        }

        return new(_state with { Balances = same < 0 ? list.Add(balance) : list.SetItem(same, balance) });
    }

    private sealed record BalanceSpec(Donor Donor, FundingProgramme? Programme, Func<ValidationResult<ContributionBalance>> Part);

    private sealed record State(
        Func<ValidationResult<TechnicalAssistanceProject>> Project,
        ImmutableArray<BalanceSpec>? Balances,
        bool WithProjectActivities,
        ImmutableArray<Func<ValidationResult<Activity>>> Activities,
        ImmutableArray<Func<ValidationResult<AssistanceRequest>>> OpenRequests,
        LocalDate? AsOf,
        IClock? Clock);
}
