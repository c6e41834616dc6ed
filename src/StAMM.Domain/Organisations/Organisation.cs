using Ardalis.GuardClauses;
using StAMM.Domain.Geography;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Organisations;

/// <summary>An organisation that takes part in technical assistance: a donor agency, an implementer such as ICMPD, a ministry.</summary>
/// <remarks>
/// <para>The IATI <see cref="Identifier"/> is optional: where it is not known the model says so with
/// <see langword="null"/> rather than inventing one.</para>
/// <para>Immutable value; equality by all members.</para>
/// </remarks>
public sealed record Organisation
{
    private Organisation(string name, string? acronym, OrganisationIdentifier? identifier, OrganisationType type, Country? country)
    {
        Name = name;
        Acronym = acronym;
        Identifier = identifier;
        Type = type;
        Country = country;
    }

    /// <summary>The full name.</summary>
    public string Name { get; }

    /// <summary>The usual short name, such as <c>SEM</c> or <c>ICMPD</c>, when there is one.</summary>
    public string? Acronym { get; }

    /// <summary>The IATI organisation identifier, when known.</summary>
    public OrganisationIdentifier? Identifier { get; }

    /// <summary>The IATI organisation type.</summary>
    public OrganisationType Type { get; }

    /// <summary>The country the organisation is based in; <see langword="null"/> for international organisations or when unknown.</summary>
    public Country? Country { get; }

    /// <summary>The acronym when there is one, else the name.</summary>
    public string ShortName => Acronym ?? Name;

    /// <summary>Validates and creates an organisation.</summary>
    /// <param name="name">The full name.</param>
    /// <param name="type">The IATI organisation type.</param>
    /// <param name="acronym">The short name, if any.</param>
    /// <param name="identifier">The IATI identifier, if known.</param>
    /// <param name="country">The country it is based in, if any.</param>
    /// <returns>The organisation, or the problems (paths <c>name</c>, <c>acronym</c>).</returns>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not defined.</exception>
    public static ValidationResult<Organisation> Create(
        string? name,
        OrganisationType type,
        string? acronym = null,
        OrganisationIdentifier? identifier = null,
        Country? country = null)
    {
        Guard.Against.EnumOutOfRange(type);
        var problems = new ProblemCollector();
        var validName = Text.Required(problems, name, "name");
        var validAcronym = Text.Optional(problems, acronym, "acronym", 50);
        return problems.Finish(() => new Organisation(validName, validAcronym, identifier, type, country));
    }

    /// <summary>Returns the name with the acronym, such as <c>State Secretariat for Migration (SEM)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Acronym is null ? Name : $"{Name} ({Acronym})";
}
