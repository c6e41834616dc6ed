using CsCheck;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing.Tests;

public sealed class RequestBuilderTests
{
    private static readonly Institution KosovoMinistry = Stamm.MigrationMinistries.Single(i => i.Country == Country.Kosovo);

    [Fact]
    public void The_default_request_is_a_three_day_training_for_the_ministry_of_security_70_days_after_submission()
    {
        var request = A.Request.BuildValid();

        request.Requester.Should().Be(Stamm.MinistryOfSecurityOfBosniaAndHerzegovina);
        request.ActivityType.Should().Be(ActivityType.Training);
        request.SubmittedOn.Should().Be(RequestBuilder.DefaultSubmissionDate);
        request.Dates.Should().Be(RequestedDates.Exactly(new LocalDate(2026, 4, 13), new LocalDate(2026, 4, 15)).OrThrow());
        request.Participants.Count.Should().Be(20);
        request.Participants.Countries.Should().Equal(Country.BosniaAndHerzegovina);
        request.TotalCost.Should().Be(Money.Of(12_000m, Currency.Eur));
        request.Attachments.Should().Contain([AttachmentKind.OfficialRequestLetter, AttachmentKind.RequestForm, AttachmentKind.AgendaOrTermsOfReference, AttachmentKind.ParticipantList]);
    }

    [Fact]
    public void The_default_request_is_eligible_with_no_finding_under_the_built_in_rules() =>
        An.EvaluationContext.Evaluate(A.Request).Should().BeEligible().And.HaveFindingsExactly();

    [Fact]
    public void Each_change_returns_a_new_builder_and_leaves_the_old_one_alone()
    {
        var training = A.Request;

        var fromKosovo = training.From(KosovoMinistry);

        training.BuildValid().Requester.Should().Be(Stamm.MinistryOfSecurityOfBosniaAndHerzegovina);
        fromKosovo.BuildValid().Requester.Should().Be(KosovoMinistry);
    }

    [Fact]
    public void From_another_institution_brings_participants_from_its_country() =>
        A.Request.From(KosovoMinistry).BuildValid().Participants.Countries.Should().Equal(Country.Kosovo);

    [Fact]
    public void StartingIn_counts_days_from_the_submission_and_keeps_them_when_the_submission_moves()
    {
        var request = A.Request.StartingIn(days: 15).SubmittedOn(new LocalDate(2026, 3, 2)).BuildValid();

        request.Dates.EarliestStart.Should().Be(new LocalDate(2026, 3, 17));
        request.Dates.DurationInDays.Should().Be(3);
    }

    [Fact]
    public void StartingOn_fixes_the_first_day_whatever_the_submission() =>
        A.Request.StartingOn(new LocalDate(2026, 5, 4)).SubmittedOn(new LocalDate(2026, 3, 2)).BuildValid()
            .Dates.EarliestStart.Should().Be(new LocalDate(2026, 5, 4));

    [Fact]
    public void SubmittedOn_a_clock_takes_its_moment()
    {
        var clock = StammClock.On(2026, 3, 2);

        A.Request.SubmittedOn(clock).BuildValid().Submitted.Should().Be(clock.GetCurrentInstant());
    }

    [Fact]
    public void Lasting_keeps_the_first_day() =>
        A.Request.Lasting(days: 5).BuildValid().Dates.Should().Be(RequestedDates.Exactly(new LocalDate(2026, 4, 13), new LocalDate(2026, 4, 17)).OrThrow());

    [Fact]
    public void Within_asks_for_the_days_at_any_time_in_a_window()
    {
        var dates = A.Request.Lasting(2).Within(new LocalDate(2026, 5, 1), new LocalDate(2026, 6, 30)).BuildValid().Dates;

        dates.Kind.Should().Be(RequestedDatesKind.Window);
        dates.DurationInDays.Should().Be(2);
    }

    [Fact]
    public void Costs_are_added_one_line_at_a_time_in_the_request_currency()
    {
        var request = A.Request.InCurrency(Currency.Chf).WithoutCosts().WithCost(CostCategory.Travel, 800m).WithCost(CostCategory.Other, 200m, "Visa fees").BuildValid();

        request.TotalCost.Should().Be(Money.Of(1_000m, Currency.Chf));
        request.Costs[1].Description.Should().Be("Visa fees");
    }

    [Fact]
    public void Costing_makes_the_request_cost_exactly_that() =>
        A.Request.Costing(70_000m).BuildValid().TotalCost.Should().Be(Money.Of(70_000m, Currency.Eur));

    [Fact]
    public void WithoutAttachment_leaves_out_one_and_keeps_the_others() =>
        A.Request.WithoutAttachment(AttachmentKind.RequestForm).BuildValid().Attachments
            .Should().Equal(AttachmentKind.OfficialRequestLetter, AttachmentKind.AgendaOrTermsOfReference, AttachmentKind.ParticipantList);

    [Fact]
    public void The_other_settings_reach_the_request()
    {
        var scope = GeographicScope.Regional(CountryGroup.WesternBalkans);
        var request = A.Request
            .WithIdentifier("r-1").OfKind(ActivityType.Workshop).WithThemes(ThematicArea.Asylum, ThematicArea.BorderManagement)
            .Titled("Workshop").WithNeed("A need.").Hybrid("Mostar", Country.BosniaAndHerzegovina).WithParticipants(12, [Country.Serbia])
            .AlsoFor(Stamm.ServiceForForeignersAffairs).PreferringDonor(Stamm.CzechMinistryOfTheInterior).Serving(null).WithExperts(1)
            .AsEmergency().DeclaringNoParallelFunding(false).WithCoordination(null).WithCoRequester(KosovoMinistry).InLanguage("sr")
            .JustifiedBy("Because.").Planning(2).WithOutputDesignation(null).Covering(scope).WithContact("Ana", "ana@example.org")
            .BuildValid();

        request.Should().BeEquivalentTo(new
        {
            Identifier = "r-1",
            ActivityType = ActivityType.Workshop,
            Title = "Workshop",
            Need = "A need.",
            PreferredDonor = Stamm.CzechMinistryOfTheInterior,
            ServesObligation = (string?)null,
            ExpertsRequested = 1,
            IsEmergency = true,
            DeclaresNoParallelFunding = false,
            Coordination = (string?)null,
            CoRequester = KosovoMinistry,
            Language = "sr",
            Justification = "Because.",
            PlannedActivities = 2,
            OutputDesignation = (KosovoDesignation?)null,
            Scope = scope,
        });
        request.Themes.Should().Equal(ThematicArea.Asylum, ThematicArea.BorderManagement);
        request.Venue!.Mode.Should().Be(VenueMode.Hybrid);
        request.Participants.Countries.Should().Equal(Country.Serbia);
        request.Beneficiaries.Should().Equal(Stamm.ServiceForForeignersAffairs);
        request.Contact.Email.Should().Be("ana@example.org");
    }

    [Fact]
    public void An_invalid_change_gives_the_problems_never_a_request() =>
        A.Request.OfKind(ActivityType.StudyVisit).Online().WithThemes().WithExperts(-1).Build()
            .Should().FailWithExactly((ProblemCodes.Required, "themes"), (ProblemCodes.OutOfRange, "expertsRequested"));

    [Fact]
    public void A_study_visit_online_is_a_problem_of_the_request_once_its_parts_are_valid() =>
        A.Request.OfKind(ActivityType.StudyVisit).Online().Build().Should().FailWithExactly(ProblemCodes.NotAllowed, "venue");

    [Fact]
    public void Problems_of_the_parts_carry_the_path_of_the_part() =>
        A.Request.WithContact("Ana", "not an address").InPerson(" ", Country.Serbia).Lasting(0).WithCost(CostCategory.Other, 5m).Build()
            .Should().FailWithExactly(
                (ProblemCodes.InvalidFormat, "contact.email"),
                (ProblemCodes.OutOfRange, "dates.durationInDays"),
                (ProblemCodes.Required, "venue.city"),
                (ProblemCodes.Required, "costs[3].description"));

    [Fact]
    public void A_window_too_short_for_the_days_is_a_problem() =>
        A.Request.Lasting(5).Within(new LocalDate(2026, 5, 1), new LocalDate(2026, 5, 3)).Build()
            .Should().FailWithExactly(ProblemCodes.OutOfRange, "dates.durationInDays");

    [Fact]
    public void BuildValid_throws_with_every_problem_listed() =>
        FluentActions.Invoking(() => A.Request.Titled(" ").WithExperts(-1).BuildValid())
            .Should().Throw<InvalidDomainValueException>().WithMessage("*title*expertsRequested*");

    [Fact]
    public void Like_starts_from_an_existing_request_and_builds_it_again()
    {
        var original = A.Request.Lasting(2).Within(new LocalDate(2026, 5, 1), new LocalDate(2026, 6, 30)).AlsoFor(Stamm.ServiceForForeignersAffairs).BuildValid();

        RequestBuilder.Like(original).BuildValid().Should().Be(original);
        RequestBuilder.Like(original).Titled("Other").BuildValid().Dates.Should().Be(original.Dates);
    }

    [Fact]
    public void Like_builds_any_generated_request_again() =>
        Generate.Request.Valid.Sample(r => RequestBuilder.Like(r).BuildValid().Should().Be(r), iter: 200);

    [Fact]
    public void WithBeneficiaries_sets_exactly_the_beneficiaries() =>
        A.Request.AlsoFor(Stamm.ServiceForForeignersAffairs).WithBeneficiaries(KosovoMinistry).BuildValid().Beneficiaries.Should().Equal(KosovoMinistry);

    [Fact]
    public void A_lead_time_under_21_days_makes_the_default_request_ineligible() =>
        An.EvaluationContext.Evaluate(A.Request.StartingIn(days: 15)).Should().BeIneligibleBecause(LeadTimeRule.RuleCode);
}
