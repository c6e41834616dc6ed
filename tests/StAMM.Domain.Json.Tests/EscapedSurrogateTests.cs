using System.Text;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Tests;

/// <summary>
/// A string or property name whose escapes spell a lone surrogate (<c>"\ud800"</c>) is valid JSON syntax but not
/// Unicode text: every reader, for every document kind and every entry point, reports it as a problem with a path.
/// </summary>
public sealed class EscapedSurrogateTests
{
    private const string Sample = "docs/samples/";

    public static TheoryData<string> Escapes() => new() { "\\ud800", "\\udc00", "\\udc00\\ud800", "\\uD800x", "a\\uDBFF\\u0041", "\\ud800\\ud800\\udc00" };

    public static TheoryData<string, string, string> EveryKindEntryAndPlace()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var kind in new[] { "project", "request", "ruleSet", "any" })
        {
            foreach (var entry in new[] { "bytes", "stream", "text" })
            {
                foreach (var place in new[] { "value", "name", "nested name" })
                {
                    data.Add(kind, entry, place);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryKindEntryAndPlace))]
    public void An_escaped_lone_surrogate_is_a_problem_for_every_kind_entry_point_and_place(string kind, string entry, string place)
    {
        var (json, path) = place switch
        {
            "value" => (Document(kind).Replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.0\\ud800\"", StringComparison.Ordinal), "$.schemaVersion"),
            "name" => ("{\"\\udc00\": 1, " + Document(kind)[1..], "$"),
            _ => (Document(kind).Replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.0\", \"x\": [{\"a\\udc00\\ud800\": 2}]", StringComparison.Ordinal), "$.x[0]"),
        };

        var problems = Read(kind, entry, json);

        problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Code == JsonProblemCodes.LoneSurrogate && p.Path == path && p.Message.Contains("surrogate"));
    }

    [Theory]
    [MemberData(nameof(Escapes))]
    public void Every_spelling_of_a_lone_surrogate_in_a_value_is_reported_at_the_value(string escape)
    {
        var json = Document("project").Replace("\"acronym\": \"StAMM\"", $"\"acronym\": \"{escape}\"", StringComparison.Ordinal);

        StammJson.ReadProject(json).Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Code == JsonProblemCodes.LoneSurrogate && p.Path == "$.acronym");
    }

    [Theory]
    [MemberData(nameof(Escapes))]
    public void Every_spelling_of_a_lone_surrogate_in_a_name_is_reported_at_its_object(string escape)
    {
        var json = Document("project").Replace("\"acronym\": \"StAMM\"", $"\"acronym\": \"StAMM\", \"implementer{escape}\": 1", StringComparison.Ordinal);

        StammJson.ReadProject(json).Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Code == JsonProblemCodes.LoneSurrogate && p.Path == "$");
    }

    [Theory]
    [MemberData(nameof(Escapes))]
    public void A_lone_surrogate_is_reported_also_when_the_document_is_larger_than_the_string_limit(string escape)
    {
        // Documents larger than MaxStringBytes skip the one-pass parse and go through the scan first.
        var json = Document("project").Replace("\"acronym\": \"StAMM\"", $"\"acronym\": \"{escape}\", \"a{escape}\": 1", StringComparison.Ordinal);

        var problems = StammJson.ReadProject(json, new JsonReadOptions { MaxStringBytes = 1000 }).Problems;

        problems.Select(p => (p.Code, p.Path)).Should().Equal((JsonProblemCodes.LoneSurrogate, "$.acronym"), (JsonProblemCodes.LoneSurrogate, "$"));
    }

    [Fact]
    public void A_lone_surrogate_in_a_name_that_duplicates_another_is_reported_not_thrown()
    {
        var problems = StammJson.Read("{\"\\ud800\": 1, \"\\ud800\": 2}"u8).Problems;

        problems.Should().NotBeEmpty().And.OnlyContain(p => p.Code == JsonProblemCodes.LoneSurrogate && p.Path == "$");
    }

    [Fact]
    public void A_lone_surrogate_means_the_input_could_not_be_read_as_a_document() =>
        JsonProblemCodes.MeansUnreadable(JsonProblemCodes.LoneSurrogate).Should().BeTrue();

    [Fact]
    public void An_escaped_surrogate_pair_reads_as_its_character()
    {
        var json = Document("project").Replace("\"acronym\": \"StAMM\"", "\"acronym\": \"\\ud83d\\ude00\"", StringComparison.Ordinal);

        StammJson.ReadProject(json).OrThrow().Acronym.Should().Be("\U0001F600");
    }

    [Fact]
    public void An_escaped_backslash_before_u_d800_is_plain_text_not_a_surrogate()
    {
        var json = Document("project").Replace("\"acronym\": \"StAMM\"", "\"acronym\": \"\\\\ud800\"", StringComparison.Ordinal);

        StammJson.ReadProject(json).OrThrow().Acronym.Should().Be("\\ud800");
    }

    private static string Document(string kind) => kind switch
    {
        "project" or "any" => StammJson.WriteProject(Stamm.Project),
        "request" => Repository.Read(Sample + "requests/eligible-online-workshop-rs.json"),
        _ => Repository.Read(Sample + "rule-sets/stamm-eligibility-2026.1.json"),
    };

    private static System.Collections.Immutable.ImmutableArray<ValidationProblem> Read(string kind, string entry, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var options = JsonReadOptions.Default;
        return (kind, entry) switch
        {
            ("project", "bytes") => StammJson.ReadProject(bytes, options).Problems,
            ("project", "stream") => StammJson.ReadProject(new MemoryStream(bytes), options).Problems,
            ("project", _) => StammJson.ReadProject(json, options).Problems,
            ("request", "bytes") => StammJson.ReadRequest(bytes, options).Problems,
            ("request", "stream") => StammJson.ReadRequest(new MemoryStream(bytes), options).Problems,
            ("request", _) => StammJson.ReadRequest(json, options).Problems,
            ("ruleSet", "bytes") => StammJson.ReadRuleSet(Encoding.UTF8.GetString(bytes), options).Problems,
            ("ruleSet", "stream") => StammJson.ReadRuleSet(new MemoryStream(bytes), options).Problems,
            ("ruleSet", _) => StammJson.ReadRuleSet(json, options).Problems,
            (_, "bytes") => StammJson.Read(bytes, options).Problems,
            (_, "stream") => StammJson.Read(new MemoryStream(bytes), options).Problems,
            _ => StammJson.Read(json, options).Problems,
        };
    }
}
