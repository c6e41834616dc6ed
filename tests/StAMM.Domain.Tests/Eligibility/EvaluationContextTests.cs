using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class EvaluationContextTests
{
    private static readonly LocalDate Today = new(2025, 3, 3);

    [Fact]
    public void A_context_needs_a_project() =>
        FluentActions.Invoking(() => EvaluationContext.CreateAsOf(null!, Today)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Without_balances_a_context_holds_the_project_contributions_untouched()
    {
        var context = EvaluationContext.CreateAsOf(Stamm.Project, Today).OrThrow();

        context.Balances.Select(b => b.Contribution).Should().Equal(Stamm.Project.Contributions);
        context.Balances.Should().OnlyContain(b => b.Committed == null && b.Reserved == null);
    }

    [Fact]
    public void Without_activities_a_context_compares_with_the_project_activities() =>
        EvaluationContext.CreateAsOf(Stamm.Project, Today).OrThrow().Activities.Should().Equal(Stamm.Project.Activities).And.NotBeEmpty();

    [Fact]
    public void A_context_holds_up_to_the_maximum_number_of_contributions() =>
        EvaluationContext.CreateAsOf(Stamm.Project, Today, Enumerable.Repeat(EvaluationContextBuilder.DefaultBalance, EvaluationContext.MaxContributions))
            .Should().BeValid().Which.Balances.Should().HaveCount(EvaluationContext.MaxContributions);

    [Fact]
    public void A_context_with_more_than_the_maximum_number_of_contributions_is_refused() =>
        EvaluationContext.CreateAsOf(Stamm.Project, Today, Enumerable.Repeat(EvaluationContextBuilder.DefaultBalance, EvaluationContext.MaxContributions + 1))
            .Should().FailWithExactly(ProblemCodes.OutOfRange, "balances");

    [Fact]
    public void A_contribution_of_a_donor_outside_the_project_is_reported_at_its_index()
    {
        var stranger = A.Donor.Named("Austrian Development Agency").WithAcronym("ADA").BasedIn(Country.Austria).WithIdentifier("AT-1").BuildValid();
        var foreign = ContributionBalance.Untouched(A.Contribution.From(stranger).BuildValid());

        EvaluationContext.CreateAsOf(Stamm.Project, Today, [EvaluationContextBuilder.DefaultBalance, foreign])
            .Should().FailWithExactly(ProblemCodes.FunderNotDonor, "balances[1]");
    }

    [Fact]
    public void An_open_request_listed_twice_is_reported_at_its_second_index()
    {
        var request = A.Request.WithIdentifier("2025-001").BuildValid();
        var other = A.Request.WithIdentifier("2025-002").BuildValid();

        EvaluationContext.CreateAsOf(Stamm.Project, Today, openRequests: [request, other, request])
            .Should().FailWithExactly(ProblemCodes.Duplicate, "openRequests[2]");
    }
}
