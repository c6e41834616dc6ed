using System.Collections.Immutable;
using Ardalis.GuardClauses;
using StAMM.Domain.Geography;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Eligibility;

/// <summary>The OECD DAC List of ODA Recipients, per reporting year, as far as it is configured.</summary>
/// <remarks>Only the entries given are known; a year without entries is "not covered", not "empty". Immutable value.</remarks>
public sealed class DacList : IEquatable<DacList>
{
    private readonly int[] _years;
    private readonly CountrySet[] _sets;

    private DacList(ImmutableArray<DacListEntry> entries)
    {
        Entries = entries;
        var years = entries.Select(e => e.ReportingYear).Distinct().Order().ToArray();
        _years = years;
        _sets = new CountrySet[years.Length];
        foreach (var entry in entries)
        {
            var i = Array.IndexOf(years, entry.ReportingYear);
            _sets[i] = _sets[i].With(entry.Country);
        }
    }

    /// <summary>The entries, ordered by year, then country.</summary>
    public ImmutableArray<DacListEntry> Entries { get; }

    /// <summary>The reporting years covered, in order.</summary>
    public ImmutableArray<int> Years => [.. _years];

    /// <summary>Validates and creates a list.</summary>
    /// <param name="entries">The entries; a country at most once per year.</param>
    /// <returns>The list, or the problems (paths <c>entries[i]</c>).</returns>
    public static ValidationResult<DacList> Create(IEnumerable<DacListEntry> entries)
    {
        var list = Guard.Against.NullElements(Guard.Against.Null(entries));
        var problems = new ProblemCollector();
        problems.AddDuplicates(list.AsSpan(), e => (e.ReportingYear, e.Country), "entries", (e, _) => $"{e.Country.Code} is listed twice for {e.ReportingYear}.");

        return problems.Finish(() => new DacList([.. list.OrderBy(e => e.ReportingYear).ThenBy(e => e.Country)]));
    }

    /// <summary>Tells whether a reporting year is covered.</summary>
    /// <param name="year">A year.</param>
    /// <returns><see langword="true"/> when entries exist for it.</returns>
    public bool Covers(int year) => Array.IndexOf(_years, year) >= 0;

    /// <summary>Tells whether a country is an ODA recipient in a reporting year.</summary>
    /// <param name="year">A year.</param>
    /// <param name="country">A country.</param>
    /// <returns><see langword="true"/> when listed.</returns>
    public bool Contains(int year, Country country)
    {
        Guard.Against.Null(country);
        var i = Array.IndexOf(_years, year);
        return i >= 0 && _sets[i].Contains(country);
    }

    /// <inheritdoc />
    public bool Equals(DacList? other) => other is not null && Entries.SequenceEqual(other.Entries);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DacList);

    /// <inheritdoc />
    public override int GetHashCode() => Hashing.Sequence(Entries);

    /// <summary>Returns the years and countries.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join("; ", Entries);

    /// <summary>Finds the countries of a year: the index into the internal arrays, or -1.</summary>
    internal int IndexOfYear(int year)
    {
        for (var i = 0; i < _years.Length; i++)
        {
            if (_years[i] == year)
            {
                return i;
            }
        }

        return -1;
    }

    internal CountrySet CountriesAt(int index) => _sets[index];
}
