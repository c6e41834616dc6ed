using System.Net;
using System.Net.Sockets;
using System.Text;
using StAMM.Domain.Iati.Import;
using StAMM.Domain.Iati.Reading;
using StAMM.Domain.Iati.Validation;
using StAMM.Domain.Reliability.Tests.Fuzzing;

namespace StAMM.Domain.Reliability.Tests;

/// <summary>
/// The classic XML attacks, by name, against both IATI readers (the importer, text and stream; the checker, with and
/// without the schema). StAMM.Domain.Iati.Tests' XmlAttackTests already covers the importer against billion laughs,
/// a file XXE and deep nesting, and the checker against billion laughs; these cover the rest of the grid and prove,
/// with a listening socket and a secret file, that nothing is fetched.
/// </summary>
public sealed class XmlAttackTests : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _secretFile = Path.Combine(Path.GetTempPath(), $"stamm-secret-{Guid.NewGuid():N}.txt");

    public XmlAttackTests()
    {
        _listener.Start();
        File.WriteAllText(_secretFile, "TOP-SECRET-CONTENT");
    }

    /// <summary>The four ways a file reaches the IATI readers.</summary>
    public static TheoryData<string> Readers() => ["import text", "import stream", "check with schema", "check without schema"];

    private string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/attack";

    private string FileUri => new Uri(_secretFile).AbsoluteUri;

    [Theory]
    [MemberData(nameof(Readers))]
    public void Billion_laughs_is_refused_as_a_DTD_by_every_reader(string reader)
    {
        var attack = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            ]>
            <iati-activities version="2.03"><iati-activity><iati-identifier>&lol9;</iati-identifier></iati-activity></iati-activities>
            """;

        Refused(reader, attack).Should().Be(IatiFileProblem.DtdProhibited);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Quadratic_blowup_with_one_large_entity_is_refused_as_a_DTD(string reader)
    {
        var attack = $"""<!DOCTYPE a [<!ENTITY big "{new string('x', 50_000)}">]><iati-activities version="2.03"><iati-activity><title><narrative>{string.Concat(Enumerable.Repeat("&big;", 10_000))}</narrative></title></iati-activity></iati-activities>""";

        Refused(reader, attack).Should().Be(IatiFileProblem.DtdProhibited);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void An_external_entity_naming_a_local_file_is_refused_and_the_file_never_appears(string reader)
    {
        var attack = $"""<!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM "{FileUri}">]><iati-activities version="2.03"><iati-activity><iati-identifier>&xxe;</iati-identifier></iati-activity></iati-activities>""";

        var read = () => Read(reader, attack);

        read.Should().Throw<IatiFileException>().Which.Problem.Should().Be(IatiFileProblem.DtdProhibited);
        read.Should().Throw<IatiFileException>().Which.ToString().Should().NotContain("TOP-SECRET");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void An_external_entity_over_http_is_refused_and_no_connection_is_made(string reader)
    {
        var attack = $"""<!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM "{Url}">]><iati-activities version="2.03"><iati-activity><iati-identifier>&xxe;</iati-identifier></iati-activity></iati-activities>""";

        Refused(reader, attack).Should().Be(IatiFileProblem.DtdProhibited);
        _listener.Pending().Should().BeFalse("the reader must not connect to the entity's address");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void An_external_DTD_is_refused_and_not_fetched(string reader)
    {
        var attack = $"""<!DOCTYPE iati-activities SYSTEM "{Url}"><iati-activities version="2.03"/>""";

        Refused(reader, attack).Should().Be(IatiFileProblem.DtdProhibited);
        _listener.Pending().Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_parameter_entity_fetching_an_external_DTD_is_refused_and_not_fetched(string reader)
    {
        var attack = $"""<!DOCTYPE iati-activities [<!ENTITY % remote SYSTEM "{Url}"> %remote;]><iati-activities version="2.03"/>""";

        Refused(reader, attack).Should().Be(IatiFileProblem.DtdProhibited);
        _listener.Pending().Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_schema_location_hint_is_not_followed(string reader)
    {
        var file = Targets.IatiSamples[0].Replace(
            "<iati-activities ",
            $"""<iati-activities xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="{Url}" """,
            StringComparison.Ordinal);

        var read = () => Read(reader, file);

        read.Should().NotThrow();
        _listener.Pending().Should().BeFalse("the schema is the embedded one, never one the file points to");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void An_XInclude_is_not_processed_so_the_file_it_names_never_appears(string reader)
    {
        var file = Targets.IatiSamples[0].Replace(
            "<iati-identifier>",
            $"""<iati-identifier><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{FileUri}" parse="text"/>""",
            StringComparison.Ordinal);

        var output = Read(reader, file);

        output.Should().NotContain("TOP-SECRET", "an unknown element is a finding or an import problem, never an inclusion");
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Deep_nesting_is_refused_as_too_deep_without_exhausting_the_stack(string reader)
    {
        var attack = "<iati-activities version=\"2.03\"><iati-activity>" + string.Concat(Enumerable.Repeat("<a>", 200_000)) + string.Concat(Enumerable.Repeat("</a>", 200_000)) + "</iati-activity></iati-activities>";

        Refused(reader, attack).Should().Be(IatiFileProblem.TooDeep);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_root_attribute_flood_is_refused_as_too_many_attributes_by_every_reader(string reader)
    {
        var flood = string.Concat(Enumerable.Range(0, 50_000).Select(i => $" a{i}=\"\""));
        var attack = $"<iati-activities version=\"2.03\"{flood}><iati-activity><iati-identifier>X-1</iati-identifier></iati-activity></iati-activities>";

        Refused(reader, attack).Should().Be(IatiFileProblem.TooManyAttributes);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_ten_megabyte_identifier_is_refused_as_too_long_by_every_reader(string reader)
    {
        var attack = $"<iati-activities version=\"2.03\"><iati-activity><iati-identifier>{new string('x', 10_000_000)}</iati-identifier></iati-activity></iati-activities>";

        Refused(reader, attack).Should().Be(IatiFileProblem.TextTooLong);
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Dispose();
        File.Delete(_secretFile);
    }

    private static IatiFileProblem Refused(string reader, string xml)
    {
        var read = () => Read(reader, xml);
        return read.Should().Throw<IatiFileException>().Which.Problem;
    }

    /// <summary>Reads with the named reader and returns everything it produced as text, to search for leaked content.</summary>
    private static string Read(string reader, string xml)
    {
        var output = new StringBuilder();
        switch (reader)
        {
            case "import text":
                foreach (var activity in IatiImport.ReadXml(xml))
                {
                    output.AppendLine(activity.Identifier).AppendLine(activity.Title).AppendJoin('\n', activity.Problems);
                }

                break;
            case "import stream":
                foreach (var activity in IatiImport.ReadActivities(new MemoryStream(Encoding.UTF8.GetBytes(xml))))
                {
                    output.AppendLine(activity.Identifier).AppendLine(activity.Title).AppendJoin('\n', activity.Problems);
                }

                break;
            default:
                var options = new IatiValidatorOptions(Targets.Clock) { CheckSchema = reader == "check with schema" };
                var report = new IatiValidator(options).Validate(new MemoryStream(Encoding.UTF8.GetBytes(xml)));
                output.AppendJoin('\n', report.Findings);
                break;
        }

        return output.ToString();
    }
}
