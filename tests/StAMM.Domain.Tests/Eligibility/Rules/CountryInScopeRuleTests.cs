using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Geography;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class CountryInScopeRuleTests
{
    [Fact]
    public void At_least_one_country_is_in_scope() =>
        CountryInScopeRule.Create([]).Should().FailWithExactly(ProblemCodes.Required, "countries");

    [Fact]
    public void A_scope_of_one_country_is_allowed() =>
        CountryInScopeRule.Create([Country.Serbia]).Should().BeValid();

    [Fact]
    public void Several_countries_outside_the_scope_are_summarised_as_the_first_and_a_count()
    {
        var request = Baseline.Request.From(Baseline.Ministry(Country.Switzerland)).WithParticipants(20, [Country.Austria, Country.Czechia]);

        var outcome = RuleProbe.Evaluate(CountryInScopeRule.Default, request);

        outcome.Status.Should().Be(OutcomeStatus.Fail);
        outcome.Actual.Codes.Should().Equal("AT", "+2 more");
    }

    [Fact]
    public void A_request_within_the_scope_is_explained_as_such() =>
        RuleProbe.Evaluate(CountryInScopeRule.Default, Baseline.Request).Message.Should().Be("Every country involved is in the project's scope.");

    [Fact]
    public void A_country_outside_the_scope_is_explained_with_the_project_countries() =>
        RuleProbe.Evaluate(CountryInScopeRule.Default, Baseline.Request.WithParticipants(20, [Country.Austria])).Message
            .Should().StartWith("The request involves AT, outside the project's countries (");
}
