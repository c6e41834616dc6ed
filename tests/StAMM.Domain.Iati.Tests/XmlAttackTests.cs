using StAMM.Domain.Iati.Import;
using StAMM.Domain.Iati.Reading;

namespace StAMM.Domain.Iati.Tests;

public sealed class XmlAttackTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        ]>
        <iati-activities version="2.03"><iati-activity><iati-identifier>&lol9;</iati-identifier></iati-activity></iati-activities>
        """;

    private const string ExternalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE iati-activities [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
        <iati-activities version="2.03"><iati-activity><iati-identifier>&xxe;</iati-identifier></iati-activity></iati-activities>
        """;

    private static string Deep(int levels) =>
        "<iati-activities version=\"2.03\"><iati-activity>" + string.Concat(Enumerable.Repeat("<a>", levels)) + string.Concat(Enumerable.Repeat("</a>", levels)) + "</iati-activity></iati-activities>";

    [Fact]
    public void A_billion_laughs_file_is_refused_as_a_DTD_before_any_entity_is_expanded()
    {
        var read = () => IatiImport.ReadXml(BillionLaughs);

        read.Should().Throw<IatiFileException>().Which.Problem.Should().Be(IatiFileProblem.DtdProhibited);
        read.Should().Throw<IatiFileException>().WithMessage("*DTD*billion laughs*");
    }

    [Fact]
    public void An_XXE_file_is_refused_and_no_file_is_read()
    {
        var read = () => IatiImport.ReadXml(ExternalEntity);

        read.Should().Throw<IatiFileException>().Which.Problem.Should().Be(IatiFileProblem.DtdProhibited);
        read.Should().Throw<IatiFileException>().Which.Message.Should().NotContain("root:");
    }

    [Fact]
    public void A_deeply_nested_file_is_refused_as_too_deep() =>
        FluentActions.Invoking(() => IatiImport.ReadXml(Deep(100_000)))
            .Should().Throw<IatiFileException>().Which.Problem.Should().Be(IatiFileProblem.TooDeep);

    [Fact]
    public void Nesting_within_the_limit_is_read()
    {
        var limits = new IatiReaderLimits { MaxDepth = 40 };

        IatiImport.ReadXml(Deep(30), limits).Should().HaveCount(1);
    }

    [Fact]
    public void A_file_larger_than_the_character_limit_is_refused_as_too_large() =>
        FluentActions.Invoking(() => IatiImport.ReadXml(Generated.Activities(100), new IatiReaderLimits { MaxCharactersInDocument = 10_000 }))
            .Should().Throw<IatiFileException>().Which.Problem.Should().Be(IatiFileProblem.TooLarge);

    [Fact]
    public void The_validator_refuses_the_same_attacks() =>
        FluentActions.Invoking(() => Support.Validator.ValidateXml(BillionLaughs))
            .Should().Throw<IatiFileException>().Which.Problem.Should().Be(IatiFileProblem.DtdProhibited);

    [Fact]
    public void A_file_that_is_not_IATI_activities_is_refused_by_name() =>
        FluentActions.Invoking(() => IatiImport.ReadXml("<iati-organisations version=\"2.03\"/>"))
            .Should().Throw<IatiFileException>().Which.Problem.Should().Be(IatiFileProblem.NotIatiActivities);

    [Fact]
    public void Malformed_XML_is_refused_as_malformed() =>
        FluentActions.Invoking(() => IatiImport.ReadXml("<iati-activities version=\"2.03\"><iati-activity></iati-activities>"))
            .Should().Throw<IatiFileException>().Which.Problem.Should().Be(IatiFileProblem.Malformed);
}
