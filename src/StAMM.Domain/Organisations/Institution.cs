using Ardalis.GuardClauses;
using StAMM.Domain.Geography;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Organisations;

/// <summary>
/// A beneficiary institution of a partner country, such as the Ministry of Security of Bosnia and Herzegovina, or a
/// unit of one, such as its Service for Foreigners' Affairs (<see cref="Parent"/> names the ministry).
/// </summary>
/// <remarks>
/// <para>A unit lies in the same country as its parent. Because a parent must exist before its unit, the chain of
/// parents can have no cycle.</para>
/// <para>Immutable value; equality by all members, the parent chain included.</para>
/// </remarks>
public sealed record Institution
{
    // Institutions key the duplicate index that every evaluation consults; hashing the names on each look-up was
    // about a tenth of an evaluation's time. All members are get-only, so the hash computed here stays true, even
    // for a copy made by a `with` expression.
    private readonly int _hashCode;

    private Institution(string name, Country country, InstitutionType type, Institution? parent, string? acronym)
    {
        Name = name;
        Country = country;
        Type = type;
        Parent = parent;
        Acronym = acronym;
        _hashCode = HashCode.Combine(
            StringComparer.Ordinal.GetHashCode(name), country, type, parent, acronym is null ? 0 : StringComparer.Ordinal.GetHashCode(acronym));
    }

    /// <summary>The institution's name.</summary>
    public string Name { get; }

    /// <summary>The country it belongs to.</summary>
    public Country Country { get; }

    /// <summary>What kind of body it is.</summary>
    public InstitutionType Type { get; }

    /// <summary>The institution this one is a unit of, if any.</summary>
    public Institution? Parent { get; }

    /// <summary>The usual short name, if any.</summary>
    public string? Acronym { get; }

    /// <summary>
    /// <see langword="true"/> for central-level public authorities (ministries, central agencies, law enforcement,
    /// judiciary, parliament, ombudsperson), whose requests need no further endorsement.
    /// </summary>
    public bool IsCentralLevel => Type is InstitutionType.Ministry or InstitutionType.CentralAgency or InstitutionType.LawEnforcement
        or InstitutionType.Judiciary or InstitutionType.Parliament or InstitutionType.Ombudsperson;

    /// <summary>Validates and creates an institution.</summary>
    /// <param name="name">The name.</param>
    /// <param name="country">The country.</param>
    /// <param name="type">The kind of body.</param>
    /// <param name="parent">The institution it is a unit of, if any; must be of the same country.</param>
    /// <param name="acronym">The short name, if any.</param>
    /// <returns>The institution, or the problems (paths <c>name</c>, <c>parent</c>, <c>acronym</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not defined.</exception>
    public static ValidationResult<Institution> Create(
        string? name,
        Country country,
        InstitutionType type,
        Institution? parent = null,
        string? acronym = null)
    {
        Guard.Against.Null(country);
        Guard.Against.EnumOutOfRange(type);
        var problems = new ProblemCollector();
        var validName = Text.Required(problems, name, "name");
        var validAcronym = Text.Optional(problems, acronym, "acronym", 50);
        if (parent is not null && parent.Country != country)
        {
            problems.Add(ProblemCodes.ParentInOtherCountry, "parent", $"The parent institution is in {parent.Country.Code}, not {country.Code}.");
        }

        return problems.Finish(() => new Institution(validName, country, type, parent, validAcronym));
    }

    /// <summary>Tells whether <paramref name="other"/> is the same institution: same name, country, type, parent and acronym.</summary>
    /// <param name="other">An institution, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public bool Equals(Institution? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && _hashCode == other._hashCode
            && string.Equals(Name, other.Name, StringComparison.Ordinal)
            && Country == other.Country
            && Type == other.Type
            && Parent == other.Parent
            && string.Equals(Acronym, other.Acronym, StringComparison.Ordinal));

    /// <summary>Returns a hash of every member, computed once when the institution is created.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => _hashCode;

    /// <summary>Tells whether this institution is <paramref name="other"/> or one of its units, at any depth.</summary>
    /// <param name="other">An institution.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> is this or an ancestor.</returns>
    public bool IsWithin(Institution other)
    {
        Guard.Against.Null(other);
        for (var current = this; current is not null; current = current.Parent)
        {
            if (current == other)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the name with its parent, such as <c>Service for Foreigners' Affairs, Ministry of Security (BA)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Parent is null ? $"{Name} ({Country.Code})" : $"{Name}, {Parent.Name} ({Country.Code})";
}
