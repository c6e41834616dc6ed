using NodaTime;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Geography;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility.Rules;

public sealed class OdaRecipientRuleTests
{
    private static readonly DacList TwoYears = DacList.Create(
    [
        new DacListEntry(2025, Country.BosniaAndHerzegovina, "UMIC"),
        new DacListEntry(2025, Country.Serbia, "UMIC", isAssumption: true),
        new DacListEntry(2026, Country.BosniaAndHerzegovina, "UMIC"),
    ]).OrThrow();

    private static OdaRecipientRule Rule => OdaRecipientRule.Create(TwoYears).OrThrow();

    [Fact]
    public void A_recipient_in_the_first_year_of_the_list_passes() =>
        RuleProbe.Evaluate(Rule, Baseline.Request).Status.Should().Be(OutcomeStatus.Pass);

    [Fact]
    public void A_beneficiary_country_missing_from_that_year_is_reported_by_code()
    {
        var outcome = RuleProbe.Evaluate(Rule, Baseline.Request.From(Baseline.Ministry(Country.Serbia)).StartingOn(new LocalDate(2026, 3, 2)));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Actual.Codes.Should().Equal("RS");
        outcome.Message.Should().Be("RS is not on the DAC list 2026; CRS 15190, aid type D02: the activity may not count as ODA.");
    }

    [Fact]
    public void A_year_the_list_does_not_cover_asks_for_a_check()
    {
        var outcome = RuleProbe.Evaluate(Rule, Baseline.Request.StartingOn(new LocalDate(2027, 3, 2)));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
        outcome.Actual.Should().Be(RuleValue.OfText("year not covered"));
        outcome.Message.Should().Be("The DAC list for 2027 is not configured; check ODA eligibility before reporting.");
    }

    [Fact]
    public void The_parameters_give_the_list_of_each_year_with_assumptions_marked_and_the_coding() =>
        Rule.Parameters.Select(p => p.ToString()).Should().Equal(
            "dacList.2025 = BA UMIC, RS UMIC (assumed)",
            "dacList.2026 = BA UMIC",
            "purposeCode = 15190",
            "aidType = D02");

    [Theory]
    [InlineData("1519")]
    [InlineData("151900")]
    [InlineData("15a90")]
    public void A_purpose_code_has_exactly_five_digits(string purposeCode) =>
        OdaRecipientRule.Create(TwoYears, purposeCode).Should().FailWithExactly(ProblemCodes.InvalidFormat, "purposeCode");

    [Theory]
    [InlineData(" ")]
    [InlineData("D0234")]
    public void An_aid_type_is_a_short_code(string aidType) =>
        OdaRecipientRule.Create(TwoYears, aidType: aidType).Should().FailWithExactly(ProblemCodes.InvalidFormat, "aidType");

    [Fact]
    public void An_aid_type_of_four_characters_is_accepted() =>
        OdaRecipientRule.Create(TwoYears, "12345", "D02A").Should().BeValid().Which.AidType.Should().Be("D02A");
}
