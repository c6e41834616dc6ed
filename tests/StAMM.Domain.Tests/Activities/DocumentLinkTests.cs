using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Testing;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Activities;

public sealed class DocumentLinkTests
{
    [Fact]
    public void A_document_keeps_what_it_was_given()
    {
        var published = PartialDate.OfMonth(new YearMonth(2020, 12));
        var url = new Uri("https://www.icmpd.org/report.pdf");
        var document = DocumentLink.Create(" Report ", "A08", url, published).Should().BeValid().Which;
        document.Title.Should().Be("Report");
        document.Category.Should().Be("A08");
        document.Url.Should().Be(url);
        document.Published.Should().Be(published);
    }

    [Fact]
    public void The_category_is_normalised_to_upper_case() =>
        DocumentLink.Create("Report", " a08 ").Should().BeValid().Which.Category.Should().Be("A08");

    [Theory]
    [InlineData("A01")]
    [InlineData("A12")]
    [InlineData("B01")]
    [InlineData("B18")]
    public void Every_IATI_document_category_is_accepted(string category) =>
        DocumentLink.Create("Report", category).Should().BeValid();

    [Theory]
    [InlineData("A00")]
    [InlineData("A13")]
    [InlineData("B19")]
    [InlineData("C01")]
    [InlineData("A8")]
    [InlineData("A+8")]
    [InlineData("A008")]
    public void A_code_outside_the_IATI_document_categories_is_rejected(string category) =>
        DocumentLink.Create("Report", category).Should().FailWithExactly(ProblemCodes.UnknownCode, "category");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_category_is_required(string? category) =>
        DocumentLink.Create("Report", category).Should().FailWithExactly(ProblemCodes.Required, "category");

    [Fact]
    public void A_document_needs_a_title() =>
        DocumentLink.Create(" ", "A08").Should().FailWithExactly(ProblemCodes.Required, "title");

    [Theory]
    [InlineData("/reports/covid.pdf")]
    [InlineData("ftp://example.org/report.pdf")]
    [InlineData("file:///tmp/report.pdf")]
    public void An_address_that_is_not_an_absolute_http_URL_is_rejected(string url) =>
        DocumentLink.Create("Report", "A08", new Uri(url, UriKind.RelativeOrAbsolute)).Should().FailWithExactly(ProblemCodes.InvalidFormat, "url");

    [Fact]
    public void Every_problem_of_a_document_is_reported_at_once() =>
        DocumentLink.Create("", "Z99", new Uri("reports/covid.pdf", UriKind.Relative)).Should().FailWithExactly(
            (ProblemCodes.Required, "title"),
            (ProblemCodes.UnknownCode, "category"),
            (ProblemCodes.InvalidFormat, "url"));

    [Fact]
    public void Documents_with_equal_members_are_equal()
    {
        var a = DocumentLink.Create("Report", "A08", new Uri("https://icmpd.org/r"), PartialDate.OfMonth(new YearMonth(2020, 12))).OrThrow();
        var b = DocumentLink.Create("Report", "a08", new Uri("https://icmpd.org/r"), PartialDate.OfMonth(new YearMonth(2020, 12))).OrThrow();
        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Documents_of_different_categories_differ() =>
        DocumentLink.Create("Report", "A08").OrThrow().Should().NotBe(DocumentLink.Create("Report", "A07").OrThrow());

    [Fact]
    public void With_on_a_document_only_copies()
    {
        // Every property is get-only, so `with { Category = "ZZZ" }` does not compile.
        var document = DocumentLink.Create("Report", "A08").OrThrow();
        var copy = document with { };
        copy.Should().Be(document);
    }
}
