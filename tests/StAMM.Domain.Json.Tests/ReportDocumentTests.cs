using System.Text.Json;
using CsCheck;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Geography;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Reporting;
using StAMM.Domain.Testing;
using StAMM.Domain.Tests.Reporting;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Tests;

public sealed class ReportDocumentTests
{
    private static readonly Lazy<Portfolio> Sample = new(() => DeliveringPortfolios.Sample(40));

    [Fact]
    public void The_committed_report_schema_is_the_generated_one() =>
        Repository.ShouldMatchGenerated("docs/schemas/report.schema.json", StammJson.Schema(StammJson.ReportKind));

    [Fact]
    public void Reports_of_generated_portfolios_are_valid_against_the_report_schema() =>
        DeliveringPortfolios.Mixed.Sample(portfolio => SchemaValidation.Errors(SchemaValidation.Report, StammJson.WriteReport(PortfolioReport.Of(portfolio))).Count == 0, iter: 40);

    [Fact]
    public void A_donor_s_report_of_a_year_is_valid_and_names_its_scope()
    {
        var report = PortfolioReport.Of(Sample.Value, ReportScope.Year(2026).ForDonor(Stamm.CzechMinistryOfTheInterior).InCountry(Country.Serbia));

        var json = StammJson.WriteReport(report);

        SchemaValidation.Errors(SchemaValidation.Report, json).Should().BeEmpty();
        using var document = JsonDocument.Parse(json);
        var scope = document.RootElement.GetProperty("scope");
        scope.GetProperty("from").GetString().Should().Be("2026-01-01");
        scope.GetProperty("to").GetString().Should().Be("2026-12-31");
        scope.GetProperty("country").GetString().Should().Be("RS");
        scope.GetProperty("donor").GetProperty("organisation").GetProperty("name").GetString().Should().Be(Stamm.CzechMinistryOfTheInterior.Name);
    }

    [Fact]
    public void The_figures_of_a_contribution_of_unknown_amount_are_written_as_null_never_zero()
    {
        var report = PortfolioReport.Of(Portfolio.Create(Stamm.Project, [IllustrativeFacility.Rules2026]).OrThrow());

        using var document = JsonDocument.Parse(StammJson.WriteReport(report));

        foreach (var contribution in document.RootElement.GetProperty("contributions").EnumerateArray())
        {
            foreach (var name in new[] { "amount", "committed", "spent", "available" })
            {
                contribution.GetProperty(name).ValueKind.Should().Be(JsonValueKind.Null, name);
            }
        }

        document.RootElement.GetProperty("donors")[0].GetProperty("unknownAmounts").GetInt32().Should().BePositive();
        document.RootElement.GetProperty("requests").GetProperty("medianLeadTimeDays").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Where_Kosovo_appears_the_document_names_it_with_its_marker_and_carries_the_footnote()
    {
        var report = PortfolioReport.Of(Sample.Value);
        report.KosovoDesignation.Should().NotBeNull("the sample has requests from Kosovo");

        using var document = JsonDocument.Parse(StammJson.WriteReport(report));

        var kosovo = document.RootElement.GetProperty("requests").GetProperty("byCountry").EnumerateArray().Single(c => c.GetProperty("country").GetString() == "XK");
        kosovo.GetProperty("name").GetString().Should().Be("Kosovo*");
        document.RootElement.GetProperty("kosovoDesignation").GetProperty("footnote").GetString().Should().Be(KosovoDesignation.Default.Footnote);
    }

    [Fact]
    public void Participants_whose_country_is_not_known_are_written_under_a_null_country()
    {
        var report = PortfolioReport.Of(Sample.Value);
        report.Participants.CountryUnknown.Should().BePositive("the sample records participants without their countries");

        using var document = JsonDocument.Parse(StammJson.WriteReport(report));

        var last = document.RootElement.GetProperty("participants").GetProperty("byCountry").EnumerateArray().Last();
        last.GetProperty("country").ValueKind.Should().Be(JsonValueKind.Null);
        last.GetProperty("participants").GetInt32().Should().Be(report.Participants.CountryUnknown);
    }

    [Fact]
    public void A_report_document_is_written_only_and_reading_one_says_so()
    {
        var json = StammJson.WriteReport(PortfolioReport.Of(Sample.Value));

        var problem = StammJson.Read(json).Problems.Should().ContainSingle().Which;

        problem.Code.Should().Be(ProblemCodes.NotAllowed);
        problem.Path.Should().Be("$.kind");
        StammJson.DocumentKinds.Should().Contain(StammJson.ReportKind);
        StammJson.ReadableKinds.Should().NotContain(StammJson.ReportKind);
    }

    [Fact]
    public void Writing_the_same_report_twice_gives_the_same_text()
    {
        var report = PortfolioReport.Of(Sample.Value);

        using var stream = new MemoryStream();
        StammJson.WriteReport(report, stream);

        System.Text.Encoding.UTF8.GetString(stream.ToArray()).Should().Be(StammJson.WriteReport(PortfolioReport.Of(Sample.Value)));
    }
}
