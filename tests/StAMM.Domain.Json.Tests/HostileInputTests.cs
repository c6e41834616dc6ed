using System.Diagnostics;
using System.Text;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Tests;

/// <summary>Untrusted input: every case gives a clear problem with a path, quickly, and never an exception.</summary>
public sealed class HostileInputTests
{
    private static readonly string Valid = StammJson.WriteProject(Stamm.Project);

    public static TheoryData<string, byte[], string, string> Cases() => new()
    {
        { "empty input", [], JsonProblemCodes.NotJson, "$" },
        { "only white space", "  \n\t "u8.ToArray(), JsonProblemCodes.NotJson, "$" },
        { "deep nesting (10,000 arrays)", Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000)), JsonProblemCodes.TooDeep, "$" + string.Concat(Enumerable.Repeat("[0]", 64)) },
        { "deep nesting (10,000 objects)", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)), JsonProblemCodes.TooDeep, "$" + string.Concat(Enumerable.Repeat(".a", 64)) },
        { "duplicate keys", Encoding.UTF8.GetBytes(Valid.Replace("\"acronym\": \"StAMM\",", "\"acronym\": \"StAMM\", \"acronym\": \"X\",", StringComparison.Ordinal)), JsonProblemCodes.DuplicateProperty, "$.acronym" },
        { "duplicate keys deep inside", Encoding.UTF8.GetBytes(Valid.Replace("\"city\": \"Sarajevo\",", "\"city\": \"Sarajevo\", \"city\": \"Mostar\",", StringComparison.Ordinal)), JsonProblemCodes.DuplicateProperty, "$.activities[0].venue.city" },
        { "duplicate keys, one written with an escape", Encoding.UTF8.GetBytes(Valid.Replace("\"acronym\": \"StAMM\",", "\"acronym\": \"StAMM\", \"acr\\u006Fnym\": \"X\",", StringComparison.Ordinal)), JsonProblemCodes.DuplicateProperty, "$.acronym" },
        { "duplicate keys after 40 others in one object", Encoding.UTF8.GetBytes("{" + string.Concat(Enumerable.Range(0, 40).Select(i => $"\"p{i}\": 1, ")) + "\"p7\": 2}"), JsonProblemCodes.DuplicateProperty, "$.p7" },
        { "an object with 200,000 properties and one duplicate", Encoding.UTF8.GetBytes("{\"kind\": \"project\", \"scope\": {" + string.Concat(Enumerable.Range(0, 200_000).Select(i => $"\"p{i}\": 1, ")) + "\"p199999\": 2}}"), JsonProblemCodes.DuplicateProperty, "$.scope.p199999" },
        { "an object of 80,000 properties within the string limit, one duplicate", Encoding.UTF8.GetBytes("{\"kind\": \"project\", \"scope\": {" + string.Concat(Enumerable.Range(0, 80_000).Select(i => $"\"p{i}\": 1, ")) + "\"p79999\": 2}}"), JsonProblemCodes.DuplicateProperty, "$.scope.p79999" },
        { "wrong type: number for a title", Patch("\"title\": \"StAMM: Short-term technical assistance on Asylum, Migration, and Mobility in Western Balkans\"", "\"title\": 42"), JsonProblemCodes.WrongType, "$.title" },
        { "wrong type: object for the countries", Patch("\"countries\": [\n      \"AL\",", "\"countries\": {}, \"x\": [\n      \"AL\","), JsonProblemCodes.WrongType, "$.scope.countries" },
        { "wrong type: the document is an array", "[1, 2, 3]"u8.ToArray(), JsonProblemCodes.WrongType, "$" },
        { "unknown document kind", Patch("\"kind\": \"project\"", "\"kind\": \"spaceship\""), JsonProblemCodes.UnknownKind, "$.kind" },
        { "unknown venue mode", Patch("\"mode\": \"inPerson\"", "\"mode\": \"teleport\""), JsonProblemCodes.UnknownKind, "$.activities[0].venue.mode" },
        { "unknown period precision", Patch("\"precision\": \"month\"", "\"precision\": \"week\""), JsonProblemCodes.UnknownKind, "$.activities[2].period.precision" },
        { "unknown property", Patch("\"acronym\": \"StAMM\",", "\"acronym\": \"StAMM\", \"budget\": 1,"), JsonProblemCodes.UnknownProperty, "$.budget" },
        { "unknown enum name", Patch("\"status\": \"implementation\"", "\"status\": \"dormant\""), JsonProblemCodes.UnknownValue, "$.status" },
        { "a date that does not exist: 2019-02-30", Patch("\"start\": \"2019-03-13\"", "\"start\": \"2019-02-30\""), ProblemCodes.InvalidFormat, "$.activities[0].period.start" },
        { "unknown country code", Patch("\"city\": \"Sarajevo\",\n        \"country\": \"BA\"", "\"city\": \"Sarajevo\",\n        \"country\": \"ZZ\""), ProblemCodes.UnknownCode, "$.activities[0].venue.country" },
        { "missing required property", Patch("\"status\": \"implementation\",", string.Empty), JsonProblemCodes.MissingProperty, "$.status" },
        { "unsupported schema version", Patch("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"2.0\""), JsonProblemCodes.UnsupportedVersion, "$.schemaVersion" },
        { "truncated document", "{\"kind\": \"project\", \"scope\": {\"countries\": [\"AL\","u8.ToArray(), JsonProblemCodes.NotJson, "$.scope.countries[0]" },
        { "truncated sample", Encoding.UTF8.GetBytes(Valid[..(Valid.Length / 2)]), JsonProblemCodes.NotJson, "$.activities[0].topics" },
        { "trailing comma", "{\"kind\": \"project\",}"u8.ToArray(), JsonProblemCodes.NotJson, "$.kind" },
        { "a comment", "// hello\n{}"u8.ToArray(), JsonProblemCodes.NotJson, "$" },
        { "non-UTF-8 bytes", [.. "{\"kind\": \"pro"u8, 0xC3, 0x28, .. "ject\"}"u8], JsonProblemCodes.InvalidEncoding, "$" },
        { "a huge number", Patch("\"openToFurtherDonors\": true", "\"openToFurtherDonors\": 1e400"), JsonProblemCodes.WrongType, "$.openToFurtherDonors" },
    };

    private static byte[] Patch(string find, string replace)
    {
        Valid.Should().Contain(find);
        return Encoding.UTF8.GetBytes(Valid.Replace(find, replace, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_input_gives_a_clear_problem_with_a_path(string name, byte[] input, string code, string path)
    {
        var watch = Stopwatch.StartNew();
        var result = StammJson.ReadProject(input);

        result.IsValid.Should().BeFalse(name);
        result.Problems.Should().Contain(p => p.Code == code && p.Path == path, $"{name}; got: {string.Join(" | ", result.Problems)}");
        result.Problems.Should().OnlyContain(p => p.Message.Length > 10 && p.Path.StartsWith('$'));
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), name);
    }

    [Fact]
    public void A_100_MB_string_is_rejected_by_the_size_limit_at_once()
    {
        var huge = new byte[100 * 1024 * 1024];
        "{\"title\": \""u8.CopyTo(huge);
        huge.AsSpan(11).Fill((byte)'a');
        var watch = Stopwatch.StartNew();

        var result = StammJson.ReadProject(huge);

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
        result.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.DocumentTooLarge);
    }

    [Fact]
    public void A_100_MB_stream_is_read_only_up_to_the_limit()
    {
        using var stream = new EndlessString(100L * 1024 * 1024);

        var result = StammJson.ReadProject(stream);

        result.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.DocumentTooLarge);
        stream.Position.Should().BeLessThanOrEqualTo(JsonReadOptions.Default.MaxDocumentBytes + 64 * 1024);
    }

    [Fact]
    public void A_100_MB_text_is_rejected_before_it_is_encoded()
    {
        var text = "{\"title\": \"" + new string('a', 100 * 1024 * 1024) + "\"}";

        StammJson.ReadProject(text).Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.DocumentTooLarge);
    }

    [Fact]
    public void A_string_over_the_string_limit_is_named_by_its_path()
    {
        var input = Patch("\"acronym\": \"StAMM\"", "\"acronym\": \"" + new string('x', 2000) + "\"");

        var result = StammJson.ReadProject(input, new JsonReadOptions { MaxStringBytes = 1000 });

        result.Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Code == JsonProblemCodes.StringTooLong && p.Path == "$.acronym");
    }

    [Fact]
    public void A_lone_surrogate_in_text_input_is_an_encoding_problem() =>
        StammJson.ReadProject("{\"title\": \"\uD800\"}").Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.InvalidEncoding);

    [Fact]
    public void Codes_and_names_written_with_escapes_read_as_their_text()
    {
        var escaped = Valid
            .Replace("\"country\": \"BA\"", "\"country\": \"B\\u0041\"", StringComparison.Ordinal)
            .Replace("\"status\": \"implementation\"", "\"status\": \"impl\\u0065mentation\"", StringComparison.Ordinal);
        escaped.Should().Contain("B\\u0041").And.Contain("impl\\u0065mentation");

        StammJson.ReadProject(escaped).OrThrow().Should().Be(Stamm.Project);
    }

    [Fact]
    public void Nesting_as_deep_as_the_limit_is_accepted_and_one_level_more_is_not()
    {
        var options = new JsonReadOptions { MaxDepth = 3 };

        StammJson.ReadProject("[[[]]]"u8, options).Problems.Should().NotContain(p => p.Code == JsonProblemCodes.TooDeep);
        StammJson.ReadProject("[[[[]]]]"u8, options).Problems.Should().ContainSingle(p => p.Code == JsonProblemCodes.TooDeep)
            .Which.Path.Should().Be("$[0][0][0]");
    }

    [Fact]
    public void A_byte_order_mark_is_ignored() =>
        StammJson.ReadProject([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Valid)]).IsValid.Should().BeTrue();

    [Fact]
    public void The_limits_are_configurable_and_checked()
    {
        StammJson.ReadProject(Encoding.UTF8.GetBytes(Valid), new JsonReadOptions { MaxDocumentBytes = 100 }).Problems
            .Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.DocumentTooLarge);
        StammJson.ReadProject(Encoding.UTF8.GetBytes(Valid), new JsonReadOptions { MaxDepth = 3 }).Problems
            .Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.TooDeep);
        var negative = () => new JsonReadOptions { MaxDocumentBytes = 0 };
        negative.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_size_limit_beyond_what_the_readers_can_hold_is_a_programming_error()
    {
        var make = () => new JsonReadOptions { MaxDocumentBytes = int.MaxValue };

        make.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(nameof(JsonReadOptions.MaxDocumentBytes));
    }

    [Fact]
    public void The_largest_size_limit_reads_every_entry_point()
    {
        var options = new JsonReadOptions { MaxDocumentBytes = 128 * 1024 * 1024 };
        var bytes = Encoding.UTF8.GetBytes(Valid);

        StammJson.ReadProject(new MemoryStream(bytes), options).IsValid.Should().BeTrue();
        StammJson.ReadProject(bytes, options).IsValid.Should().BeTrue();
        StammJson.ReadProject(Valid, options).IsValid.Should().BeTrue();
    }

    [Fact]
    public void A_stream_exactly_at_the_size_limit_is_read_and_one_byte_more_is_too_large()
    {
        var bytes = Encoding.UTF8.GetBytes(Valid);

        StammJson.ReadProject(new MemoryStream(bytes), new JsonReadOptions { MaxDocumentBytes = bytes.Length }).IsValid.Should().BeTrue();
        StammJson.ReadProject(new MemoryStream(bytes), new JsonReadOptions { MaxDocumentBytes = bytes.Length - 1 }).Problems
            .Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.DocumentTooLarge);
    }

    [Fact]
    public void Text_whose_UTF_8_form_passes_the_size_limit_is_too_large_though_its_characters_are_fewer()
    {
        var text = "{\"title\": \"" + new string('\u00e9', 60) + "\"}";

        StammJson.ReadProject(text, new JsonReadOptions { MaxDocumentBytes = 100 }).Problems
            .Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.DocumentTooLarge);
    }

    /// <summary>A stream of <c>{"title": "aaaa…</c> that makes its bytes as they are read, so the test never holds 100 MB.</summary>
    private sealed class EndlessString(long length) : Stream
    {
        private static readonly byte[] Head = "{\"title\": \""u8.ToArray();
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++)
            {
                var at = _position + i;
                buffer[offset + i] = at < Head.Length ? Head[at] : (byte)'a';
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
