using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Reliability.Tests;

/// <summary>
/// No public path makes an invalid instance: the public surface of StAMM.Domain is checked by reflection, so a type
/// added tomorrow is checked too. A <c>with</c> expression needs a settable or init property; a validated type
/// (one with a factory returning <see cref="ValidationResult{T}"/>) must not have a public constructor that skips it;
/// collections handed out must be immutable; and <c>default</c> of a public struct is either valid or refuses use
/// with a clear exception.
/// </summary>
public sealed class PublicPathTests
{
    private static readonly Type[] PublicTypes = [.. typeof(StammRuleSet).Assembly.GetExportedTypes()];

    private static readonly Type[] ValidatedTypes = [.. PublicTypes.Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Any(m => m.ReturnType.IsConstructedGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(ValidationResult<>) && m.ReturnType.GenericTypeArguments[0] == t))];

    [Fact]
    public void There_are_validated_types_to_check() => ValidatedTypes.Should().HaveCountGreaterThan(20);

    [Fact]
    public void No_public_type_has_a_settable_or_init_property_so_with_expressions_change_nothing()
    {
        var writable = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (t, p)))
            .Where(x => x.p.SetMethod is { } set && (set.IsPublic || set.IsFamily || set.IsFamilyOrAssembly))
            .Select(x => $"{x.t.Name}.{x.p.Name}")
            .Except(["Evidence.Expected", "Evidence.Actual", "Evidence.Detail"]);

        writable.Should().BeEmpty("a with expression or an object initialiser could set these without validation");
    }

    [Fact]
    public void Evidence_is_the_one_positional_record_struct_and_any_value_of_it_is_valid()
    {
        // Evidence is raw numbers a rule reports; every combination is meaningful, so `with` and default are harmless.
        var evidence = default(Evidence) with { Expected = long.MinValue, Actual = long.MaxValue, Detail = -1 };

        evidence.Should().Be(new Evidence(long.MinValue, long.MaxValue, -1));
        evidence.ToString().Should().Be("Evidence { Expected = -9223372036854775808, Actual = 9223372036854775807, Detail = -1 }");
    }

    [Fact]
    public void No_validated_type_has_a_public_constructor_that_skips_its_factory()
    {
        var constructors = ValidatedTypes
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length > 0)
            .Select(t => t.Name);

        constructors.Should().BeEmpty("instances of validated types come only from their factories");
    }

    [Fact]
    public void No_public_field_can_be_written()
    {
        var fields = PublicTypes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Select(f => (t, f)))
            .Where(x => !x.f.IsInitOnly && !x.f.IsLiteral && !x.t.IsEnum)
            .Select(x => $"{x.t.Name}.{x.f.Name}");

        fields.Should().BeEmpty();
    }

    [Fact]
    public void Every_collection_handed_out_is_immutable()
    {
        var mutable = PublicTypes
            .Where(t => !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Select(p => (t, p)))
            .Where(x => typeof(IEnumerable).IsAssignableFrom(x.p.PropertyType) && x.p.PropertyType != typeof(string) && !IsImmutable(x.p.PropertyType))
            .Select(x => $"{x.t.Name}.{x.p.Name}: {x.p.PropertyType.Name}");

        mutable.Should().BeEmpty("a caller could change a collection a domain value validated");
    }

    [Fact]
    public void The_public_structs_are_known_and_their_defaults_checked_below()
    {
        PublicTypes.Where(t => t.IsValueType && !t.IsEnum).Select(t => t.Name)
            .Should().BeEquivalentTo(["RuleOutcome", "EvaluationInput", "Evidence"], "a new public struct needs its default checked here");
    }

    [Fact]
    public void A_default_rule_outcome_refuses_use_with_a_clear_exception()
    {
        var outcome = default(RuleOutcome);

        outcome.ToString().Should().Be("(no outcome)");
        FluentActions.Invoking(() => outcome.Code).Should().Throw<InvalidOperationException>().WithMessage("*RuleOutcome is default*no rule*");
        FluentActions.Invoking(() => outcome.Rule).Should().Throw<InvalidOperationException>().WithMessage("*RuleOutcome is default*");
        FluentActions.Invoking(() => outcome.Message).Should().Throw<InvalidOperationException>();
        outcome.Equals(default(RuleOutcome)).Should().BeTrue();
    }

    [Fact]
    public void A_default_evaluation_input_refuses_use_with_a_clear_exception()
    {
        var input = default(EvaluationInput);

        FluentActions.Invoking(() => input.Request).Should().Throw<InvalidOperationException>().WithMessage("*EvaluationInput is default*");
        FluentActions.Invoking(() => input.Context).Should().Throw<InvalidOperationException>().WithMessage("*EvaluationInput is default*");
    }

    [Fact]
    public void Every_built_in_rule_refuses_a_default_evaluation_input_with_the_same_clear_exception()
    {
        foreach (var rule in StammRuleSet.Default.Rules)
        {
            FluentActions.Invoking(() => rule.Evaluate(default)).Should().Throw<InvalidOperationException>(rule.Code).WithMessage("*EvaluationInput is default*");
        }
    }

    private static bool IsImmutable(Type type) =>
        type.IsArray is false
        && (type.Namespace == typeof(ImmutableArray).Namespace
            || type.Namespace == typeof(FrozenSet).Namespace
            || type.Namespace == typeof(NodaTime.DateInterval).Namespace
            || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            || type.Namespace?.StartsWith("StAMM.Domain", StringComparison.Ordinal) == true);
}
