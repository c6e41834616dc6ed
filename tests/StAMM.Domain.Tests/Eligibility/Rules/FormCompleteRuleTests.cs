using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class FormCompleteRuleTests
{
    private static FormCompleteRule RequiringEverything(params string[] languages) => FormCompleteRule.Create(Enum.GetValues<FormField>(), languages);

    [Fact]
    public void A_complete_form_in_a_working_language_passes_and_says_so()
    {
        var outcome = RuleProbe.Evaluate(RequiringEverything("en"), Baseline.Request);

        outcome.Status.Should().Be(OutcomeStatus.Pass);
        outcome.Actual.Codes.Should().BeEmpty();
        outcome.Message.Should().Be("The request form is complete.");
    }

    [Fact]
    public void A_missing_venue_is_reported_by_name() =>
        MissingOf(Baseline.Request.WithoutVenue()).Should().Equal("venue");

    [Fact]
    public void Participants_without_countries_are_reported_by_name() =>
        MissingOf(Baseline.Request.WithParticipants(20, [])).Should().Equal("participantCountries");

    [Fact]
    public void A_request_without_cost_lines_is_reported_by_name() =>
        MissingOf(Baseline.Request.WithoutCosts()).Should().Equal("costs");

    [Fact]
    public void A_request_in_no_language_is_reported_by_name() =>
        MissingOf(Baseline.Request.InLanguage(null)).Should().Equal("language");

    [Fact]
    public void A_contact_without_a_telephone_number_is_reported_by_name() =>
        MissingOf(Baseline.Request.WithContact("Amra Hodžić", "amra.hodzic@msb.gov.ba", phone: null)).Should().Equal("contactPhone");

    [Fact]
    public void Every_missing_field_is_reported_in_the_order_of_the_form()
    {
        var request = Baseline.Request.WithoutVenue().WithoutCosts().InLanguage(null).Serving(null);

        MissingOf(request).Should().Equal("venue", "costs", "servesObligation", "language");
    }

    [Fact]
    public void A_field_that_is_not_required_may_be_missing()
    {
        var rule = FormCompleteRule.Create([FormField.Costs], []);

        var outcome = RuleProbe.Evaluate(rule, Baseline.Request.WithoutVenue().WithContact("Amra Hodžić", "amra.hodzic@msb.gov.ba", phone: null));

        outcome.Status.Should().Be(OutcomeStatus.Pass);
        outcome.Expected.Codes.Should().Equal("costs");
    }

    [Fact]
    public void A_request_outside_the_working_languages_fails_as_not_in_a_working_language()
    {
        var outcome = RuleProbe.Evaluate(RequiringEverything("en", "de"), Baseline.Request.InLanguage("fr"));

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Actual.Codes.Should().Equal("workingLanguage");
        outcome.Message.Should().Be("The request form is incomplete; missing: working language (working languages: en, de).");
    }

    [Fact]
    public void Any_of_the_working_languages_is_accepted() =>
        RuleProbe.Evaluate(RequiringEverything("de", "en"), Baseline.Request.InLanguage("en")).Status.Should().Be(OutcomeStatus.Pass);

    [Fact]
    public void A_missing_field_and_a_foreign_language_are_both_reported() =>
        RuleProbe.Evaluate(RequiringEverything("de"), Baseline.Request.WithoutVenue().InLanguage("en")).Actual.Codes
            .Should().Equal("venue", "workingLanguage");

    [Fact]
    public void Without_working_languages_any_language_is_accepted() =>
        RuleProbe.Evaluate(RequiringEverything(), Baseline.Request.InLanguage("sq")).Status.Should().Be(OutcomeStatus.Pass);

    [Fact]
    public void The_expected_value_lists_the_required_fields() =>
        RuleProbe.Evaluate(FormCompleteRule.Create([FormField.Language, FormField.Venue], ["en"]), Baseline.Request).Expected.Codes
            .Should().Equal("venue", "language");

    [Fact]
    public void Each_field_is_required_on_its_own()
    {
        foreach (var field in Enum.GetValues<FormField>())
        {
            var rule = FormCompleteRule.Create([field], []);
            var everythingMissing = Baseline.Request.WithoutVenue().WithParticipants(null, []).WithoutCosts().Serving(null).InLanguage(null)
                .WithContact("Amra Hodžić", "amra.hodzic@msb.gov.ba", phone: null);

            RuleProbe.Evaluate(rule, everythingMissing).Actual.Should().Be(RuleValue.OfNames([field]), "only {0} is required", field);
        }
    }

    private static System.Collections.Immutable.ImmutableArray<string> MissingOf(Testing.RequestBuilder request)
    {
        var outcome = RuleProbe.Evaluate(RequiringEverything(), request);
        outcome.Status.Should().Be(OutcomeStatus.Fail);
        return outcome.Actual.Codes;
    }
}
