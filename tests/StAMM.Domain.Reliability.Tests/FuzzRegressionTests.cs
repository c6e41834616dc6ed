using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Finance;
using StAMM.Domain.Json;
using StAMM.Domain.Reliability.Tests.Fuzzing;

namespace StAMM.Domain.Reliability.Tests;

/// <summary>
/// Every crash the fuzzers found, as the smallest input that showed it, named for the behaviour now guaranteed.
/// The mutant that found it is named in each test's comment (reader, seed 20260301, index).
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly LocalDate Day = new(2026, 3, 2);

    // json-rule-set #13381, #33084, #37328 (and json-document #13381): RuleMath.Cents multiplied before saturating,
    // so a ceiling near decimal.MaxValue threw OverflowException from CostCeilingRule.Create instead of making the rule.
    [Fact]
    public void A_cost_ceiling_near_the_largest_decimal_makes_a_rule_that_evaluates()
    {
        var rule = CostCeilingRule.Create(Money.Of(decimal.MaxValue, Currency.Eur), Money.Of(decimal.MaxValue, Currency.Eur));

        rule.IsValid.Should().BeTrue();
        EvaluateSamples(rule.OrThrow()).Should().OnlyContain(o => o.Status == OutcomeStatus.Pass);
    }

    [Fact]
    public void A_cost_ceiling_near_the_most_negative_decimal_is_refused_as_a_problem_not_an_overflow()
    {
        var rule = CostCeilingRule.Create(Money.Of(decimal.MinValue, Currency.Eur), Money.Of(decimal.MinValue, Currency.Eur));

        rule.Problems.Should().ContainSingle(p => p.Path == "softPerActivity");
    }

    [Fact]
    public void A_rule_set_document_with_a_ceiling_of_29_digits_is_read_and_evaluated()
    {
        var json = Targets.RuleSetSamples[0].Replace("\"number\": 60000,", "\"number\": 79228162514264337593543950335,", StringComparison.Ordinal);

        var ruleSet = StammJson.ReadRuleSet(json);

        ruleSet.IsValid.Should().BeTrue();
        var evaluator = new Evaluator(ruleSet.OrThrow());
        Targets.SampleRequests.Select(r => evaluator.Evaluate(r, Context(r)).Kind).Should().HaveCount(4);
    }

    // json-case-events #73474: a recorded decision dated before its request's submission reached the evaluator, whose
    // argument check threw ArgumentException out of the reader instead of a problem at the decision's day.
    [Fact]
    public void A_recorded_decision_dated_before_the_submission_is_a_problem_at_its_day_not_an_exception()
    {
        var sample = Targets.CaseEventsSamples[0];
        var day = System.Text.RegularExpressions.Regex.Match(sample, "\"evaluatedOn\": ?\"2026-03-02\"");
        day.Success.Should().BeTrue("the sample records a decision made on the day of submission");
        var json = string.Concat(sample.AsSpan(0, day.Index), day.Value.Replace("2026-03-02", "2026-02-02", StringComparison.Ordinal), sample.AsSpan(day.Index + day.Length));

        var read = StammJson.ReadCaseEvents(json, Testing.IllustrativeFacility.EmptyPortfolio());

        read.Problems.Should().ContainSingle(p => p.Code == "out-of-order" && p.Path.EndsWith(".decision.evaluatedOn", StringComparison.Ordinal))
            .Which.Message.Should().Contain("before").And.Contain("2026-02-02");
    }

    // json-rule-set #47901, #49750, #87113, #93632: TotalSpanRule added maxSpanMonths to the start date, which
    // overflowed NodaTime's calendar (or int) for a large horizon, during evaluation of a rule set that was valid.
    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(120_000)]
    [InlineData(95_880)]
    public void A_total_span_beyond_the_calendar_is_never_exceeded_and_never_overflows(int months)
    {
        var rule = TotalSpanRule.Create(months).OrThrow();

        EvaluateSamples(rule).Should().OnlyContain(o => o.Status == OutcomeStatus.Pass);
    }

    [Fact]
    public void A_request_in_the_last_month_of_the_calendar_is_evaluated_by_the_default_total_span_rule()
    {
        var json = Targets.RequestSamples[0]
            .Replace("\"earliestStart\": \"2026-06-15\"", "\"earliestStart\": \"9999-12-01\"", StringComparison.Ordinal)
            .Replace("\"latestEnd\": \"2026-07-10\"", "\"latestEnd\": \"9999-12-31\"", StringComparison.Ordinal);
        var request = StammJson.ReadRequest(json).OrThrow();

        var outcome = TotalSpanRule.Default.Evaluate(new EvaluationInput(request, Context(request)));

        outcome.Status.Should().Be(OutcomeStatus.Pass);
    }

    [Fact]
    public void A_total_span_that_ends_exactly_at_the_calendar_end_still_warns_for_a_later_end()
    {
        // From 9999-01 the calendar has 11 more months; a horizon of 11 months ends on 9999-11-30, so December warns.
        var json = Targets.RequestSamples[0]
            .Replace("\"earliestStart\": \"2026-06-15\"", "\"earliestStart\": \"9999-01-01\"", StringComparison.Ordinal)
            .Replace("\"latestEnd\": \"2026-07-10\"", "\"latestEnd\": \"9999-12-31\"", StringComparison.Ordinal)
            .Replace("\"durationInDays\": 2", "\"durationInDays\": 365", StringComparison.Ordinal);
        var request = StammJson.ReadRequest(json).OrThrow();

        var outcome = TotalSpanRule.Create(11).OrThrow().Evaluate(new EvaluationInput(request, Context(request)));

        outcome.Status.Should().Be(OutcomeStatus.Warn);
    }

    // json-document #21732: AssistanceRequest summed its cost lines in its constructor, after validation, so two
    // lines near decimal.MaxValue threw OverflowException from Create (and from the request reader).
    [Fact]
    public void Cost_lines_that_add_up_beyond_the_largest_decimal_are_a_problem_on_the_line_that_overflows()
    {
        var huge = "{\"amount\": 79228162514264337593543950335, \"currency\": \"EUR\"}";
        var json = Targets.RequestSamples[0].Replace(
            "\"amount\": {\n        \"amount\": 0,\n        \"currency\": \"EUR\"\n      },",
            $"\"amount\": {huge} }}, {{ \"category\": \"travel\", \"amount\": {huge},",
            StringComparison.Ordinal);

        var request = StammJson.ReadRequest(json);

        json.Should().Contain("79228162514264337593543950335", "the sample was changed as intended");
        request.Problems.Should().ContainSingle().Which.Should().Match<Validation.ValidationProblem>(p => p.Code == Validation.ProblemCodes.OutOfRange && p.Path == "$.costs[1].amount");
    }

    [Fact]
    public void Cost_lines_that_add_up_to_exactly_the_largest_decimal_are_accepted()
    {
        var half = decimal.MaxValue / 2;
        var request = StammJson.ReadRequest(Targets.RequestSamples[0]).OrThrow();
        var lines = new[] { half, decimal.MaxValue - half }.Select(a => Requests.CostLine.Create(Requests.CostCategory.Travel, Money.Of(a, Currency.Eur)).OrThrow());

        var result = Requests.AssistanceRequest.Create(
            request.Identifier, request.Submitted, request.Party, request.RequestedActivity, request.Logistics, Requests.CostEstimate.Create(lines));

        result.OrThrow().TotalCost.Should().Be(Money.Of(decimal.MaxValue, Currency.Eur));
    }

    // Issue 21, found by an independent attack that the fuzzers missed (their palette had no escaped surrogates, and
    // System.Text.Json writes a lone surrogate as \uFFFD): a name or value whose escapes spell a lone surrogate threw
    // InvalidOperationException from every JSON reader and entry point (index % 3: bytes, stream, text).
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void An_escaped_lone_surrogate_is_a_clear_error_for_every_JSON_reader_and_entry_point(long entry)
    {
        var mutant = System.Text.Encoding.UTF8.GetBytes("{\"\\udc00\\ud800\": \"\\ud800\", " + Targets.ProjectSamples[0][1..]);

        foreach (var target in new[] { Targets.ProjectReader, Targets.RequestReader, Targets.RuleSetReader, Targets.DocumentReader })
        {
            target.Read(mutant, entry).Should().Be(Answer.Errors, target.Name);
        }
    }

    // Issue 21: 1.3 million unknown properties gave 1.3 million problems (1.4 GB resident); now at most MaxProblems and one that counts the rest.
    [Fact]
    public void A_flood_of_unknown_properties_is_answered_with_a_bounded_number_of_problems()
    {
        var flood = new System.Text.StringBuilder(Targets.RequestSamples[0].TrimEnd()[..^1]);
        for (var i = 0; i < 100_000; i++)
        {
            flood.Append(",\"u").Append(i).Append("\":1");
        }

        var problems = StammJson.ReadRequest(flood.Append('}').ToString()).Problems;

        problems.Should().HaveCount(JsonReadOptions.Default.MaxProblems + 1);
        problems[^1].Code.Should().Be(JsonProblemCodes.TooManyProblems);
    }

    // Issue 21: an amount of 1E-400 was read as 0 and a ceiling of 1.00000000000000000000000000000000001 was rounded.
    [Theory]
    [InlineData("1E-400")]
    [InlineData("1.00000000000000000000000000000000001")]
    public void A_rule_set_ceiling_that_a_decimal_cannot_hold_exactly_is_refused_not_rounded(string number)
    {
        var json = Targets.RuleSetSamples[0].Replace("\"number\": 60000,", $"\"number\": {number},", StringComparison.Ordinal);

        json.Should().Contain(number, "the sample was changed as intended");
        StammJson.ReadRuleSet(json).Problems.Should().ContainSingle(p => p.Code == Validation.ProblemCodes.OutOfRange && p.Path.EndsWith(".parameters.hardPerRequest.number", StringComparison.Ordinal));
    }

    private static EvaluationContext Context(Requests.AssistanceRequest request) =>
        EvaluationContext.CreateAsOf(Stamm.Project, request.SubmittedOn > Day ? request.SubmittedOn : Day).OrThrow();

    private static RuleOutcome[] EvaluateSamples(EligibilityRule rule) =>
        [.. Targets.SampleRequests.Select(r => rule.Evaluate(new EvaluationInput(r, Context(r))))];
}
