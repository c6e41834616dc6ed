using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Json.Contracts;
using StAMM.Domain.Json.Writing;
using StAMM.Domain.Projects;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Json.Tests;

/// <summary>
/// The direct project writer is a faster path to the same bytes: for every project its output equals the
/// source-generated serializer's on the contracts, which the schema describes.
/// </summary>
public sealed class ProjectWriterTests
{
    [Fact]
    public void The_built_in_project_is_written_byte_for_byte_as_the_contract_serializer_writes_it()
    {
        Direct(Stamm.Project, indented: true).Should().Equal(ThroughContracts(Stamm.Project, indented: true));
        Direct(Stamm.Project, indented: false).Should().Equal(ThroughContracts(Stamm.Project, indented: false));
    }

    [Fact]
    public void Generated_projects_with_escaped_text_are_written_as_the_contract_serializer_writes_them() => Generators.Project.Sample(
        project =>
        {
            var indented = Direct(project, indented: true);
            indented.Should().Equal(ThroughContracts(project, indented: true), System.Text.Encoding.UTF8.GetString(indented));
            Direct(project, indented: false).Should().Equal(ThroughContracts(project, indented: false));
        },
        iter: 300);

    [Fact]
    public void Projects_from_the_testing_generators_are_written_as_the_contract_serializer_writes_them() => Generate.Project.Valid.Sample(
        project =>
        {
            var compact = Direct(project, indented: false);
            compact.Should().Equal(ThroughContracts(project, indented: false), System.Text.Encoding.UTF8.GetString(compact));
        },
        iter: 300);

    private static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static byte[] Direct(TechnicalAssistanceProject project, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>();
        StammJson.WriteProject(project, buffer, indented ? JsonWriteOptions.Default : JsonWriteOptions.Compact);
        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] ThroughContracts(TechnicalAssistanceProject project, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options(indented)))
        {
            JsonSerializer.Serialize(writer, ContractMapper.Document(project), StammJsonContext.Default.ProjectDocumentContract);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
