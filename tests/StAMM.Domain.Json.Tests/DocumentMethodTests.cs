using System.Buffers;
using System.Reflection;
using System.Text;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Reporting;
using StAMM.Domain.Tests.Reporting;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Tests;

/// <summary>
/// Every document has the same methods, in the shape of System.Text.Json's JsonSerializer: text, a buffer writer, a
/// stream and a stream without blocking, the options last and optional; each form gives the same bytes or value.
/// </summary>
public sealed class DocumentMethodTests
{
    private static readonly Lazy<Portfolio> Portfolio = new(() => DeliveringPortfolios.Sample(6));

    // What each written document is written from, by the name in its methods.
    private static readonly Dictionary<string, Func<object>> Written = new()
    {
        ["Project"] = () => Stamm.Project,
        ["Request"] = Documents.Request,
        ["RuleSet"] = () => StammRuleSet.Default,
        ["Decision"] = Documents.Decision,
        ["Report"] = () => PortfolioReport.Of(Portfolio.Value),
        ["Portfolio"] = () => Portfolio.Value,
    };

    private static readonly string[] Read = ["", "Project", "Request", "RuleSet", "Portfolio"];

    public static TheoryData<string> WrittenDocuments => [.. Written.Keys];

    public static TheoryData<string> ReadDocuments => [.. Read.Where(r => r.Length > 0)];

    private static MethodInfo[] Methods(string name) =>
        [.. typeof(StammJson).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == name)];

    private static Type[] Inputs(string name) => [.. Methods(name).Select(m => m.GetParameters()[0].ParameterType)];

    [Fact]
    public void Every_public_read_and_write_method_belongs_to_a_document_with_all_four_forms()
    {
        var families = typeof(StammJson).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => m.Name)
            .Where(n => (n.StartsWith("Read", StringComparison.Ordinal) || n.StartsWith("Write", StringComparison.Ordinal))
                && !n.StartsWith("ReadCaseEvent", StringComparison.Ordinal) && !n.StartsWith("WriteCaseEvent", StringComparison.Ordinal))
            .Select(n => n.EndsWith("Async", StringComparison.Ordinal) ? n[..^5] : n)
            .Distinct()
            .Order();

        families.Should().Equal(Read.Select(r => "Read" + r).Concat(Written.Keys.Select(w => "Write" + w)).Order());
    }

    [Theory]
    [MemberData(nameof(WrittenDocuments))]
    public void A_document_is_written_as_text_to_a_buffer_writer_to_a_stream_and_without_blocking(string document)
    {
        var value = Written[document]();
        Inputs("Write" + document).Distinct().Should().ContainSingle().Which.IsInstanceOfType(value).Should().BeTrue();
        Methods("Write" + document).Select(m => m.GetParameters()[1].ParameterType).Should()
            .BeEquivalentTo([typeof(JsonWriteOptions), typeof(IBufferWriter<byte>), typeof(Stream)]);
        Methods("Write" + document + "Async").Should().ContainSingle().Which.GetParameters()[1].ParameterType.Should().Be<Stream>();
    }

    [Theory]
    [MemberData(nameof(ReadDocuments))]
    public void A_document_is_read_from_text_from_utf8_from_a_stream_and_without_blocking(string document)
    {
        Inputs("Read" + document).Should().BeEquivalentTo([typeof(string), typeof(ReadOnlySpan<byte>), typeof(Stream)]);
        Inputs("Read" + document + "Async").Should().Equal(typeof(Stream));
    }

    [Fact]
    public void Any_kind_is_read_from_text_from_utf8_from_a_stream_and_without_blocking()
    {
        Inputs("Read").Should().BeEquivalentTo([typeof(string), typeof(ReadOnlySpan<byte>), typeof(Stream)]);
        Inputs("ReadAsync").Should().Equal(typeof(Stream));
    }

    [Fact]
    public void The_options_of_every_read_and_write_method_may_be_left_out() =>
        typeof(StammJson).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .SelectMany(m => m.GetParameters())
            .Where(p => p.ParameterType == typeof(JsonReadOptions) || p.ParameterType == typeof(JsonWriteOptions))
            .Should().NotBeEmpty().And.AllSatisfy(p => p.HasDefaultValue.Should().BeTrue($"{p.Member.Name}'s {p.Name} is optional"));

    public static TheoryData<string, bool> WrittenDocumentsIndentedOrNot =>
        [.. Written.Keys.SelectMany(k => new[] { (k, true), (k, false) })];

    [Theory]
    [MemberData(nameof(WrittenDocumentsIndentedOrNot))]
    public async Task Every_form_of_a_writer_writes_the_same_bytes_indented_with_a_last_line_feed_or_compact_without(string document, bool indented)
    {
        var value = Written[document]();
        var options = indented ? JsonWriteOptions.Default : JsonWriteOptions.Compact;
        var text = Invoke<string>("Write" + document, value, options);

        var buffer = new ArrayBufferWriter<byte>();
        Invoke<object>("Write" + document, value, buffer, options);
        using var stream = new MemoryStream();
        Invoke<object>("Write" + document, value, stream, options);
        using var asyncStream = new MemoryStream();
        await Invoke<Task>("Write" + document + "Async", value, asyncStream, options, TestContext.Current.CancellationToken);

        text.EndsWith('\n').Should().Be(indented);
        Encoding.UTF8.GetString(buffer.WrittenSpan).Should().Be(text);
        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(text);
        Encoding.UTF8.GetString(asyncStream.ToArray()).Should().Be(text);
    }

    [Fact]
    public async Task Every_form_of_a_reader_reads_the_same_document()
    {
        var json = StammJson.WriteProject(Stamm.Project);
        var utf8 = Encoding.UTF8.GetBytes(json);

        StammJson.ReadProject(json).OrThrow().Should().Be(Stamm.Project);
        StammJson.ReadProject(utf8).OrThrow().Should().Be(Stamm.Project);
        StammJson.ReadProject(new MemoryStream(utf8)).OrThrow().Should().Be(Stamm.Project);
        (await StammJson.ReadProjectAsync(new MemoryStream(utf8), cancellationToken: TestContext.Current.CancellationToken)).OrThrow().Should().Be(Stamm.Project);
    }

    [Fact]
    public async Task Every_form_of_a_reader_gives_the_same_problems()
    {
        var json = Documents.InvalidRequestJson();
        var utf8 = Encoding.UTF8.GetBytes(json);
        var problems = StammJson.ReadRequest(json).Problems;

        problems.Should().HaveCount(4);
        StammJson.ReadRequest(utf8).Problems.Should().Equal(problems);
        StammJson.ReadRequest(new MemoryStream(utf8)).Problems.Should().Equal(problems);
        (await StammJson.ReadRequestAsync(new MemoryStream(utf8), cancellationToken: TestContext.Current.CancellationToken)).Problems.Should().Equal(problems);
    }

    [Fact]
    public async Task A_case_events_document_is_read_the_same_from_text_utf8_a_stream_and_without_blocking()
    {
        var portfolio = Portfolio.Value;
        var empty = StAMM.Domain.Portfolios.Portfolio.Create(portfolio.Project, portfolio.RuleSets, portfolio.Contributions).OrThrow();
        var json = StammJson.WriteCaseEvents(empty, portfolio.Events);
        var utf8 = Encoding.UTF8.GetBytes(json);

        StammJson.ReadCaseEvents(json, empty).OrThrow().Should().Be(portfolio);
        StammJson.ReadCaseEvents(utf8, empty).OrThrow().Should().Be(portfolio);
        StammJson.ReadCaseEvents(new MemoryStream(utf8), empty).OrThrow().Should().Be(portfolio);
        (await StammJson.ReadCaseEventsAsync(new MemoryStream(utf8), empty, cancellationToken: TestContext.Current.CancellationToken)).OrThrow().Should().Be(portfolio);
    }

    /// <summary>Calls the method of that name whose parameters after the first take each of <paramref name="rest"/> by type, the others left at their defaults.</summary>
    private static T Invoke<T>(string name, object value, params object[] rest)
    {
        static object? Argument(ParameterInfo parameter, object[] rest) =>
            rest.FirstOrDefault(parameter.ParameterType.IsInstanceOfType) ?? parameter.DefaultValue;

        var method = Methods(name).Single(m =>
            rest.All(r => m.GetParameters().Skip(1).Any(p => p.ParameterType.IsInstanceOfType(r)))
            && m.GetParameters().Skip(1).All(p => p.HasDefaultValue || rest.Any(p.ParameterType.IsInstanceOfType)));
        object?[] arguments = [value, .. method.GetParameters().Skip(1).Select(p => Argument(p, rest))];
        return (T)method.Invoke(null, arguments)!;
    }
}
