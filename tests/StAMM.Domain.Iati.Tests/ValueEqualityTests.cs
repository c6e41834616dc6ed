using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Iati.Export;
using StAMM.Domain.Iati.Import;
using StAMM.Domain.Iati.Reading;
using StAMM.Domain.Iati.Validation;
using StAMM.Domain.Organisations;
using StAMM.Domain.Reliability.Tests;

namespace StAMM.Domain.Iati.Tests;

/// <summary>Every public value of the IATI package has value equality, collections compared element by element.</summary>
public sealed class ValueEqualityTests
{
    private static ImmutableArray<IatiNarrative> Texts(params string[] texts) => [.. texts.Select(t => new IatiNarrative(t, "en"))];

    private static IatiOrganisationReference Org(string name = "ICMPD") => new("XM-DAC-1", OrganisationIdentifier.Parse("XM-DAC-1"), OrganisationType.Multilateral, Texts(name));

    private static IatiValue Value(decimal amount = 10m) => new(amount, "EUR", Money.Of(amount, Currency.Eur), new LocalDate(2020, 1, 1));

    [Fact]
    public void Two_descriptions_with_equal_narratives_are_equal() =>
        EqualityContract.Holds(new IatiDescription("1", Texts("a", "b")), new IatiDescription("1", Texts("a", "b")), new IatiDescription("2", Texts("a", "b")), new IatiDescription("1", Texts("a")));

    [Fact]
    public void Narratives() =>
        EqualityContract.Holds(new IatiNarrative("a", "en"), new IatiNarrative("a", "en"), new IatiNarrative("b", "en"), new IatiNarrative("a", null));

    [Fact]
    public void Organisation_references() =>
        EqualityContract.Holds(Org(), Org(), Org("Other"), new IatiOrganisationReference(null, null, null, Texts("ICMPD")));

    [Fact]
    public void Participants() =>
        EqualityContract.Holds(new IatiParticipant(Org(), OrganisationRole.Implementing, null), new IatiParticipant(Org(), OrganisationRole.Implementing, null), new IatiParticipant(Org("B"), OrganisationRole.Implementing, null), new IatiParticipant(Org(), null, null));

    [Fact]
    public void Activity_dates() =>
        EqualityContract.Holds(
            new IatiActivityDate(IatiDateType.ActualStart, new LocalDate(2020, 1, 1), Texts("n")),
            new IatiActivityDate(IatiDateType.ActualStart, new LocalDate(2020, 1, 1), Texts("n")),
            new IatiActivityDate(IatiDateType.PlannedStart, new LocalDate(2020, 1, 1), Texts("n")),
            new IatiActivityDate(IatiDateType.ActualStart, new LocalDate(2020, 1, 1), []));

    [Fact]
    public void Country_and_region_shares()
    {
        EqualityContract.Holds(new IatiCountryShare("RS", Country.FromCode("RS"), 50m), new IatiCountryShare("RS", Country.FromCode("RS"), 50m), new IatiCountryShare("RS", Country.FromCode("RS"), 40m));
        EqualityContract.Holds(new IatiRegionShare("89", "1", null, 50m), new IatiRegionShare("89", "1", null, 50m), new IatiRegionShare("89", "2", null, 50m));
    }

    [Fact]
    public void Sectors() =>
        EqualityContract.Holds(new IatiSector("15110", "1", 100m, Texts("s")), new IatiSector("15110", "1", 100m, Texts("s")), new IatiSector("15110", "1", 100m, Texts("t")));

    [Fact]
    public void Values_budgets_and_transactions()
    {
        EqualityContract.Holds(Value(), Value(), Value(11m));
        EqualityContract.Holds(new IatiBudget("1", "1", null, null, Value()), new IatiBudget("1", "1", null, null, Value()), new IatiBudget("2", "1", null, null, Value()));
        EqualityContract.Holds(new IatiTransaction("3", null, Value(), Org(), null), new IatiTransaction("3", null, Value(), Org(), null), new IatiTransaction("3", null, Value(), Org("B"), null));
    }

    [Fact]
    public void Related_activities_locations_and_documents()
    {
        EqualityContract.Holds(new IatiRelatedActivity("X-1", IatiRelationship.Parent), new IatiRelatedActivity("X-1", IatiRelationship.Parent), new IatiRelatedActivity("X-1", IatiRelationship.Child));
        EqualityContract.Holds(new IatiLocation(Texts("Tirana"), 41.3m, 19.8m), new IatiLocation(Texts("Tirana"), 41.3m, 19.8m), new IatiLocation(Texts("Durrës"), 41.3m, 19.8m));
        EqualityContract.Holds(new IatiDocument("https://example.org", Texts("t"), ["A01"]), new IatiDocument("https://example.org", Texts("t"), ["A01"]), new IatiDocument("https://example.org", Texts("t"), ["A02"]));
    }

    [Fact]
    public void Problems_and_findings()
    {
        EqualityContract.Holds(new IatiImportProblem("/a", "why"), new IatiImportProblem("/a", "why"), new IatiImportProblem("/b", "why"));
        static IatiFinding Finding(int? column) => new("1.1.1", IatiSeverity.Error, IatiFindingSource.Ruleset, "atleast_one", "m", null, "X-1", "/iati-activities/iati-activity[1]", 2, column);
        EqualityContract.Holds(Finding(3), Finding(3), Finding(4));
    }

    [Fact]
    public void Options_and_limits()
    {
        EqualityContract.Holds(new IatiReaderLimits { MaxDepth = 10 }, new IatiReaderLimits { MaxDepth = 10 }, new IatiReaderLimits { MaxDepth = 11 }, IatiReaderLimits.Default);
        EqualityContract.Holds(IatiReportingOrganisation.For(Stamm.Icmpd, Support.ExampleRef), IatiReportingOrganisation.For(Stamm.Icmpd, Support.ExampleRef), IatiReportingOrganisation.For(Stamm.Icmpd, OrganisationIdentifier.Parse("XM-DAC-1")));
        EqualityContract.Holds(new IatiExportOptions(IatiReportingOrganisation.For(Stamm.Icmpd, Support.ExampleRef), Support.Clock), new IatiExportOptions(IatiReportingOrganisation.For(Stamm.Icmpd, Support.ExampleRef), Support.Clock), new IatiExportOptions(IatiReportingOrganisation.For(Stamm.Icmpd, Support.ExampleRef), Support.Clock) { Language = "fr" });
        var options = new IatiValidatorOptions(Support.Clock);
        EqualityContract.Holds(
            options.AcceptingOrganisationIdentifierPrefixes(["XI-EXAMPLE"]),
            new IatiValidatorOptions(Support.Clock).AcceptingOrganisationIdentifierPrefixes(["XI-EXAMPLE"]),
            options,
            options with { CheckSchema = false },
            options with { OrganisationIdentifierPrefixes = FrozenSet<string>.Empty });
    }

    [Fact]
    public void A_default_collection_is_refused_with_the_parameter_named() =>
        FluentActions.Invoking(() => new IatiDescription("1", default)).Should().Throw<ArgumentException>().WithParameterName("narratives");

    [Fact]
    public void A_collection_holding_null_is_refused_with_the_parameter_named() =>
        FluentActions.Invoking(() => new IatiDocument("https://example.org", [], [null!])).Should().Throw<ArgumentException>().WithParameterName("categoryCodes");
}
