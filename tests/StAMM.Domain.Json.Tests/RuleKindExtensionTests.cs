using System.Collections.Immutable;
using JsonSchema = Json.Schema.JsonSchema;
using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Tests;

/// <summary>
/// Adding a rule kind takes one file: <see cref="MaxTitleWordsRule"/> below is all there is, added through
/// the public extension point (<see cref="RuleKindRegistry"/>, <see cref="RuleKind"/>) with no change to a library
/// file, and it reads, writes, validates against the generated schema and evaluates like a built-in kind.
/// </summary>
public sealed class RuleKindExtensionTests
{
    private static readonly RuleKindRegistry Kinds = StammRuleSet.Kinds.With(MaxTitleWordsRule.Declaration);

    /// <summary>The index of the added rule in <see cref="Set"/>'s document: after the built-in ones.</summary>
    private static readonly int Added = StammRuleSet.Default.Rules.Length;

    private static readonly RuleSet Set = RuleSet.Create(
        "StAMM + house style", "1", new LocalDate(2018, 12, 1), null, [.. StammRuleSet.Default.Rules, MaxTitleWordsRule.Create(14).OrThrow()]).OrThrow();

    [Fact]
    public void A_rule_kind_added_through_the_registry_is_written_and_read_back_equal()
    {
        var back = StammJson.ReadRuleSet(StammJson.WriteRuleSet(Set), new JsonReadOptions { RuleKinds = Kinds });

        back.Problems.Should().BeEmpty();
        back.OrThrow().Should().Be(Set);
    }

    [Fact]
    public void Its_document_validates_against_the_schema_generated_with_the_registry()
    {
        var schema = Schema(Kinds);

        SchemaValidation.Errors(schema, StammJson.WriteRuleSet(Set)).Should().BeEmpty();
    }

    [Fact]
    public void The_schema_generated_with_the_registry_catches_a_misspelt_parameter_of_the_kind()
    {
        var schema = Schema(Kinds);
        var json = StammJson.WriteRuleSet(Set).Replace("\"maxWords\"", "\"maxWordz\"", StringComparison.Ordinal);

        SchemaValidation.Errors(schema, json).Should().NotBeEmpty();
        StammJson.ReadRuleSet(json, new JsonReadOptions { RuleKinds = Kinds }).Problems.Select(p => (p.Code, p.Path)).Should().BeEquivalentTo(
            [(JsonProblemCodes.MissingProperty, $"$.rules[{Added}].parameters.maxWords"), (JsonProblemCodes.UnknownProperty, $"$.rules[{Added}].parameters.maxWordz")]);
    }

    [Fact]
    public void The_shipped_schema_knows_only_the_built_in_kinds()
    {
        SchemaValidation.Errors(SchemaValidation.RuleSet, StammJson.WriteRuleSet(Set)).Should().NotBeEmpty();
        SchemaValidation.Errors(SchemaValidation.RuleSet, StammJson.WriteRuleSet(StammRuleSet.Default)).Should().BeEmpty();
    }

    [Fact]
    public void A_value_the_kinds_factory_refuses_is_reported_at_its_JSON_path()
    {
        var json = StammJson.WriteRuleSet(Set).Replace("\"number\": 14,", "\"number\": 0,", StringComparison.Ordinal);

        StammJson.ReadRuleSet(json, new JsonReadOptions { RuleKinds = Kinds }).Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Code == ProblemCodes.OutOfRange && p.Path == $"$.rules[{Added}].parameters.maxWords");
    }

    [Fact]
    public void A_mistyped_parameter_of_the_kind_is_reported_by_the_declaration_before_the_factory_runs()
    {
        var json = StammJson.WriteRuleSet(Set).Replace("\"number\": 14,", "\"number\": 14.5,", StringComparison.Ordinal);

        StammJson.ReadRuleSet(json, new JsonReadOptions { RuleKinds = Kinds }).Problems.Should().ContainSingle()
            .Which.Should().Match<ValidationProblem>(p => p.Code == JsonProblemCodes.WrongType && p.Path == $"$.rules[{Added}].parameters.maxWords");
    }

    [Fact]
    public void The_rule_read_from_the_document_evaluates_in_the_trace()
    {
        var read = StammJson.ReadRuleSet(StammJson.WriteRuleSet(Set), new JsonReadOptions { RuleKinds = Kinds }).OrThrow();
        var request = StammJson.ReadRequest(Repository.Read("docs/samples/requests/eligible-online-workshop-rs.json")).OrThrow();

        var decision = new Evaluator(read).Evaluate(request, EvaluationContext.CreateAsOf(Stamm.Project, new LocalDate(2026, 3, 2)).OrThrow());

        decision.Case.OutcomeOf(MaxTitleWordsRule.RuleCode).Should().NotBeNull();
    }

    [Fact]
    public void The_kind_makes_its_rule_from_a_description_without_a_document()
    {
        var made = MaxTitleWordsRule.Declaration.Make(new RuleDescription(
            "maxTitleWords", MaxTitleWordsRule.RuleCode, "Title in few words", Severity.Advisory, RuleStage.Reporting,
            new SourceReference("House practice"), [new RuleParameter("maxWords", RuleValue.OfText("eight"))]));

        made.Problems.Should().ContainSingle().Which.Path.Should().Be("parameters.maxWords");
    }

    /// <summary>The schema for a registry, under an address of its own (the validator keeps one schema per address).</summary>
    private static JsonSchema Schema(RuleKindRegistry kinds)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(StammJson.RuleSetSchema(kinds))!.AsObject();
        node["$id"] = "urn:stamm-tests:rule-set-" + Guid.NewGuid().ToString("N");
        return JsonSchema.FromText(node.ToJsonString());
    }

    /// <summary>A sample kind, written as a user writes one: no more than this class.</summary>
    private sealed class MaxTitleWordsRule : EligibilityRule
    {
        public const string RuleCode = "X-TITLE-WORDS";

        private static readonly RuleParameterDeclaration<int> MaxWords =
            RuleParameterDeclaration.WholeNumber("maxWords", "The most words a request's title has.", unit: "words", minimum: 1);

        private readonly int _max;

        private MaxTitleWordsRule(int max)
            : base(RuleCode, "Title in few words", Severity.Advisory, RuleStage.Reporting, new SourceReference("House practice"))
        {
            _max = max;
            Parameters = [MaxWords.Of(max)];
        }

        public static RuleKind Declaration { get; } = RuleKind.Create<MaxTitleWordsRule>(
            "maxTitleWords", "The request's title has at most so many words.", [MaxWords], d => Create(d.Get(MaxWords)), () => Create(14).OrThrow());

        public override string Kind => Declaration.Name;

        public override ImmutableArray<RuleParameter> Parameters { get; }

        public static ValidationResult<MaxTitleWordsRule> Create(int maxWords) => maxWords >= 1
            ? new MaxTitleWordsRule(maxWords)
            : new ValidationFailure(ProblemCodes.OutOfRange, "maxWords", "At least one word.");

        public override RuleOutcome Evaluate(in EvaluationInput input)
        {
            var words = input.Request.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            return words <= _max ? Pass(_max, words) : Warn(_max, words);
        }
    }
}
