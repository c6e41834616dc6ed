using StAMM.Domain.Eligibility;
using StAMM.Domain.Geography;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class DacListTests
{
    private static DacListEntry Entry(int year, Country country) => new(year, country, "UMIC");

    [Fact]
    public void The_same_country_in_several_years_and_several_countries_in_one_year_are_valid() =>
        DacList.Create([Entry(2024, Country.Albania), Entry(2024, Country.Serbia), Entry(2025, Country.Albania)])
            .Should().BeValid();

    [Fact]
    public void A_country_listed_twice_for_one_year_is_reported_at_the_later_entry() =>
        DacList.Create([Entry(2024, Country.Albania), Entry(2024, Country.Serbia), Entry(2024, Country.Albania)])
            .Should().FailWithExactly(ProblemCodes.Duplicate, "entries[2]");

    [Fact]
    public void Each_repetition_of_an_entry_is_reported_once() =>
        DacList.Create([Entry(2024, Country.Albania), Entry(2024, Country.Albania), Entry(2024, Country.Albania)])
            .Should().FailWithExactly((ProblemCodes.Duplicate, "entries[1]"), (ProblemCodes.Duplicate, "entries[2]"));

    [Fact]
    public void Entries_are_ordered_by_year_then_country_whatever_the_input_order()
    {
        var list = DacList.Create([Entry(2025, Country.Serbia), Entry(2025, Country.Albania), Entry(2024, Country.Serbia), Entry(2024, Country.Albania)]).OrThrow();

        list.Entries.Select(e => (e.ReportingYear, e.Country)).Should().Equal(
            (2024, Country.Albania), (2024, Country.Serbia), (2025, Country.Albania), (2025, Country.Serbia));
    }

    [Fact]
    public void The_years_covered_are_listed_once_each_in_ascending_order() =>
        DacList.Create([Entry(2026, Country.Albania), Entry(2024, Country.Albania), Entry(2025, Country.Serbia), Entry(2024, Country.Serbia)]).OrThrow()
            .Years.Should().Equal(2024, 2025, 2026);

    [Fact]
    public void A_list_covers_exactly_the_years_it_has_entries_for()
    {
        var list = DacList.Create([Entry(2024, Country.Albania), Entry(2026, Country.Serbia)]).OrThrow();

        list.Covers(2024).Should().BeTrue();
        list.Covers(2026).Should().BeTrue();
        list.Covers(2025).Should().BeFalse();
        list.Covers(2023).Should().BeFalse();
    }

    [Fact]
    public void A_country_is_a_recipient_only_in_the_years_it_is_listed_for()
    {
        var list = DacList.Create([Entry(2024, Country.Albania), Entry(2025, Country.Serbia)]).OrThrow();

        list.Contains(2024, Country.Albania).Should().BeTrue();
        list.Contains(2025, Country.Serbia).Should().BeTrue();
        list.Contains(2024, Country.Serbia).Should().BeFalse();
        list.Contains(2025, Country.Albania).Should().BeFalse();
    }

    [Fact]
    public void No_country_is_a_recipient_in_a_year_the_list_does_not_cover() =>
        DacList.Create([Entry(2024, Country.Albania)]).OrThrow().Contains(2023, Country.Albania).Should().BeFalse();

    [Fact]
    public void Asking_about_a_null_country_is_refused() =>
        FluentActions.Invoking(() => DacList.Create([Entry(2024, Country.Albania)]).OrThrow().Contains(2023, null!))
            .Should().Throw<ArgumentNullException>();

    [Fact]
    public void Lists_with_the_same_entries_in_any_order_are_equal()
    {
        var a = DacList.Create([Entry(2024, Country.Albania), Entry(2024, Country.Serbia)]).OrThrow();
        var b = DacList.Create([Entry(2024, Country.Serbia), Entry(2024, Country.Albania)]).OrThrow();

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Lists_with_different_entries_are_not_equal() =>
        DacList.Create([Entry(2024, Country.Albania)]).OrThrow()
            .Equals(DacList.Create([Entry(2024, Country.Serbia)]).OrThrow()).Should().BeFalse();

    [Fact]
    public void A_list_is_not_equal_to_null() =>
        DacList.Create([Entry(2024, Country.Albania)]).OrThrow().Equals(null).Should().BeFalse();
}
