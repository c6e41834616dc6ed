using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Tests;

public sealed class RuleSetDocumentTests
{
    private const string Sample = "docs/samples/rule-sets/stamm-eligibility-2026.2.json";

    private static readonly SourceReference House = new("House practice", new Uri("https://example.org/practice"));

    [Fact]
    public void The_built_in_rule_set_reads_back_equal_to_itself()
    {
        var json = StammJson.WriteRuleSet(StammRuleSet.Default);

        var back = StammJson.ReadRuleSet(json);

        back.Problems.Should().BeEmpty();
        back.OrThrow().Should().Be(StammRuleSet.Default);
    }

    [Fact]
    public void The_committed_rule_set_sample_is_the_built_in_set_as_written() =>
        Repository.ShouldMatchGenerated(Sample, StammJson.WriteRuleSet(StammRuleSet.Default));

    [Fact]
    public void The_committed_rule_set_schema_is_the_generated_one() =>
        Repository.ShouldMatchGenerated("docs/schemas/ruleSet.schema.json", StammJson.Schema(StammJson.RuleSetKind));

    [Fact]
    public void The_committed_decision_schema_is_the_generated_one() =>
        Repository.ShouldMatchGenerated("docs/schemas/decision.schema.json", StammJson.Schema(StammJson.DecisionKind));

    [Fact]
    public void The_built_in_rule_set_validates_against_the_committed_schema() =>
        SchemaValidation.Errors(SchemaValidation.RuleSet, StammJson.WriteRuleSet(StammRuleSet.Default)).Should().BeEmpty();

    [Fact]
    public void Composite_rules_nest_and_read_back()
    {
        var not = NotRule.Create("X-NOT-SHORT", "Not a short lead time", Severity.NeedsReview, RuleStage.Timing, House, LeadTimeRule.Create(30, 10, false).OrThrow()).OrThrow();
        var any = AnyOfRule.Create("X-ANY", "Either", Severity.Advisory, RuleStage.Format, House, [not, TotalSpanRule.Create(6, 3).OrThrow()]).OrThrow();
        var all = AllOfRule.Create("X-ALL", "Both", Severity.Blocks, RuleStage.Scope, House, [any, DonorBalanceRule.Default]).OrThrow();
        var set = RuleSet.Create("nested", "1", new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31), [all]).OrThrow();

        StammJson.ReadRuleSet(StammJson.WriteRuleSet(set)).OrThrow().Should().Be(set);
    }

    [Fact]
    public void An_unknown_rule_kind_is_an_error_that_names_it()
    {
        var json = StammJson.WriteRuleSet(StammRuleSet.Default).Replace("\"kind\": \"leadTime\"", "\"kind\": \"leadTimeV2\"", StringComparison.Ordinal);

        var problem = StammJson.ReadRuleSet(json).Problems.Should().ContainSingle().Subject;

        problem.Code.Should().Be(JsonProblemCodes.UnknownKind);
        problem.Path.Should().MatchRegex(@"^\$\.rules\[\d+\]\.kind$");
        problem.Message.Should().StartWith("'leadTimeV2' is not a known rule kind").And.Contain("leadTime,");
    }

    [Fact]
    public void A_preparation_time_rule_reads_back_and_a_negative_threshold_is_reported_at_its_path()
    {
        var set = RuleSet.Create("one", "1", new LocalDate(2026, 1, 1), null, [PreparationTimeRule.Create(14).OrThrow()]).OrThrow();
        var json = StammJson.WriteRuleSet(set);

        StammJson.ReadRuleSet(json).OrThrow().Should().Be(set);
        var problem = StammJson.ReadRuleSet(json.Replace("\"number\": 14", "\"number\": -1", StringComparison.Ordinal)).Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(ProblemCodes.OutOfRange);
        problem.Path.Should().Be("$.rules[0].parameters.warnBelowDays");
    }

    [Fact]
    public void An_unknown_where_a_rule_needs_a_number_is_reported_at_its_path()
    {
        var json = StammJson.WriteRuleSet(RuleSet.Create("one", "1", new LocalDate(2026, 1, 1), null, [PreparationTimeRule.Default]).OrThrow())
            .Replace("\"number\": 21", "\"unknown\": true", StringComparison.Ordinal);

        var problem = StammJson.ReadRuleSet(json).Problems.Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.rules[0].parameters.warnBelowDays");
        problem.Message.Should().Be("Expected a whole number; found an unknown value.");
    }

    [Fact]
    public void A_parameter_the_factory_rejects_is_reported_at_its_path()
    {
        var json = StammJson.WriteRuleSet(RuleSet.Create("one", "1", new LocalDate(2026, 1, 1), null, [LeadTimeRule.Default]).OrThrow())
            .Replace("\"number\": 60", "\"number\": 5", StringComparison.Ordinal);

        var problem = StammJson.ReadRuleSet(json).Problems.Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.rules[0].parameters.warnBelowDays");
        problem.Code.Should().Be(ProblemCodes.OutOfRange);
    }

    [Fact]
    public void A_changed_header_of_a_built_in_rule_is_reported_not_ignored()
    {
        var json = StammJson.WriteRuleSet(RuleSet.Create("one", "1", new LocalDate(2026, 1, 1), null, [LeadTimeRule.Default]).OrThrow())
            .Replace("\"severity\": \"blocks\"", "\"severity\": \"advisory\"", StringComparison.Ordinal);

        StammJson.ReadRuleSet(json).Problems.Should().ContainSingle().Which.Path.Should().Be("$.rules[0].severity");
    }

    [Fact]
    public void A_missing_and_an_unknown_parameter_are_both_reported()
    {
        var json = StammJson.WriteRuleSet(RuleSet.Create("one", "1", new LocalDate(2026, 1, 1), null, [TotalSpanRule.Default]).OrThrow())
            .Replace("\"maxActivities\"", "\"maxSessions\"", StringComparison.Ordinal);

        StammJson.ReadRuleSet(json).Problems.Select(p => p.Path).Should().BeEquivalentTo(["$.rules[0].parameters.maxActivities", "$.rules[0].parameters.maxSessions"]);
    }

    [Fact]
    public void A_rule_kind_of_your_own_is_written_and_read_back_through_the_registry()
    {
        var set = RuleSet.Create("custom", "1", new LocalDate(2026, 1, 1), null, [LeadTimeRule.Default, new MaxTitleLengthRule(40)]).OrThrow();
        var options = new JsonReadOptions { RuleKinds = StammRuleSet.Kinds.With(MaxTitleLengthRule.KindName, MaxTitleLengthRule.Read) };

        var back = StammJson.ReadRuleSet(StammJson.WriteRuleSet(set), options);

        back.Problems.Should().BeEmpty();
        back.OrThrow().Should().Be(set);
    }

    [Fact]
    public void A_rule_kind_of_your_own_reports_its_problems_below_the_rule()
    {
        var set = RuleSet.Create("custom", "1", new LocalDate(2026, 1, 1), null, [new MaxTitleLengthRule(40)]).OrThrow();
        var json = StammJson.WriteRuleSet(set).Replace("\"number\": 40", "\"number\": -1", StringComparison.Ordinal);
        var options = new JsonReadOptions { RuleKinds = StammRuleSet.Kinds.With(MaxTitleLengthRule.KindName, MaxTitleLengthRule.Read) };

        StammJson.ReadRuleSet(json, options).Problems.Should().ContainSingle().Which.Path.Should().Be("$.rules[0].parameters.maxCharacters");
    }

    [Fact]
    public void A_rule_kind_of_your_own_without_registration_is_unknown()
    {
        var set = RuleSet.Create("custom", "1", new LocalDate(2026, 1, 1), null, [new MaxTitleLengthRule(40)]).OrThrow();

        StammJson.ReadRuleSet(StammJson.WriteRuleSet(set)).Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.UnknownKind);
    }

    [Fact]
    public void A_built_in_kind_cannot_be_registered_again()
    {
        var act = () => StammRuleSet.Kinds.With("leadTime", MaxTitleLengthRule.Read);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void A_decision_document_carries_the_decision_rule_set_donors_and_full_trace()
    {
        var request = StammJson.ReadRequest(Repository.Read("docs/samples/requests/eligible-online-workshop-rs.json")).OrThrow();
        var decision = new Evaluator(StammRuleSet.Default).Evaluate(request, EvaluationContext.CreateAsOf(Stamm.Project, new LocalDate(2026, 3, 2)).OrThrow());

        using var document = JsonDocument.Parse(StammJson.WriteDecision(decision));
        var root = document.RootElement;

        root.GetProperty("kind").GetString().Should().Be("decision");
        root.GetProperty("decision").GetString().Should().Be("eligible");
        root.GetProperty("ruleSet").GetProperty("version").GetString().Should().Be(StammRuleSet.Version);
        root.GetProperty("selectedContribution").GetProperty("rank").GetInt32().Should().Be(1);
        root.GetProperty("donorMatching").GetProperty("candidates").GetArrayLength().Should().Be(2);
        root.GetProperty("outcomes").GetArrayLength().Should().Be(StammRuleSet.Default.Rules.Length);
        var lead = root.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("code").GetString() == LeadTimeRule.RuleCode);
        lead.GetProperty("status").GetString().Should().Be("pass");
        lead.GetProperty("stage").GetString().Should().Be("timing");
        lead.GetProperty("severity").GetString().Should().Be("blocks");
        lead.GetProperty("expected").GetProperty("unit").GetString().Should().Be("days");
        lead.GetProperty("actual").GetProperty("number").GetDecimal().Should().Be(105);
        lead.GetProperty("message").GetString().Should().Contain("lead time");
    }

    [Fact]
    public void A_decision_document_validates_against_the_committed_schema()
    {
        var request = StammJson.ReadRequest(Repository.Read("docs/samples/requests/ineligible-equipment-me.json")).OrThrow();
        var decision = new Evaluator(StammRuleSet.Default).Evaluate(request, EvaluationContext.CreateAsOf(Stamm.Project, new LocalDate(2026, 3, 2)).OrThrow());

        SchemaValidation.Errors(SchemaValidation.Decision, StammJson.WriteDecision(decision)).Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_balance_is_written_as_unknown_not_as_zero()
    {
        var request = StammJson.ReadRequest(Repository.Read("docs/samples/requests/review-study-visit-mk.json")).OrThrow();
        var decision = new Evaluator(StammRuleSet.Default).Evaluate(request, EvaluationContext.CreateAsOf(Stamm.Project, new LocalDate(2026, 3, 2)).OrThrow());
        var json = StammJson.WriteDecision(decision);

        using var document = JsonDocument.Parse(json);
        var balance = document.RootElement.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("code").GetString() == DonorBalanceRule.RuleCode);

        balance.GetProperty("actual").GetProperty("unknown").GetBoolean().Should().BeTrue();
        balance.GetProperty("actual").GetProperty("unit").GetString().Should().Be("EUR");
        balance.GetProperty("actual").TryGetProperty("number", out _).Should().BeFalse();
        SchemaValidation.Errors(SchemaValidation.Decision, json).Should().BeEmpty();
    }

    [Fact]
    public void The_exchange_rate_an_outcome_used_is_written_with_it()
    {
        var rate = Finance.ExchangeRate.Create(Finance.Currency.Chf, Finance.Currency.Eur, 1.05m, "ECB reference rate", new LocalDate(2026, 3, 1)).OrThrow();
        var costed = Testing.A.Request.InCurrency(Finance.Currency.Chf).Costing(70_000m).SubmittedOn(new LocalDate(2026, 3, 2)).BuildValid();
        var context = EvaluationContext.CreateAsOf(Stamm.Project, new LocalDate(2026, 3, 2), exchangeRates: [rate]).OrThrow();
        var json = StammJson.WriteDecision(new Evaluator(StammRuleSet.Default).Evaluate(costed, context));

        using var document = JsonDocument.Parse(json);
        var ceiling = document.RootElement.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("code").GetString() == CostCeilingRule.RuleCode);

        ceiling.GetProperty("exchangeRate").GetProperty("from").GetString().Should().Be("CHF");
        ceiling.GetProperty("exchangeRate").GetProperty("rate").GetDecimal().Should().Be(1.05m);
        ceiling.GetProperty("exchangeRate").GetProperty("source").GetString().Should().Be("ECB reference rate");
        ceiling.GetProperty("actual").GetProperty("number").GetDecimal().Should().Be(73_500m);
        SchemaValidation.Errors(SchemaValidation.Decision, json).Should().BeEmpty();
    }

    [Fact]
    public void A_decision_that_names_Kosovo_carries_the_designation_and_footnote_once()
    {
        var request = Testing.A.Request.Titled("Workshop with Kosovo* asylum officers").SubmittedOn(new LocalDate(2026, 3, 2)).BuildValid();
        var json = StammJson.WriteDecision(new Evaluator(StammRuleSet.Default).Evaluate(request, EvaluationContext.CreateAsOf(Stamm.Project, new LocalDate(2026, 3, 2)).OrThrow()));

        using var document = JsonDocument.Parse(json);
        var designation = document.RootElement.GetProperty("kosovoDesignation");

        designation.GetProperty("marker").GetString().Should().Be("*");
        designation.GetProperty("footnote").GetString().Should().Be(Geography.KosovoDesignation.Default.Footnote);
        json.Split(Geography.KosovoDesignation.Default.Footnote).Should().HaveCount(2);
        SchemaValidation.Errors(SchemaValidation.Decision, json).Should().BeEmpty();
    }

    [Fact]
    public void Every_finding_in_a_decision_document_carries_its_remedy_and_no_pass_does()
    {
        using var document = JsonDocument.Parse(StammJson.WriteDecision(IneligibleSample()));

        foreach (var outcome in document.RootElement.GetProperty("outcomes").EnumerateArray())
        {
            var finding = outcome.GetProperty("status").GetString() is "warn" or "fail";
            outcome.TryGetProperty("remedy", out _).Should().Be(finding, "{0} is {1}", outcome.GetProperty("code"), outcome.GetProperty("status"));
        }
    }

    [Fact]
    public void A_remedy_in_a_decision_document_has_its_kind_values_and_text()
    {
        using var document = JsonDocument.Parse(StammJson.WriteDecision(IneligibleSample()));

        var remedy = document.RootElement.GetProperty("outcomes").EnumerateArray()
            .Single(o => o.GetProperty("code").GetString() == ActivityTypeAllowedRule.RuleCode).GetProperty("remedy");

        remedy.GetProperty("kind").GetString().Should().Be("changeRequest");
        remedy.GetProperty("values").GetProperty("activityTypes").GetProperty("codes").EnumerateArray().Select(c => c.GetString())
            .Should().Equal("training", "workshop", "expertMission", "studyVisit", "assessment", "peerReview", "policySupport");
        remedy.GetProperty("text").GetString().Should().StartWith("Ask for one of the allowed formats: training, workshop, expert mission,");
    }

    [Fact]
    public void Enum_values_in_a_decision_document_are_camel_case_codes()
    {
        using var document = JsonDocument.Parse(StammJson.WriteDecision(IneligibleSample()));

        var type = document.RootElement.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("code").GetString() == ActivityTypeAllowedRule.RuleCode);

        type.GetProperty("actual").GetProperty("codes")[0].GetString().Should().Be("equipmentSupply");
        type.GetProperty("message").GetString().Should().StartWith("The format (equipment supply) is not");
    }

    [Fact]
    public void Enum_values_in_a_rule_set_document_are_camel_case_codes()
    {
        using var document = JsonDocument.Parse(StammJson.WriteRuleSet(StammRuleSet.Default));

        var rule = document.RootElement.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("code").GetString() == ActivityTypeAllowedRule.RuleCode);

        rule.GetProperty("parameters").GetProperty("types").GetProperty("codes")[0].GetString().Should().Be("training");
    }

    [Fact]
    public void A_rule_set_document_with_an_enum_value_in_another_case_names_the_camel_case_codes()
    {
        var json = StammJson.WriteRuleSet(StammRuleSet.Default).Replace("\"expertMission\"", "\"ExpertMission\"", StringComparison.Ordinal);

        StammJson.ReadRuleSet(json).Problems.Should().Contain(p => p.Message.Contains("'ExpertMission' is not one of: training, workshop, expertMission", StringComparison.Ordinal));
    }

    private static Decision IneligibleSample()
    {
        var request = StammJson.ReadRequest(Repository.Read("docs/samples/requests/ineligible-equipment-me.json")).OrThrow();
        return new Evaluator(StammRuleSet.Default).Evaluate(request, EvaluationContext.CreateAsOf(Stamm.Project, new LocalDate(2026, 3, 2)).OrThrow());
    }

    [Fact]
    public void A_decision_document_is_not_read_back() =>
        StammJson.Read("{\"kind\": \"decision\", \"schemaVersion\": \"1.0\"}").Problems.Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.NotAllowed);

    /// <summary>A rule kind of a user's own, with its validating factory and its registry reader.</summary>
    private sealed class MaxTitleLengthRule(int maxCharacters)
        : EligibilityRule("X-TITLE-LENGTH", "Title fits on a certificate", Severity.NeedsReview, RuleStage.Reporting, new SourceReference("House style"))
    {
        public const string KindName = "maxTitleLength";

        public override string Kind => KindName;

        public override ImmutableArray<RuleParameter> Parameters { get; } = [new("maxCharacters", RuleValue.OfNumber(maxCharacters, "characters"))];

        public static ValidationResult<EligibilityRule> Read(RuleDescription description) =>
            description.Parameter("maxCharacters") is { Number: { } n } && n >= 1
                ? new MaxTitleLengthRule((int)n)
                : new ValidationFailure(ProblemCodes.OutOfRange, "parameters.maxCharacters", "At least one character.");

        public override RuleOutcome Evaluate(in EvaluationInput input)
        {
            var length = input.Request.Title.Length;
            return length <= maxCharacters ? Pass(maxCharacters, length) : Warn(maxCharacters, length);
        }
    }
}
