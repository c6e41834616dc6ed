using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class RuleValueTests
{
    [Fact]
    public void Enum_names_are_kept_as_codes_in_the_given_order() =>
        RuleValue.OfNames([ActivityType.Workshop, ActivityType.Training]).Codes.Should().Equal("workshop", "training");

    [Fact]
    public void Enum_values_print_as_words() =>
        RuleValue.OfNames([ActivityType.EquipmentSupply, ActivityType.StudyVisit]).ToString().Should().Be("equipment supply, study visit");

    [Fact]
    public void Enum_values_of_other_enums_print_as_words_too() =>
        RuleValue.OfNames([Domain.Organisations.InstitutionType.CentralAgency]).ToString().Should().Be("central agency");

    [Fact]
    public void Codes_that_are_no_enum_values_print_as_given() =>
        RuleValue.OfCodes(["AL", "CoE", "ACT-LEAD-TIME"]).ToString().Should().Be("AL, CoE, ACT-LEAD-TIME");

    [Theory]
    [InlineData(1, "days", "1 day")]
    [InlineData(2, "days", "2 days")]
    [InlineData(0, "days", "0 days")]
    [InlineData(1, "months", "1 month")]
    [InlineData(1, "working days", "1 working day")]
    [InlineData(1, "participants", "1 participant")]
    [InlineData(1, "activities", "1 activity")]
    [InlineData(1, "EUR", "1 EUR")]
    [InlineData(-1, "days", "-1 day")]
    public void A_number_with_a_unit_prints_the_unit_in_the_right_number(int number, string unit, string text) =>
        RuleValue.OfNumber(number, unit).ToString().Should().Be(text);

    [Fact]
    public void Enum_values_and_the_same_codes_given_as_codes_are_not_equal_since_they_print_differently() =>
        RuleValue.OfNames([ActivityType.StudyVisit]).Should().NotBe(RuleValue.OfCodes(["studyVisit"]));

    [Fact]
    public void Enum_names_of_a_null_list_are_refused() =>
        FluentActions.Invoking(() => RuleValue.OfNames<ActivityType>(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Values_of_the_same_kind_and_content_are_equal()
    {
        var a = RuleValue.OfNumber(21, "days");
        var b = RuleValue.OfNumber(21, "days");

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    public static TheoryData<RuleValue, RuleValue> DifferentValues => new()
    {
        { RuleValue.OfText("a"), RuleValue.OfText("b") },
        { RuleValue.OfNumber(21, "days"), RuleValue.OfNumber(22, "days") },
        { RuleValue.OfNumber(21, "days"), RuleValue.OfNumber(21, "months") },
        { RuleValue.OfNumber(21, "days"), RuleValue.OfNumber(21) },
        { RuleValue.OfDate(new LocalDate(2025, 1, 1)), RuleValue.OfDate(new LocalDate(2025, 1, 2)) },
        { RuleValue.OfCodes(["AL", "BA"]), RuleValue.OfCodes(["BA", "AL"]) },
        { RuleValue.OfFlag(true), RuleValue.OfFlag(false) },
        { RuleValue.OfText("1"), RuleValue.OfNumber(1) },
    };

    [Theory]
    [MemberData(nameof(DifferentValues))]
    public void Values_that_differ_in_kind_or_content_are_not_equal(RuleValue a, RuleValue b)
    {
        a.Equals(b).Should().BeFalse();
        (a == b).Should().BeFalse();
        (a != b).Should().BeTrue();
    }

    [Fact]
    public void A_value_is_not_equal_to_null()
    {
        var value = RuleValue.OfText("x");
        RuleValue? none = null;

        value.Equals(none).Should().BeFalse();
        (value == none).Should().BeFalse();
        (none == value).Should().BeFalse();
        (value != none).Should().BeTrue();
        (none != value).Should().BeTrue();
    }

    [Fact]
    public void Two_null_values_compare_equal()
    {
        RuleValue? a = null;
        RuleValue? b = null;

        (a == b).Should().BeTrue();
        (a != b).Should().BeFalse();
    }

    [Fact]
    public void A_number_without_a_unit_prints_as_the_bare_number() =>
        RuleValue.OfNumber(2.5m).ToString().Should().Be("2.5");

    [Fact]
    public void A_number_with_a_unit_prints_the_unit_after_it() =>
        RuleValue.OfNumber(21, "days").ToString().Should().Be("21 days");

    [Fact]
    public void Codes_print_separated_by_commas() =>
        RuleValue.OfCodes(["AL", "BA"]).ToString().Should().Be("AL, BA");

    [Fact]
    public void An_empty_list_of_codes_prints_as_none() =>
        RuleValue.OfCodes([]).ToString().Should().Be("(none)");

    [Fact]
    public void Flags_print_as_true_and_false()
    {
        RuleValue.OfFlag(true).ToString().Should().Be("true");
        RuleValue.OfFlag(false).ToString().Should().Be("false");
    }

    [Fact]
    public void Texts_and_dates_print_as_themselves()
    {
        RuleValue.OfText("House style").ToString().Should().Be("House style");
        RuleValue.OfDate(new LocalDate(2018, 12, 1)).ToString().Should().Be("2018-12-01");
    }

    [Fact]
    public void An_unknown_reads_as_unknown_never_as_a_number()
    {
        var value = RuleValue.Unknown("EUR");

        value.Kind.Should().Be(RuleValueKind.Unknown);
        value.Number.Should().BeNull();
        value.ToString().Should().Be("unknown");
    }

    [Fact]
    public void Unknowns_are_equal_by_unit() =>
        RuleValue.Unknown("EUR").Should().Be(RuleValue.Unknown("EUR")).And.NotBe(RuleValue.Unknown("CHF")).And.NotBe(RuleValue.OfNumber(0m, "EUR"));
}
