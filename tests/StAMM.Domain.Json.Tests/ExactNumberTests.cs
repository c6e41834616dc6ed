using System.Globalization;
using System.Text;
using CsCheck;
using StAMM.Domain.Json.Reading;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Tests;

/// <summary>
/// Numbers are read exactly: a number that <see cref="decimal"/> cannot hold exactly (too many digits, too small, too
/// large) is a problem at its path, never rounded, never read as zero; amounts, percentages, counts, rule parameters.
/// </summary>
public sealed class ExactNumberTests
{
    private static readonly string Request = Repository.Read("docs/samples/requests/eligible-online-workshop-rs.json");
    private static readonly string RuleSet = Repository.Read("docs/samples/rule-sets/stamm-eligibility-2026.1.json");
    private static readonly string Project = Repository.Read("docs/samples/invalid-project.json");

    public static TheoryData<string> Inexact() => new()
    {
        "1E-400",
        "1e-29",
        "0." + new string('0', 5000) + "1",
        "1.00000000000000000000000000000000001",
        "0.00000000000000000000000000001",
        "123456789012345678901234567890.5",
        "79228162514264337593543950336",
        "1e29",
        "-1E-400",
        "7922816251426433759354395033.51",
    };

    public static TheoryData<string, string> Exact() => new()
    {
        { "0", "0" },
        { "0e-400", "0" },
        { "-0.0", "0" },
        { "1E2", "100" },
        { "2.50", "2.50" },
        { "0.0000000000000000000000000001", "0.0000000000000000000000000001" },
        { "79228162514264337593543950335", "79228162514264337593543950335" },
        { "7.9228162514264337593543950335E28", "79228162514264337593543950335" },
        { "1000000000000000000000000000000e-2", "10000000000000000000000000000" },
        { "12345.678900000000000000000000000000", "12345.6789" },
    };

    [Theory]
    [MemberData(nameof(Inexact))]
    public void An_amount_that_a_decimal_cannot_hold_exactly_is_a_problem_at_its_path(string number)
    {
        var problems = StammJson.ReadRequest(WithAmount(number)).Problems;

        problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p => p.Code == ProblemCodes.OutOfRange && p.Path == "$.costs[0].amount.amount" && p.Message.Contains("exactly"));
    }

    [Theory]
    [MemberData(nameof(Exact))]
    public void An_amount_that_a_decimal_holds_exactly_is_read_as_written(string number, string expected)
    {
        var result = StammJson.ReadRequest(WithAmount(number));

        result.IsValid.Should().BeTrue(string.Join(" | ", result.Problems));
        result.OrThrow().Costs[0].Amount.Amount.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_percentage_that_a_decimal_cannot_hold_exactly_is_a_problem_at_its_path()
    {
        var json = Project.Replace("\"percentage\": 40", "\"percentage\": 40.000000000000000000000000000001", StringComparison.Ordinal);
        json.Should().Contain("40.000000000000000000000000000001");

        StammJson.ReadProject(json).Problems.Should().Contain(p => p.Code == ProblemCodes.OutOfRange && p.Path == "$.scope.shares[1].percentage");
    }

    [Theory]
    [InlineData("1e-400")]
    [InlineData("60.0000000000000000000000000000001")]
    public void A_rule_parameter_that_a_decimal_cannot_hold_exactly_is_a_problem_at_its_path(string number)
    {
        var json = RuleSet.Replace("\"number\": 60,", $"\"number\": {number},", StringComparison.Ordinal);
        json.Should().Contain(number);

        StammJson.ReadRuleSet(json).Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Code == ProblemCodes.OutOfRange && p.Path.StartsWith("$.rules[") && p.Path.EndsWith(".parameters.warnBelowDays.number"));
    }

    [Theory]
    [InlineData("1e-400", JsonProblemCodes.WrongType)]
    [InlineData("2.0000000000000000000000000000001", JsonProblemCodes.WrongType)]
    [InlineData("2.5", JsonProblemCodes.WrongType)]
    [InlineData("2147483648", ProblemCodes.OutOfRange)]
    [InlineData("1e400", ProblemCodes.OutOfRange)]
    [InlineData("-1e29", ProblemCodes.OutOfRange)]
    public void A_count_that_is_not_an_exact_whole_number_in_range_is_a_problem_at_its_path(string number, string code)
    {
        var json = Request.Replace("\"expertsRequested\": 2", $"\"expertsRequested\": {number}", StringComparison.Ordinal);

        StammJson.ReadRequest(json).Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Code == code && p.Path == "$.expertsRequested");
    }

    [Theory]
    [InlineData("3")]
    [InlineData("3.0")]
    [InlineData("3e0")]
    [InlineData("0.3E1")]
    public void A_count_is_any_spelling_of_a_whole_number_as_JSON_Schema_integer_allows(string number)
    {
        var json = Request.Replace("\"expertsRequested\": 2", $"\"expertsRequested\": {number}", StringComparison.Ordinal);

        StammJson.ReadRequest(json).OrThrow().ExpertsRequested.Should().Be(3);
    }

    [Fact]
    public void Every_decimal_in_every_spelling_with_extra_zeros_and_an_exponent_reads_back_exactly() =>
        Gen.Select(Gen.Decimal, Gen.Int[0, 40], Gen.Int[0, 3]).Sample((d, zeros, form) =>
        {
            var token = Spelling(d, zeros, form);

            var fit = ExactNumber.Read(Encoding.ASCII.GetBytes(token), out var value, out var whole);

            fit.Should().Be(NumberFit.Exact, token);
            value.Should().Be(d, token);
            whole.Should().Be(d == decimal.Truncate(d), token);
        });

    [Fact]
    public void Every_decimal_with_a_digit_beyond_the_28th_decimal_place_is_refused() =>
        Gen.Select(Gen.Decimal, Gen.Int[0, 40], Gen.Int['1', '9']).Sample((d, extra, digit) =>
        {
            var text = d.ToString(CultureInfo.InvariantCulture);
            var places = text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
            var token = (places == 0 ? text + "." : text) + new string('0', 28 - places + extra) + (char)digit;

            ExactNumber.Read(Encoding.ASCII.GetBytes(token), out _, out _).Should().NotBe(NumberFit.Exact, token);
        });

    /// <summary>A decimal written as plain digits with its point moved into an exponent, after extra zeros that carry no value.</summary>
    private static string Spelling(decimal d, int zeros, int form)
    {
        var text = d.ToString(CultureInfo.InvariantCulture);
        var negative = text.StartsWith('-');
        var unsigned = negative ? text[1..] : text;
        var point = unsigned.IndexOf('.', StringComparison.Ordinal);
        var scale = point < 0 ? 0 : unsigned.Length - point - 1;
        var digits = unsigned.Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0');
        digits = digits.Length == 0 ? "0" : digits;
        var sign = negative ? "-" : string.Empty;
        return form switch
        {
            // 123.4500 as 12345000e-5 (with zeros more), 1.2345000e2 style, or plain text with trailing zeros.
            0 => sign + digits + new string('0', zeros) + "e" + (-(scale + zeros)).ToString(CultureInfo.InvariantCulture),
            1 => sign + digits[..1] + "." + digits[1..] + new string('0', zeros) + "0E" + (digits.Length - 1 - scale).ToString(CultureInfo.InvariantCulture),
            2 => (point < 0 ? text + "." : text) + new string('0', zeros + 1),
            _ => sign + "0." + new string('0', zeros) + digits + Exponent(digits.Length + zeros - scale),
        };
    }

    private static string Exponent(int power) => power >= 0 ? "e+" + power.ToString(CultureInfo.InvariantCulture) : "e" + power.ToString(CultureInfo.InvariantCulture);

    private static string WithAmount(string number)
    {
        var json = Request.Replace("\"amount\": 0,", $"\"amount\": {number},", StringComparison.Ordinal);
        json.Should().Contain(number);
        return json;
    }
}
