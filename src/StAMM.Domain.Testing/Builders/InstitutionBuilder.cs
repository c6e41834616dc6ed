using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>
/// Builds an <see cref="Institution"/>. The default is the Ministry of Security of Bosnia and Herzegovina, a
/// ministry with no parent, as <see cref="BuiltIn.Stamm.MinistryOfSecurityOfBosniaAndHerzegovina"/>.
/// </summary>
/// <remarks>Immutable: every method returns a new builder. Start with <see cref="An.Institution"/>.</remarks>
public sealed class InstitutionBuilder : ITestDataBuilder<Institution>
{
    private readonly State _state;

    /// <summary>A builder with the default: the Ministry of Security of Bosnia and Herzegovina.</summary>
    public InstitutionBuilder()
        : this(new State("Ministry of Security", Country.BosniaAndHerzegovina, InstitutionType.Ministry, null, null))
    {
    }

    private InstitutionBuilder(State state) => _state = state;

    /// <summary>A builder that starts from an existing institution, to change one thing of it.</summary>
    /// <param name="institution">The institution.</param>
    /// <returns>The builder.</returns>
    public static InstitutionBuilder Like(Institution institution)
    {
        ArgumentNullException.ThrowIfNull(institution);
        return new(new State(institution.Name, institution.Country, institution.Type, institution.Parent is null ? null : Parts.Of(institution.Parent), institution.Acronym));
    }

    /// <summary>Sets the name.</summary>
    /// <param name="name">The name; blank is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public InstitutionBuilder Named(string? name) => new(_state with { Name = name });

    /// <summary>Sets the country.</summary>
    /// <param name="country">The country.</param>
    /// <returns>A new builder.</returns>
    public InstitutionBuilder In(Country country) => new(_state with { Country = country ?? throw new ArgumentNullException(nameof(country)) });

    /// <summary>Sets the kind of body.</summary>
    /// <param name="type">The type.</param>
    /// <returns>A new builder.</returns>
    public InstitutionBuilder OfType(InstitutionType type) => new(_state with { Type = type });

    /// <summary>Makes it a unit of another institution.</summary>
    /// <param name="parent">The parent; in another country it is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public InstitutionBuilder UnitOf(Institution parent) => new(_state with { Parent = Parts.Of(parent) });

    /// <summary>Makes it a unit of the institution another builder makes.</summary>
    /// <param name="parent">The parent's builder; its problems are reported below <c>parent</c>.</param>
    /// <returns>A new builder.</returns>
    public InstitutionBuilder UnitOf(InstitutionBuilder parent) => new(_state with { Parent = Parts.Built(parent) });

    /// <summary>Removes the parent.</summary>
    /// <returns>A new builder.</returns>
    public InstitutionBuilder WithoutParent() => new(_state with { Parent = null });

    /// <summary>Sets the acronym.</summary>
    /// <param name="acronym">The acronym, or null for none.</param>
    /// <returns>A new builder.</returns>
    public InstitutionBuilder WithAcronym(string? acronym) => new(_state with { Acronym = acronym });

    /// <inheritdoc />
    public ValidationResult<Institution> Build()
    {
        var parts = new Parts();
        var parent = _state.Parent is null ? null : parts.Take(_state.Parent(), "parent");
        return parts.Then(() => Institution.Create(_state.Name, _state.Country, _state.Type, parent, _state.Acronym));
    }

    /// <inheritdoc />
    public Institution BuildValid() => Build().OrThrow();

    private sealed record State(string? Name, Country Country, InstitutionType Type, Func<ValidationResult<Institution>>? Parent, string? Acronym);
}
