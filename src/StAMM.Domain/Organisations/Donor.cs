using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Organisations;

/// <summary>An organisation that funds technical assistance, with the programmes it funds through.</summary>
/// <remarks>Immutable value; equality by organisation and programmes.</remarks>
public sealed class Donor : IEquatable<Donor>
{
    private Donor(Organisation organisation, ImmutableArray<FundingProgramme> programmes)
    {
        Organisation = organisation;
        Programmes = programmes;
    }

    /// <summary>The funding organisation.</summary>
    public Organisation Organisation { get; }

    /// <summary>The programmes the donor funds through; empty when it funds directly or they are not known.</summary>
    public ImmutableArray<FundingProgramme> Programmes { get; }

    /// <summary>The organisation's name.</summary>
    public string Name => Organisation.Name;

    /// <summary>Validates and creates a donor.</summary>
    /// <param name="organisation">The funding organisation.</param>
    /// <param name="programmes">Its funding programmes, if any; a programme named twice is a problem.</param>
    /// <returns>The donor, or the problems (paths <c>programmes[i]</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="organisation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="programmes"/> holds a null.</exception>
    public static ValidationResult<Donor> Create(Organisation organisation, IEnumerable<FundingProgramme>? programmes = null)
    {
        Guard.Against.Null(organisation);
        var list = Guard.Against.NullElements(programmes);
        var problems = new ProblemCollector();
        problems.AddDuplicates(list.AsSpan(), p => p, "programmes", (p, _) => $"The programme '{p.Name}' is named more than once.");

        return problems.Finish(() => new Donor(organisation, list));
    }

    /// <summary>Tells whether the programme is one of this donor's.</summary>
    /// <param name="programme">A programme.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool Funds(FundingProgramme programme) => Programmes.Contains(Guard.Against.Null(programme));

    /// <inheritdoc />
    public bool Equals(Donor? other) =>
        other is not null && Organisation == other.Organisation && Programmes.SequenceEqual(other.Programmes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Donor);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Organisation, Hashing.Sequence(Programmes));

    /// <summary>Returns the organisation's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Organisation.ToString();

    /// <summary>Compares by value.</summary>
    /// <param name="left">A donor.</param>
    /// <param name="right">A donor.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(Donor? left, Donor? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares by value.</summary>
    /// <param name="left">A donor.</param>
    /// <param name="right">A donor.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(Donor? left, Donor? right) => !(left == right);
}
