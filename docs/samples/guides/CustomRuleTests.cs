using NodaTime;
using NodaTime.Testing;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Json;

namespace StAMM.Domain.Guides;

public sealed class CustomRuleTests
{
    private static EvaluationContext Context { get; } = EvaluationContext.Create(
        ModellingAProject.Project(), new FakeClock(Instant.FromUtc(2026, 3, 2, 12, 0)), ModellingAProject.Balances()).OrThrow();

    [Fact]
    public void The_house_style_rule_runs_last_in_the_trace_and_passes_a_short_title()
    {
        var decision = CustomRule.Evaluate(EvaluatingARequest.Request().OrThrow(), Context);

        decision.Kind.Should().Be(DecisionKind.Eligible);
        decision.RuleSetName.Should().Be("StAMM + house style");
        decision.Outcomes.Should().HaveCount(StammRuleSet.Default.Rules.Length + 1);
        decision.Outcomes[^1].ToString().Should().Be("X-TITLE-LENGTH Pass: The title fits.");
    }

    [Fact]
    public void A_title_longer_than_the_limit_warns_and_sends_the_request_to_review()
    {
        var rules = RuleSet.Create("short", "1", new LocalDate(2018, 12, 1), null, [.. StammRuleSet.Default.Rules, new MaxTitleLengthRule(10)]).OrThrow();

        var decision = new Evaluator(rules).Evaluate(EvaluatingARequest.Request().OrThrow(), Context);

        decision.Kind.Should().Be(DecisionKind.NeedsReview);
        decision.Case.OutcomeOf("X-TITLE-LENGTH")!.Value.Message.Should().Be("The title has 40 characters; at most 10 fit on a certificate.");
    }

    [Fact]
    public void The_rule_is_written_with_its_kind_and_parameters_without_registration()
    {
        var json = CustomRule.Write();

        json.Should().Contain("\"kind\": \"maxTitleLength\"").And.Contain("\"maxCharacters\": {");
    }

    [Fact]
    public void Reading_with_the_registered_kind_gives_back_an_equal_set()
    {
        var written = CustomRule.Write();

        var read = CustomRule.Read(written).OrThrow();

        read.Should().Be(StammJson.ReadRuleSet(written, new JsonReadOptions { RuleKinds = StammRuleSet.Kinds.With("maxTitleLength", _ => new MaxTitleLengthRule(60)) }).OrThrow());
        read.Rules.Single().Should().BeOfType<MaxTitleLengthRule>().Which.Parameters.Single().ToString().Should().Be("maxCharacters = 60 characters");
    }

    [Fact]
    public void A_parameter_the_reader_refuses_is_reported_at_its_JSON_path()
    {
        var json = CustomRule.Write().Replace("\"number\": 60", "\"number\": 0", StringComparison.Ordinal);

        CustomRule.Read(json).Problems.Select(p => p.Path).Should().Equal("$.rules[0].parameters.maxCharacters");
    }

    [Fact]
    public void Without_the_registration_the_kind_is_unknown()
    {
        StammJson.ReadRuleSet(CustomRule.Write()).Problems.Should().Contain(p => p.Code == JsonProblemCodes.UnknownKind);
    }

    [Fact]
    public void A_declared_kind_reads_back_equal_and_its_schema_types_its_parameter()
    {
        var set = RuleSet.Create("House style", "1", new LocalDate(2026, 1, 1), null, [TitleWordsRule.Create(12).OrThrow()]).OrThrow();

        var (rules, schema) = CustomRule.ReadDeclared(StammJson.WriteRuleSet(set));

        rules.OrThrow().Should().Be(set);
        schema.Should().Contain("\"const\": \"maxTitleWords\"").And.Contain("\"maxWords\": {");
    }

    [Fact]
    public void A_misspelt_parameter_of_a_declared_kind_is_reported_where_it_is()
    {
        var set = RuleSet.Create("House style", "1", new LocalDate(2026, 1, 1), null, [TitleWordsRule.Create(12).OrThrow()]).OrThrow();
        var json = StammJson.WriteRuleSet(set).Replace("\"maxWords\"", "\"maxWord\"", StringComparison.Ordinal);

        CustomRule.ReadDeclared(json).Rules.Problems.Select(p => p.Path).Should().BeEquivalentTo(["$.rules[0].parameters.maxWords", "$.rules[0].parameters.maxWord"]);
    }

    [Fact]
    public void A_declared_kind_refuses_a_value_below_its_declared_range_in_its_factory()
    {
        TitleWordsRule.Create(0).Problems.Should().ContainSingle()
            .Which.Should().Be(new StAMM.Domain.Validation.ValidationProblem("out-of-range", "maxWords", "At least 1; 0 was given."));
    }
}
