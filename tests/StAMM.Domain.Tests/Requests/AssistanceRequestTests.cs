using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Tests.Eligibility;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Requests;

public sealed class AssistanceRequestTests
{
    private static readonly Contact Someone = Contact.Create("Ana", "ana@example.org").OrThrow();
    private static readonly Instant Submitted = Instant.FromUtc(2025, 3, 3, 9, 0);
    private static readonly Institution Ministry = Stamm.MinistryOfSecurityOfBosniaAndHerzegovina;
    private static readonly RequestedDates June = RequestedDates.Exactly(new LocalDate(2025, 6, 10), new LocalDate(2025, 6, 11)).OrThrow();
    private static readonly RequestedActivity StudyVisit = RequestedActivity.Create(ActivityType.StudyVisit, [ThematicArea.Asylum], "t", "n").OrThrow();

    [Fact]
    public void A_request_reports_every_problem_at_once()
    {
        var result = AssistanceRequest.Create(
            "bad id!",
            Instant.FromUtc(2025, 3, 3, 9, 0),
            RequestingParty.Create(Ministry, Someone, coRequester: Ministry),
            RequestedActivity.Create(ActivityType.Workshop, [], " ", null, expertsRequested: -1, plannedActivities: 0),
            RequestLogistics.Create(June, language: "english"),
            CostEstimate.Create([CostLine.Create(CostCategory.Travel, Money.Of(10m, Currency.Eur)).OrThrow(), CostLine.Create(CostCategory.Travel, Money.Of(10m, Currency.Chf)).OrThrow()]));

        result.Problems.Select(p => p.Path).Should().BeEquivalentTo(
            "identifier", "coRequester", "title", "need", "themes", "expertsRequested", "plannedActivities", "language", "costs[1].amount");
    }

    [Fact]
    public void A_study_visit_cannot_be_online() =>
        AssistanceRequest.Create("r", Submitted, RequestingParty.Create(Ministry, Someone), StudyVisit, RequestLogistics.Create(June, Venue.Online))
            .Should().FailWithExactly(ProblemCodes.NotAllowed, "venue");

    [Fact]
    public void A_request_is_made_of_the_parts_it_was_given()
    {
        var party = RequestingParty.Create(Ministry, Someone).OrThrow();
        var logistics = RequestLogistics.Create(June).OrThrow();

        var request = AssistanceRequest.Create("r", Submitted, party, StudyVisit, logistics).OrThrow();

        request.Party.Should().Be(party);
        request.Logistics.Should().Be(logistics);
        request.CostEstimate.Should().Be(CostEstimate.None);
        request.Declarations.Should().Be(RequestDeclarations.None);
        request.TotalCost.Should().BeNull("no cost line is an unknown cost, not zero");
    }

    [Fact]
    public void Parts_with_the_same_content_are_equal_and_parts_that_differ_are_not()
    {
        RequestingParty.Create(Ministry, Someone).OrThrow().Should().Be(RequestingParty.Create(Ministry, Someone).OrThrow());
        RequestingParty.Create(Ministry, Someone, beneficiaries: [Baseline.Ministry(Country.Serbia)]).OrThrow()
            .Should().NotBe(RequestingParty.Create(Ministry, Someone).OrThrow());
        RequestedActivity.Create(ActivityType.Workshop, [ThematicArea.Asylum], "t", "n").OrThrow()
            .Should().Be(RequestedActivity.Create(ActivityType.Workshop, [ThematicArea.Asylum, ThematicArea.Asylum], "t", "n").OrThrow());
        CostEstimate.Create([CostLine.Create(CostCategory.Travel, Money.Of(10m, Currency.Eur)).OrThrow()]).OrThrow()
            .Should().Be(CostEstimate.Create([CostLine.Create(CostCategory.Travel, Money.Of(10m, Currency.Eur)).OrThrow()]).OrThrow());
        RequestDeclarations.Create([AttachmentKind.RequestForm], isEmergency: true).OrThrow()
            .Should().NotBe(RequestDeclarations.Create([AttachmentKind.RequestForm]).OrThrow());
    }

    [Fact]
    public void A_request_sums_its_cost_lines() =>
        Baseline.Request.BuildValid().TotalCost.Should().Be(Money.Of(12_000m, Currency.Eur));

    [Fact]
    public void A_request_copies_the_collections_it_is_given()
    {
        var themes = new List<ThematicArea> { ThematicArea.Asylum };
        var activity = RequestedActivity.Create(ActivityType.Workshop, themes, "t", "n").OrThrow();

        themes.Add(ThematicArea.BorderManagement);

        activity.Themes.Should().Equal(ThematicArea.Asylum);
    }

    [Fact]
    public void Requests_with_the_same_content_are_equal() =>
        Baseline.Request.BuildValid().Should().Be(Baseline.Request.BuildValid());

    [Fact]
    public void The_involved_countries_include_participants_but_the_beneficiary_countries_do_not()
    {
        var request = Baseline.Request.WithParticipants(20, [Country.Serbia]).BuildValid();

        request.InvolvedCountries.Should().Equal(Country.BosniaAndHerzegovina, Country.Serbia);
        request.BeneficiaryCountries.Should().Equal(Country.BosniaAndHerzegovina);
    }

    [Fact]
    public void A_window_must_be_long_enough_for_the_duration() =>
        RequestedDates.Within(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 3), 4).Problems.Should().ContainSingle(p => p.Path == "durationInDays");

    [Fact]
    public void A_window_spans_from_its_earliest_start_to_its_latest_end()
    {
        var window = RequestedDates.Within(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30), 3).OrThrow();

        window.Span.Equals(new DateInterval(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30))).Should().BeTrue();
        window.ExactDays.Should().BeNull();
        window.ToString().Should().Be("3 days within 2025-06-01/2025-06-30");
    }

    [Fact]
    public void Exact_dates_cannot_end_before_they_start() =>
        RequestedDates.Exactly(new LocalDate(2025, 6, 2), new LocalDate(2025, 6, 1)).Problems.Should().ContainSingle(p => p.Code == ProblemCodes.EndBeforeStart);

    [Theory]
    [InlineData("ana@example.org", true)]
    [InlineData("ana@example", false)]
    [InlineData("ana example@org.ba", false)]
    [InlineData("@example.org", false)]
    [InlineData("a@b@c.org", false)]
    public void A_contact_email_must_look_like_an_address(string email, bool valid) =>
        Contact.Create("Ana", email).IsValid.Should().Be(valid);

    [Fact]
    public void A_contact_phone_holds_digits_and_separators()
    {
        Contact.Create("Ana", "ana@example.org", "+387 (33) 123-456").IsValid.Should().BeTrue();
        Contact.Create("Ana", "ana@example.org", "call me").Problems.Should().ContainSingle(p => p.Path == "phone");
    }

    [Fact]
    public void An_other_cost_line_needs_a_description() =>
        CostLine.Create(CostCategory.Other, Money.Of(10m, Currency.Eur)).Problems.Should().ContainSingle(p => p.Path == "description");

    [Fact]
    public void A_negative_cost_is_refused() =>
        CostLine.Create(CostCategory.Travel, Money.Of(-1m, Currency.Eur)).Problems.Should().ContainSingle(p => p.Code == ProblemCodes.OutOfRange);

    [Fact]
    public void A_request_cannot_be_its_own_co_requester() =>
        RequestingParty.Create(Ministry, Someone, coRequester: Ministry).Should().FailWithExactly(ProblemCodes.NotAllowed, "coRequester");

    [Fact]
    public void The_beneficiary_countries_include_those_of_the_other_beneficiary_institutions() =>
        Baseline.Request.AlsoFor(Baseline.Ministry(Country.Serbia)).BuildValid()
            .BeneficiaryCountries.Should().Equal(Country.BosniaAndHerzegovina, Country.Serbia);

    [Fact]
    public void A_beneficiary_named_twice_is_reported_where_it_is_repeated() =>
        Baseline.Request.AlsoFor(Baseline.Ministry(Country.Serbia)).AlsoFor(Baseline.Ministry(Country.Albania)).AlsoFor(Baseline.Ministry(Country.Serbia))
            .Build().Should().FailWithExactly(ProblemCodes.Duplicate, "beneficiaries[2]");

    [Fact]
    public void Different_beneficiaries_are_accepted() =>
        Baseline.Request.AlsoFor(Baseline.Ministry(Country.Serbia)).AlsoFor(Baseline.Ministry(Country.Albania)).Build().Should().BeValid();

    [Fact]
    public void Cost_lines_may_add_up_to_the_largest_amount_a_request_can_state() =>
        Baseline.Request.Costing(decimal.MaxValue - 1m).WithCost(CostCategory.Travel, 1m).Build()
            .Should().BeValid().Which.TotalCost.Should().Be(Money.Of(decimal.MaxValue, Currency.Eur));

    [Fact]
    public void Cost_lines_adding_up_to_more_than_the_largest_amount_are_reported_at_the_line_that_overflows() =>
        Baseline.Request.Costing(decimal.MaxValue).WithCost(CostCategory.Travel, 1m).Build()
            .Should().FailWithExactly(ProblemCodes.OutOfRange, "costs[1].amount");

    [Fact]
    public void Requests_that_differ_only_in_their_identifier_are_not_equal()
    {
        var request = Baseline.Request.BuildValid();
        var other = Baseline.Request.WithIdentifier("2025-018-BA-MoS").BuildValid();

        request.Should().NotBe(other);
        (request == other).Should().BeFalse();
        (request != other).Should().BeTrue();
    }

    [Fact]
    public void The_equality_operators_compare_requests_by_value()
    {
        var request = Baseline.Request.BuildValid();
        var same = Baseline.Request.BuildValid();

        (request == same).Should().BeTrue();
        (request != same).Should().BeFalse();
    }

    [Fact]
    public void The_equality_operators_treat_null_as_equal_only_to_null()
    {
        AssistanceRequest? none = null;
        var request = Baseline.Request.BuildValid();

        (none == null).Should().BeTrue();
        (none != null).Should().BeFalse();
        (none == request).Should().BeFalse();
        (request == none).Should().BeFalse();
        (none != request).Should().BeTrue();
    }

    [Fact]
    public void The_beneficiary_countries_include_the_co_requester_s_country() =>
        Baseline.Request.WithCoRequester(Baseline.Ministry(Country.Serbia)).BuildValid()
            .BeneficiaryCountries.Should().Equal(Country.BosniaAndHerzegovina, Country.Serbia);

    [Fact]
    public void The_beneficiary_countries_include_every_country_of_the_scope() =>
        Baseline.Request.Covering(GeographicScope.Create(ScopeKind.MultiCountry, [Country.NorthMacedonia, Country.Serbia]).OrThrow()).BuildValid()
            .BeneficiaryCountries.Should().Equal(Country.BosniaAndHerzegovina, Country.NorthMacedonia, Country.Serbia);

    [Fact]
    public void Cost_lines_are_reported_at_the_line_whose_running_total_passes_the_largest_amount() =>
        Baseline.Request.Costing(decimal.MaxValue - 1m).WithCost(CostCategory.Travel, 1m).WithCost(CostCategory.Travel, 1m).Build()
            .Should().FailWithExactly(ProblemCodes.OutOfRange, "costs[2].amount");

    [Fact]
    public void A_request_may_say_that_it_needs_no_experts() =>
        Baseline.Request.WithExperts(0).Build().Should().BeValid().Which.ExpertsRequested.Should().Be(0);

    [Fact]
    public void A_missing_part_throws() =>
        FluentActions.Invoking(() => AssistanceRequest.Create("r", Submitted, RequestingParty.Create(Ministry, Someone), null!, RequestLogistics.Create(June)))
            .Should().Throw<ArgumentNullException>().WithParameterName("requestedActivity");

    [Fact]
    public void A_null_requester_throws() =>
        FluentActions.Invoking(() => RequestingParty.Create(null!, Someone)).Should().Throw<ArgumentNullException>().WithParameterName("requester");

    [Fact]
    public void A_null_contact_throws() =>
        FluentActions.Invoking(() => RequestingParty.Create(Ministry, null!)).Should().Throw<ArgumentNullException>().WithParameterName("contact");

    [Fact]
    public void Null_themes_throw() =>
        FluentActions.Invoking(() => RequestedActivity.Create(ActivityType.Workshop, null!, "t", "n")).Should().Throw<ArgumentNullException>().WithParameterName("themes");

    [Fact]
    public void Null_dates_throw() =>
        FluentActions.Invoking(() => RequestLogistics.Create(null!)).Should().Throw<ArgumentNullException>().WithParameterName("dates");

    [Fact]
    public void An_undefined_activity_type_throws() =>
        FluentActions.Invoking(() => RequestedActivity.Create((ActivityType)99, [ThematicArea.Asylum], "t", "n")).Should().Throw<ArgumentException>().WithParameterName("type");

    [Fact]
    public void An_undefined_theme_throws() =>
        FluentActions.Invoking(() => RequestedActivity.Create(ActivityType.Workshop, [(ThematicArea)99], "t", "n")).Should().Throw<ArgumentException>().WithParameterName("themes");

    [Fact]
    public void An_undefined_attachment_throws() =>
        FluentActions.Invoking(() => RequestDeclarations.Create([(AttachmentKind)99])).Should().Throw<ArgumentException>().WithParameterName("attachments");

    [Fact]
    public void Repeated_cost_lines_of_a_category_under_review_still_need_review() =>
        Baseline.Context.Evaluate(Baseline.Request.WithCost(CostCategory.Other, 500m, "Interpretation").WithCost(CostCategory.Other, 300m, "Printing"))
            .Should().NeedReviewFor(EligibleCostLinesRule.RuleCode);

    [Fact]
    public void The_balance_check_states_the_estimate_in_the_currency_of_the_cost_lines() =>
        Baseline.Context.Evaluate(Baseline.Request.InCurrency(Currency.Eur))
            .Should().HaveOutcome(DonorBalanceRule.RuleCode, OutcomeStatus.Pass).Which.Expected.Unit.Should().Be("EUR");

    [Fact]
    public void The_balance_check_of_a_request_without_cost_lines_states_no_currency() =>
        Baseline.Context.Evaluate(Baseline.Request.WithoutCosts())
            .Should().HaveOutcome(DonorBalanceRule.RuleCode, OutcomeStatus.Pass).Which.Expected.Unit.Should().BeNull();
}
