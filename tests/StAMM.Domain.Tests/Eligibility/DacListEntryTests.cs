using StAMM.Domain.Eligibility;
using StAMM.Domain.Geography;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class DacListEntryTests
{
    [Fact]
    public void An_entry_keeps_its_year_country_income_group_and_assumption()
    {
        var entry = new DacListEntry(2024, Country.Albania, "UMIC", isAssumption: true);

        entry.ReportingYear.Should().Be(2024);
        entry.Country.Should().Be(Country.Albania);
        entry.IncomeGroup.Should().Be("UMIC");
        entry.IsAssumption.Should().BeTrue();
    }

    [Fact]
    public void An_entry_is_verified_unless_marked_as_an_assumption() =>
        new DacListEntry(2024, Country.Albania, "UMIC").IsAssumption.Should().BeFalse();

    [Fact]
    public void A_verified_entry_prints_year_country_and_income_group() =>
        new DacListEntry(2024, Country.Albania, "UMIC").ToString().Should().Be("2024 AL UMIC");

    [Fact]
    public void An_assumed_entry_prints_as_assumed() =>
        new DacListEntry(2025, Country.Kosovo, "UMIC", isAssumption: true).ToString().Should().Be("2025 XK UMIC (assumed)");

    [Fact]
    public void An_entry_needs_an_income_group() =>
        FluentActions.Invoking(() => new DacListEntry(2024, Country.Albania, " ")).Should().Throw<ArgumentException>();
}
