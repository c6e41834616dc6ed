using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Iati.Import;
using StAMM.Domain.Iati.Reading;
using StAMM.Domain.Iati.Validation;
using StAMM.Domain.Json;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Reliability.Tests;

/// <summary>
/// No public path makes an invalid instance: the public surface of every package (StAMM.Domain, StAMM.Domain.Json,
/// StAMM.Domain.Iati, StAMM.Domain.Testing, and the adapters StAMM.Domain.EntityFrameworkCore, StAMM.Domain.AspNetCore,
/// StAMM.Domain.Reporting) is checked by reflection, so a type added tomorrow is checked too. A <c>with</c> expression needs a settable or init property; a validated type
/// (one with a factory returning <see cref="ValidationResult{T}"/>) must not have a public constructor that skips it;
/// collections handed out must be immutable; and <c>default</c> of a public struct is either valid or refuses use
/// with a clear exception.
/// </summary>
public sealed class PublicPathTests
{
    private static readonly Assembly[] Core =
        [typeof(StammRuleSet).Assembly, typeof(StammJson).Assembly, typeof(IatiImport).Assembly, typeof(RequestBuilder).Assembly];

    /// <summary>The packages that fit the model to a framework: few public types, held to the same rules.</summary>
    private static readonly Assembly[] Adapters =
        [typeof(EntityFrameworkCore.StammStore).Assembly, typeof(AspNetCore.StammProblemDetails).Assembly, typeof(Reporting.Rendering.ReportRenderer).Assembly];

    private static readonly Assembly[] Packages = [.. Core, .. Adapters];

    private static readonly Type[] PublicTypes = [.. Packages.SelectMany(p => p.GetExportedTypes())];

    /// <summary>
    /// Options whose every <c>init</c> accessor checks its value (a guard per property), so a <c>with</c> expression
    /// cannot make an invalid instance: the one sanctioned use of <c>init</c>.
    /// </summary>
    private static readonly string[] GuardedOptions =
        ["IatiReaderLimits", "IatiValidatorOptions", "IatiExportOptions", "JsonReadOptions", "JsonWriteOptions"];

    private static readonly Type[] ValidatedTypes = [.. PublicTypes.Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Any(m => m.ReturnType.IsConstructedGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(ValidationResult<>) && m.ReturnType.GenericTypeArguments[0] == t))];

    [Fact]
    public void There_are_validated_types_to_check() => ValidatedTypes.Should().HaveCountGreaterThan(20);

    [Fact]
    public void Every_package_has_public_types_to_check() =>
        (Core.All(p => PublicTypes.Count(t => t.Assembly == p) > 5) && Adapters.All(p => PublicTypes.Any(t => t.Assembly == p))).Should().BeTrue();

    [Fact]
    public void No_public_type_has_a_settable_or_init_property_so_with_expressions_change_nothing()
    {
        var writable = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (t, p)))
            .Where(x => x.p.SetMethod is { } set && (set.IsPublic || set.IsFamily || set.IsFamilyOrAssembly))
            .Where(x => !GuardedOptions.Contains(x.t.Name))
            .Select(x => $"{x.t.Name}.{x.p.Name}")
            .Except(["Evidence.Expected", "Evidence.Actual", "Evidence.Detail"]);

        writable.Should().BeEmpty("a with expression or an object initialiser could set these without validation");
    }

    [Fact]
    public void The_init_exemptions_name_types_that_exist() =>
        PublicTypes.Select(t => t.Name).Should().Contain(GuardedOptions);

    [Fact]
    public void Every_guarded_option_refuses_an_invalid_value_through_with()
    {
        FluentActions.Invoking(() => IatiReaderLimits.Default with { MaxAttributesPerElement = 0 }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => IatiReaderLimits.Default with { MaxCharactersInText = -1 }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new IatiValidatorOptions(NodaTime.SystemClock.Instance) with { Limits = null! }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new JsonReadOptions() with { MaxDepth = 0 }).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Every_value_that_holds_a_collection_compares_it_by_its_elements()
    {
        // A record's generated equality compares an ImmutableArray (a struct around an array) by reference: two equal
        // values are unequal. Such a record must write its own Equals; the compiler marks the generated one.
        var byReference = PublicTypes
            .Where(t => t.GetMethod("<Clone>$") is not null || t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i.GenericTypeArguments[0] == t))
            .Where(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => HoldsCollection(p.PropertyType)))
            .Where(t => t.GetMethod("Equals", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, [t]) is not { } equals
                || equals.GetCustomAttribute<CompilerGeneratedAttribute>() is not null)
            .Select(t => t.Name);

        string.Join(", ", byReference).Should().BeEmpty("two equal values holding equal collections must be equal");
    }

    [Fact]
    public void Generator_inputs_holding_equal_collections_are_equal()
    {
        static CountryGroupInput Group(string name, params string[] codes) => new(name, [.. codes.Select(StAMM.Domain.Geography.Country.FromCode)], null);

        EqualityContract.Holds(Group("Balkans", "RS", "ME"), Group("Balkans", "RS", "ME"), Group("Balkans", "RS"), Group("Balkans", "ME", "RS"), Group("Other", "RS", "ME"));
    }

    [Fact]
    public void Generator_inputs_holding_equal_optional_collections_are_equal()
    {
        static ScopeInput Scope(params (string Code, decimal Percentage)[]? shares) => new(
            StAMM.Domain.Geography.ScopeKind.MultiCountry,
            [StAMM.Domain.Geography.Country.FromCode("RS"), StAMM.Domain.Geography.Country.FromCode("ME")],
            shares is null ? null : [.. shares.Select(s => (StAMM.Domain.Geography.Country.FromCode(s.Code), s.Percentage))],
            null);

        EqualityContract.Holds(Scope(("RS", 60m), ("ME", 40m)), Scope(("RS", 60m), ("ME", 40m)), Scope(null), Scope(), Scope(("RS", 40m), ("ME", 60m)));
    }

    [Fact]
    public void Imported_IATI_values_holding_equal_collections_are_equal() =>
        EqualityContract.Holds(
            new IatiDescription("1", [new IatiNarrative("a", "en")]),
            new IatiDescription("1", [new IatiNarrative("a", "en")]),
            new IatiDescription("1", [new IatiNarrative("b", "en")]));

    [Fact]
    public void A_record_with_ImmutableArray_and_generated_equality_is_what_the_check_above_finds()
    {
        // The check is not vacuous: a record of that shape has a compiler-generated Equals.
        typeof(RecordWithArray).GetMethod("Equals", [typeof(RecordWithArray)])!.GetCustomAttribute<CompilerGeneratedAttribute>().Should().NotBeNull();
        (new RecordWithArray([1]) == new RecordWithArray([1])).Should().BeFalse();
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

    /// <summary>
    /// A collection whose own equality is by reference: <see cref="ImmutableArray{T}"/> (its Equals compares the array
    /// it wraps), an array, an interface, or a class that does not override Equals. A collection that is itself a
    /// value (NodaTime's DateInterval, the domain's scopes) does not count.
    /// </summary>
    private static bool HoldsCollection(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(t))
        {
            return false;
        }

        return (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            || t.IsArray
            || t.IsInterface
            || t.GetMethod(nameof(Equals), [typeof(object)])?.DeclaringType == typeof(object);
    }

    public sealed record RecordWithArray(ImmutableArray<int> Items);

    private static bool IsImmutable(Type type) =>
        type.IsArray is false
        && (type.Namespace == typeof(ImmutableArray).Namespace
            || type.Namespace == typeof(FrozenSet).Namespace
            || type.Namespace == typeof(NodaTime.DateInterval).Namespace
            || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            || type.Namespace?.StartsWith("StAMM.Domain", StringComparison.Ordinal) == true);
}
