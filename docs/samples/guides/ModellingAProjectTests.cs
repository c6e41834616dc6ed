using StAMM.Domain.BuiltIn;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Guides;

public sealed class ModellingAProjectTests
{
    [Fact]
    public void The_project_is_valid_with_both_donors_and_four_places()
    {
        var project = ModellingAProject.Create().OrThrow();

        project.Donors.Select(d => d.Name).Should().Equal("Federal Ministry of the Interior of Austria", Stamm.StateSecretariatForMigration.Name);
        project.Scope.ShareOf(Country.BosniaAndHerzegovina).Should().Be(40m);
        project.Period.IsOpenEnded.Should().BeFalse();
    }

    [Fact]
    public void Consuming_the_result_prints_the_project()
    {
        Output.Of(ModellingAProject.PrintProject).Should().Be("WB-ASYLUM: 2 donors, 4 places, 2026-01-01 to 2027-12\n");
    }

    [Fact]
    public void A_wrong_scope_reports_every_problem_at_once()
    {
        var result = default(ValidationResult<GeographicScope>);

        var output = Output.Of(() => result = ModellingAProject.WrongScope());

        result!.Problems.Select(p => (p.Code, p.Path)).Should().Equal(
            (ProblemCodes.ShareCountryMismatch, "shares[1]"), (ProblemCodes.ShareCountryMismatch, "shares"));
        output.Should().Be("shares[1]: share-country-mismatch\nshares: share-country-mismatch\n");
    }

    [Fact]
    public void An_activity_that_fits_is_added_and_one_that_does_not_is_refused_with_each_reason()
    {
        var (fits, doesNotFit) = ModellingAProject.Activities();

        fits.OrThrow().Activities.Should().ContainSingle(a => a.Identifier == "2026-04-reception-training");
        doesNotFit.Problems.Select(p => (p.Code, p.Path)).Should().Equal(
            (ProblemCodes.OutsideProjectPeriod, "activities[0].period"),
            (ProblemCodes.OutsideProjectScope, "activities[0].participants.countries"));
    }

    [Fact]
    public void The_balances_leave_what_was_not_committed()
    {
        var balances = ModellingAProject.Balances();

        balances.Select(b => b.Remaining).Should().Equal(Money.Of(90_000m, Currency.Eur), Money.Of(200_000m, Currency.Eur));
    }

    [Fact]
    public void A_project_moves_to_finalisation_and_closure_but_never_back_to_the_pipeline()
    {
        var (finalising, reopened) = ModellingAProject.Status();

        finalising.OrThrow().Status.Should().Be(Projects.ProjectStatus.Finalisation);
        reopened.Problems.Select(p => (p.Code, p.Path)).Should().Equal((ProblemCodes.InvalidStatusTransition, "status"));
    }
}
