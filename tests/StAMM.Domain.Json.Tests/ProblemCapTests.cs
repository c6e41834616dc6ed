using System.Text;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Tests;

/// <summary>
/// A document reports at most <see cref="JsonReadOptions.MaxProblems"/> problems, then one that counts the rest, so a
/// flood of problems costs no more memory than a document with a few.
/// </summary>
public sealed class ProblemCapTests
{
    private static readonly string Request = Repository.Read("docs/samples/requests/eligible-online-workshop-rs.json");

    [Fact]
    public void The_default_cap_is_1000_problems() => JsonReadOptions.Default.MaxProblems.Should().Be(1000);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1_000_001)]
    public void A_cap_outside_1_to_a_million_is_a_programming_error(int cap)
    {
        var make = () => new JsonReadOptions { MaxProblems = cap };

        make.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(nameof(JsonReadOptions.MaxProblems));
    }

    [Fact]
    public void Problems_beyond_the_cap_are_counted_in_one_last_problem()
    {
        var problems = StammJson.ReadRequest(WithUnknownProperties(250), new JsonReadOptions { MaxProblems = 100 }).Problems;

        problems.Should().HaveCount(101);
        problems.Take(100).Should().OnlyContain(p => p.Code == JsonProblemCodes.UnknownProperty);
        problems[^1].Should().Match<ValidationProblem>(p => p.Code == JsonProblemCodes.TooManyProblems && p.Path == "$" && p.Message.Contains("150 more"));
    }

    [Fact]
    public void The_problems_kept_are_the_first_in_document_order()
    {
        var problems = StammJson.ReadRequest(WithUnknownProperties(10), new JsonReadOptions { MaxProblems = 3 }).Problems;

        problems.Select(p => p.Path).Should().Equal("$.unknown0", "$.unknown1", "$.unknown2", "$");
    }

    [Theory]
    [InlineData(99)]
    [InlineData(100)]
    public void Up_to_the_cap_every_problem_is_reported_and_none_counts_the_rest(int count)
    {
        var problems = StammJson.ReadRequest(WithUnknownProperties(count), new JsonReadOptions { MaxProblems = 100 }).Problems;

        problems.Should().HaveCount(count).And.OnlyContain(p => p.Code == JsonProblemCodes.UnknownProperty);
    }

    [Fact]
    public void Problems_found_before_the_tree_is_built_are_capped_too()
    {
        var json = "{\"kind\": \"request\", \"scope\": {\"a\": 1" + string.Concat(Enumerable.Repeat(", \"a\": 1", 5000)) + "}}";

        var problems = StammJson.ReadRequest(json, new JsonReadOptions { MaxProblems = 10 }).Problems;

        problems.Should().HaveCount(11);
        problems.Take(10).Should().OnlyContain(p => p.Code == JsonProblemCodes.DuplicateProperty && p.Path == "$.scope.a");
        problems[^1].Should().Match<ValidationProblem>(p => p.Code == JsonProblemCodes.TooManyProblems && p.Message.Contains("4990 more"));
    }

    [Theory]
    [InlineData("[[[[[[[[[[[[1]]]]]]]]]]]]", JsonProblemCodes.TooDeep)]
    [InlineData("[1,", JsonProblemCodes.NotJson)]
    public void The_problem_that_makes_an_input_unreadable_is_reported_even_beyond_the_cap(string tail, string code)
    {
        var json = "{\"a\": 1" + string.Concat(Enumerable.Repeat(", \"a\": 1", 10)) + ", \"b\": " + tail;

        var problems = StammJson.Read(json, new JsonReadOptions { MaxProblems = 3, MaxDepth = 10 }).Problems;

        problems.Select(p => p.Code).Should().Equal(JsonProblemCodes.DuplicateProperty, JsonProblemCodes.DuplicateProperty, code, JsonProblemCodes.TooManyProblems);
        problems[^1].Message.Should().Contain("8 more");
        problems.Should().Contain(p => JsonProblemCodes.MeansUnreadable(p.Code));
    }

    [Fact]
    public void Problems_of_the_domain_factories_are_capped_too()
    {
        var line = "{\"category\": \"travel\", \"amount\": {\"amount\": -1, \"currency\": \"EUR\"}}";
        var json = Request.Replace("\"costs\": [", "\"costs\": [" + string.Concat(Enumerable.Repeat(line + ", ", 50)), StringComparison.Ordinal);

        var problems = StammJson.ReadRequest(json, new JsonReadOptions { MaxProblems = 5 }).Problems;

        problems.Should().HaveCount(6);
        problems[^1].Code.Should().Be(JsonProblemCodes.TooManyProblems);
    }

    [Fact]
    public void A_flood_of_800_000_unknown_properties_is_read_within_a_small_multiple_of_its_size()
    {
        var json = Encoding.UTF8.GetBytes(WithUnknownProperties(800_000));
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();

        var problems = StammJson.ReadRequest(json, JsonReadOptions.Default).Problems;

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        problems.Should().HaveCount(1001);
        problems[^1].Message.Should().Contain("799000 more");
        allocated.Should().BeLessThan(12L * json.Length, "the problems beyond the cap are counted, not built ({0} MB input)", json.Length / (1024 * 1024));
    }

    [Fact]
    public void The_worst_input_for_memory_an_array_of_one_digit_numbers_takes_at_most_20_bytes_per_input_byte()
    {
        // Each "1," is a value in the parsed tree (12 bytes), and each is a problem (a number where a cost line is expected).
        var json = Encoding.UTF8.GetBytes("{\"kind\": \"request\", \"costs\": [1" + string.Concat(Enumerable.Repeat(",1", 4_000_000)) + "]}");
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();

        var problems = StammJson.Read(json, JsonReadOptions.Default).Problems;

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        problems.Should().HaveCount(1001);
        allocated.Should().BeLessThan((20L * json.Length) + (8 * 1024 * 1024));
    }

    [Fact]
    public void The_count_of_the_rest_does_not_make_the_input_unreadable() =>
        JsonProblemCodes.MeansUnreadable(JsonProblemCodes.TooManyProblems).Should().BeFalse();

    private static string WithUnknownProperties(int count)
    {
        var text = new StringBuilder(Request.Length + (count * 20));
        text.Append(Request.AsSpan(0, Request.LastIndexOf('}')));
        for (var i = 0; i < count; i++)
        {
            text.Append(", \"unknown").Append(i).Append("\": 1");
        }

        return text.Append('}').ToString();
    }
}
