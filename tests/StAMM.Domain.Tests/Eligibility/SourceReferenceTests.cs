using StAMM.Domain.Eligibility;

namespace StAMM.Domain.Tests.Eligibility;

public sealed class SourceReferenceTests
{
    [Fact]
    public void A_reference_without_an_address_prints_as_its_citation() =>
        new SourceReference("House style").ToString().Should().Be("House style");

    [Fact]
    public void A_reference_with_an_address_prints_the_address_after_the_citation() =>
        new SourceReference("StAMM FAQ", new Uri("https://example.org/faq")).ToString().Should().Be("StAMM FAQ (https://example.org/faq)");
}
