using System.Reflection;
using CsCheck;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Json;
using StAMM.Domain.Reliability.Tests.Fuzzing;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Reliability.Tests;

/// <summary>
/// Invariants that hold for all generated input. Factories: over every generator StAMM.Domain.Testing offers (found by
/// reflection, so a new one is covered), for valid and almost-valid input, a factory never throws, returns a value or
/// well-formed problems, and gives equal results for equal input. Evaluation: deterministic, and independent of the
/// order of rules, of open requests, and of the order in which a request lists its costs, themes and attachments.
/// </summary>
public sealed class PropertyTests
{
    private const int Iterations = 200;

    private static readonly HashSet<string> KnownCodes = [.. typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    private static readonly EvaluationContext Context = EvaluationContext.CreateAsOf(Stamm.Project, new NodaTime.LocalDate(2025, 6, 2)).OrThrow();

    /// <summary>Every domain generator of StAMM.Domain.Testing, by name.</summary>
    public static TheoryData<string> Generators() =>
        [.. typeof(Generate).GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => FactoryGeneratorType(Factory(p.GetValue(null))) is not null).Select(p => p.Name)];

    [Fact]
    public void The_generators_are_found_so_the_theory_below_cannot_pass_empty() => Generators().Should().HaveCountGreaterThanOrEqualTo(16);

    [Theory]
    [MemberData(nameof(Generators))]
    public void A_factory_never_throws_and_returns_a_value_or_well_formed_problems_for_valid_and_almost_valid_input(string generator)
    {
        var property = typeof(Generate).GetProperty(generator)!;
        var factory = Factory(property.GetValue(null));
        var arguments = FactoryGeneratorType(factory)!.GetGenericArguments();
        typeof(PropertyTests).GetMethod(nameof(FactoryIsTotal), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(arguments)
            .Invoke(null, [factory]);
    }

    [Fact]
    public void Evaluation_is_deterministic_across_evaluators_and_repetitions()
    {
        var first = new Evaluator(StammRuleSet.Default);
        var second = new Evaluator(StammRuleSet.Default);
        RequestSets.Request.Sample(
            request => StammJson.WriteDecision(first.Evaluate(request, On(request))) == StammJson.WriteDecision(second.Evaluate(request, On(request)))
                && StammJson.WriteDecision(first.Evaluate(request, On(request))) == StammJson.WriteDecision(first.Evaluate(request, On(request))),
            iter: Iterations);
    }

    [Fact]
    public void Evaluation_does_not_depend_on_the_order_of_the_rules_of_a_rule_set_read_from_JSON()
    {
        var read = StammJson.ReadRuleSet(Targets.RuleSetSamples[0]).OrThrow();
        var original = new Evaluator(read);
        Gen.Select(RequestSets.Request, Gen.Int.Array[read.Rules.Length]).Sample(
            (request, keys) =>
            {
                var shuffled = read.Rules.Select((rule, i) => (rule, key: keys[i])).OrderBy(p => p.key).Select(p => p.rule);
                var reordered = new Evaluator(RuleSet.Create(read.Name, read.Version, read.InForceFrom, read.InForceUntil, shuffled).OrThrow());
                var a = original.Evaluate(request, On(request));
                var b = reordered.Evaluate(request, On(request));
                return a.Kind == b.Kind && Findings(a).SetEquals(Findings(b));
            },
            iter: Iterations);
    }

    [Fact]
    public void Evaluation_does_not_depend_on_the_order_of_the_open_requests()
    {
        Gen.Select(RequestSets.Request, RequestSets.Request.Array[1, 12], Gen.Int.Array[12]).Sample(
            (request, open, keys) =>
            {
                var shuffled = open.Select((r, i) => (r, key: keys[i])).OrderBy(p => p.key).Select(p => p.r);
                var a = Evaluate(request, EvaluationContext.CreateAsOf(Stamm.Project, request.SubmittedOn, openRequests: open.DistinctBy(r => r.Identifier)).OrThrow());
                var b = Evaluate(request, EvaluationContext.CreateAsOf(Stamm.Project, request.SubmittedOn, openRequests: shuffled.DistinctBy(r => r.Identifier)).OrThrow());
                return a == b;
            },
            iter: Iterations);
    }

    [Fact]
    public void Evaluation_does_not_depend_on_the_order_in_which_a_request_lists_its_costs_themes_and_attachments()
    {
        Gen.Select(RequestSets.Request, Gen.Int).Sample(
            (request, seed) =>
            {
                var random = new Random(seed);
                var input = RequestInput.Of(request);
                var reordered = (input with
                {
                    Party = input.Party with { Beneficiaries = [.. request.Beneficiaries.OrderBy(_ => random.Next())] },
                    RequestedActivity = input.RequestedActivity with { Themes = [.. request.Themes.OrderBy(_ => random.Next())] },
                    CostEstimate = input.CostEstimate with { Lines = [.. request.Costs.OrderBy(_ => random.Next())] },
                    Declarations = input.Declarations with { Attachments = [.. request.Attachments.OrderBy(_ => random.Next())] },
                }).Create().OrThrow();
                return Evaluate(request, On(request)) == Evaluate(reordered, On(request));
            },
            iter: Iterations);
    }

    /// <summary>The shared context on the request's submission day: a request is never evaluated before it was submitted.</summary>
    private static EvaluationContext On(AssistanceRequest request) => Context.WithAsOf(request.SubmittedOn);

    private static string Evaluate(AssistanceRequest request, EvaluationContext context) =>
        StammJson.WriteDecision(new Evaluator(StammRuleSet.Default).Evaluate(request, context));

    private static HashSet<(string, OutcomeStatus, Evidence)> Findings(Decision decision) => [.. decision.Outcomes.Select(o => (o.Code, o.Status, o.Evidence))];

    private static void FactoryIsTotal<T, TInput, TFlaw>(FactoryGenerator<T, TInput, TFlaw> generator)
        where T : class
        where TInput : IFactoryInput<T>
        where TFlaw : struct, Enum
    {
        var input = Gen.OneOf(generator.Input, generator.AnyJustInvalid.Select(f => f.Input));
        input.Sample(
            i =>
            {
                var result = i.Create();
                var again = i.Create();
                var wellFormed = result.IsValid
                    ? result.Problems.IsEmpty
                    : !result.Problems.IsEmpty
                        && result.Problems.All(p => KnownCodes.Contains(p.Code) && p.Message.Trim().Length > 0 && p.Path is not null)
                        && result.Problems.Distinct().Count() == result.Problems.Length;
                // A type without value equality (EvaluationContext: a prepared index, not a value) can only be compared by validity.
                var same = result.IsValid == again.IsValid
                    && (result.IsValid ? !HasValueEquality(typeof(T)) || result.OrThrow().Equals(again.OrThrow()) : result.Problems.SequenceEqual(again.Problems));
                return wellFormed && same;
            },
            iter: Iterations);
    }

    private static bool HasValueEquality(Type type) => type.GetMethod(nameof(Equals), [typeof(object)])!.DeclaringType != typeof(object);

    /// <summary>The generator of a factory's raw arguments behind a public generator of <see cref="Generate"/> (internal to StAMM.Domain.Testing).</summary>
    private static object? Factory(object? generator) => generator is RequestGenerator request ? request.Inputs : generator;

    private static Type? FactoryGeneratorType(object? generator)
    {
        for (var type = generator?.GetType(); type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(FactoryGenerator<,,>))
            {
                return type;
            }
        }

        return null;
    }
}
