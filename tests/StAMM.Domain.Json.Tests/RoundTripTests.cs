using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CsCheck;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Json.Contracts;
using StAMM.Domain.Json.Reading;
using StAMM.Domain.Json.Writing;
using StAMM.Domain.Time;

namespace StAMM.Domain.Json.Tests;

/// <summary>For every type: reading what was written gives an equal value, over generated valid values.</summary>
public sealed class RoundTripTests
{
    private static readonly StammJsonContext Contracts = StammJsonContext.Default;

    [Fact]
    public void Organisation() => RoundTrips(Generators.Organisation, ContractMapper.Organisation, Contracts.OrganisationContract, DomainReader.Organisation);

    [Fact]
    public void Funding_programme() => RoundTrips(Generators.Programme, ContractMapper.Programme, Contracts.FundingProgrammeContract, DomainReader.Programme);

    [Fact]
    public void Donor() => RoundTrips(Generators.Donor, ContractMapper.Donor, Contracts.DonorContract, DomainReader.Donor);

    [Fact]
    public void Money() => RoundTrips(Generators.Money, ContractMapper.Money, Contracts.MoneyContract, DomainReader.Money);

    [Fact]
    public void Date_interval() => RoundTrips(Generators.Interval, ContractMapper.Interval, Contracts.DateIntervalContract, DomainReader.Interval);

    [Fact]
    public void Earmarks() => RoundTrips(Generators.Earmarks.Where(e => !e.IsUnrestricted), e => ContractMapper.Earmarks(e)!, Contracts.EarmarksContract, DomainReader.Earmarks);

    [Fact]
    public void Contribution() => RoundTrips(Generators.Contribution, ContractMapper.Contribution, Contracts.ContributionContract, DomainReader.Contribution);

    [Fact]
    public void Project_period() => RoundTrips(Generators.ProjectPeriod, ContractMapper.Period, Contracts.ProjectPeriodContract, DomainReader.ProjectPeriod);

    [Fact]
    public void Geographic_scope_with_shares_and_region() => RoundTrips(Generators.Scope, ContractMapper.Scope, Contracts.ScopeContract, DomainReader.Scope);

    [Fact]
    public void Institution_with_parents() => RoundTrips(Generators.Institution, ContractMapper.Institution, Contracts.InstitutionContract, DomainReader.Institution);

    [Fact]
    public void Sex_breakdown() => RoundTrips(Generators.SexBreakdown, ContractMapper.SexBreakdown, Contracts.SexBreakdownContract, DomainReader.SexBreakdown);

    [Fact]
    public void Participants() => RoundTrips(
        Generators.Participants.Where(p => !p.Equals(Activities.Participants.Unknown)), p => ContractMapper.Participants(p)!, Contracts.ParticipantsContract, DomainReader.Participants);

    [Fact]
    public void Funding_source() => RoundTrips(Generators.FundingSource, ContractMapper.FundingSource, Contracts.FundingSourceContract, DomainReader.FundingSource);

    [Fact]
    public void Document_link() => RoundTrips(Generators.Document, ContractMapper.Document, Contracts.DocumentLinkContract, DomainReader.Document);

    [Fact]
    public void Activity_period() => RoundTrips(Generators.ActivityPeriod, ContractMapper.ActivityPeriod, Contracts.ActivityPeriodContract, DomainReader.ActivityPeriods.Read);

    [Fact]
    public void Venue_of_every_mode() => RoundTrips(Generators.Venue, ContractMapper.Venue, Contracts.VenueContract, DomainReader.Venues.Read);

    [Fact]
    public void Activity_of_every_type_and_venue() => RoundTrips(Generators.Activity, ContractMapper.Activity, Contracts.ActivityContract, DomainReader.Activity, iterations: 300);

    [Fact]
    public void Partial_date_keeps_its_precision() => Generators.PartialDate.Sample(date =>
    {
        var text = IsoText.PartialDate(date);
        IsoText.TryPartialDate(text).Should().Be(date);
        text.Length.Should().Be(date.Precision == DatePrecision.Day ? 10 : 7);
    });

    [Fact]
    public void Dates_and_months_are_written_as_the_iso_patterns_write_them() => Gen.Int[-9998, 9999].Select(Gen.Int[1, 12], Gen.Int[1, 28]).Sample((year, month, day) =>
    {
        var date = new NodaTime.LocalDate(year, month, day);
        IsoText.Date(date).Should().Be(NodaTime.Text.LocalDatePattern.Iso.Format(date));
        IsoText.Month(date.ToYearMonth()).Should().Be(NodaTime.Text.YearMonthPattern.Iso.Format(date.ToYearMonth()));
    });

    [Fact]
    public void Project_document_through_the_public_API() => Generators.Project.Sample(
        project =>
        {
            var json = StammJson.WriteProject(project);
            var back = StammJson.ReadProject(json);
            back.Problems.Should().BeEmpty(json);
            back.OrThrow().Should().Be(project);

            var compact = StammJson.WriteProject(project, JsonWriteOptions.Compact);
            StammJson.ReadProject(System.Text.Encoding.UTF8.GetBytes(compact)).OrThrow().Should().Be(project);
        },
        iter: 200);

    [Fact]
    public void Generated_project_documents_validate_against_the_committed_schema() => Generators.Project.Sample(
        project =>
        {
            var json = StammJson.WriteProject(project);
            SchemaValidation.Errors(SchemaValidation.Project, json).Should().BeEmpty(json);
        },
        iter: 50);

    [Fact]
    public void The_built_in_project_round_trips_through_text_bytes_and_streams()
    {
        var json = StammJson.WriteProject(Stamm.Project);
        StammJson.ReadProject(json).OrThrow().Should().Be(Stamm.Project);

        using var stream = new MemoryStream();
        StammJson.WriteProject(Stamm.Project, stream);
        stream.Position = 0;
        StammJson.ReadProject(stream).OrThrow().Should().Be(Stamm.Project);
        stream.ToArray().Should().Equal(System.Text.Encoding.UTF8.GetBytes(json));
    }

    private static void RoundTrips<T, TContract>(
        Gen<T> gen,
        Func<T, TContract> toContract,
        JsonTypeInfo<TContract> contract,
        Func<JsonWalk, JsonElement, ValuePath, T?> read,
        int iterations = 500)
        where T : class => gen.Sample(
        value =>
        {
            var json = JsonSerializer.Serialize(toContract(value), contract);
            using var document = JsonDocument.Parse(json);
            var walk = new JsonWalk();
            var back = read(walk, document.RootElement, JsonPath.Root);
            walk.ProblemCount.Should().Be(0, $"{json} gave: {(walk.ProblemCount == 0 ? string.Empty : walk.ToFailure().ToString())}");
            back.Should().Be(value, json);
        },
        iter: iterations);
}
