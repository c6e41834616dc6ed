using System.Collections.Frozen;
using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Iati.Reading;
using StAMM.Domain.Iati.Reference;

namespace StAMM.Domain.Iati.Validation;

/// <summary>How <see cref="IatiValidator"/> checks: the clock behind "not in the future", the ruleset, and the identifier lists some rules need.</summary>
/// <remarks>Immutable; change it with <c>with</c> expressions. A value: equal when the clock is the same, and the ruleset, limits and identifier sets are equal (sets by their members).</remarks>
public sealed record IatiValidatorOptions
{
    /// <summary>Creates options with the standard ruleset, the schema check on and no identifier lists.</summary>
    /// <param name="clock">The clock that stands for "now" in the date rules (11.1.1, 11.1.4, 11.1.5, 11.2.1, 11.2.2).</param>
    public IatiValidatorOptions(IClock clock) => Clock = clock;

    /// <summary>The clock that stands for "now" in the date rules.</summary>
    public IClock Clock
    {
        get;
        init => field = Guard.Against.Null(value);
    }

    /// <summary>The ruleset; <see cref="IatiRuleset.Standard"/> unless set.</summary>
    public IatiRuleset Ruleset
    {
        get;
        init => field = Guard.Against.Null(value);
    } = IatiRuleset.Standard;

    /// <summary>Whether to validate against the official 2.03 XSD; on unless set.</summary>
    public bool CheckSchema { get; init; } = true;

    /// <summary>
    /// Whether every XPath of the ruleset goes through System.Xml.XPath, not only those outside the subset that
    /// <see cref="ActivityXPath"/> evaluates itself: for the tests that prove both give the same findings.
    /// </summary>
    internal bool FrameworkXPathOnly { get; init; }

    /// <summary>The limits of the reader.</summary>
    public IatiReaderLimits Limits
    {
        get;
        init => field = Guard.Against.Null(value);
    } = IatiReaderLimits.Default;

    /// <summary>
    /// The organisation identifiers of the IATI Registry's publishers (the Validator's <c>ORG-ID</c> set). Rules with
    /// <c>idCondition</c> apply only to identifiers not in it; empty unless set, so those rules apply to every identifier.
    /// </summary>
    public FrozenSet<string> PublisherIdentifiers
    {
        get;
        init => field = Guard.Against.Null(value);
    } = FrozenSet<string>.Empty;

    /// <summary>
    /// The codes of the IATI OrganisationRegistrationAgency codelist embedded in this package (replicated from
    /// org-id.guide; withdrawn agencies included, as identifiers they issued stay in use), such as <c>XM-DAC</c> and <c>GB-COH</c>.
    /// </summary>
    public static FrozenSet<string> RegistrationAgencyPrefixes => AgencyPrefixes.Value;

    private static readonly Lazy<FrozenSet<string>> AgencyPrefixes = new(() => IatiCodelists.Codes("OrganisationRegistrationAgency"));

    /// <summary>
    /// The registration-agency prefixes (the Validator's <c>ORG-ID-PREFIX</c> set) that the organisation-identifier
    /// rules (1.14.8, 1.18.8) accept: <see cref="RegistrationAgencyPrefixes"/> unless set. Add a prefix the embedded
    /// codelist does not know yet with <c>options with { OrganisationIdentifierPrefixes = ... }</c>. When it is set
    /// empty, those rules are skipped and listed in <see cref="IatiValidationReport.RulesNotEvaluated"/>.
    /// </summary>
    public FrozenSet<string> OrganisationIdentifierPrefixes
    {
        get;
        init => field = Guard.Against.Null(value);
    } = RegistrationAgencyPrefixes;

    /// <summary>These options, with more registration-agency prefixes accepted besides <see cref="OrganisationIdentifierPrefixes"/>.</summary>
    /// <param name="prefixes">Prefixes such as <c>XI-EXAMPLE</c>, each a non-blank code; surrounding white space is dropped.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentException">A prefix is null or blank.</exception>
    public IatiValidatorOptions AcceptingOrganisationIdentifierPrefixes(IEnumerable<string> prefixes)
    {
        var added = Guard.Against.Null(prefixes).Select(p => Guard.Against.NullOrWhiteSpace(p, nameof(prefixes)).Trim()).ToList();
        return this with { OrganisationIdentifierPrefixes = OrganisationIdentifierPrefixes.Union(added, StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal) };
    }

    /// <summary>Whether <paramref name="other"/> holds the same clock and equal ruleset, schema switch, limits and identifier sets (by their members).</summary>
    /// <param name="other">The other options.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(IatiValidatorOptions? other) =>
        other is not null
        && ReferenceEquals(Clock, other.Clock)
        && Equals(Ruleset, other.Ruleset)
        && CheckSchema == other.CheckSchema
        && FrameworkXPathOnly == other.FrameworkXPathOnly
        && Limits.Equals(other.Limits)
        && PublisherIdentifiers.SetEquals(other.PublisherIdentifiers)
        && OrganisationIdentifierPrefixes.SetEquals(other.OrganisationIdentifierPrefixes);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Clock, Ruleset, CheckSchema, Limits, PublisherIdentifiers.Count, OrganisationIdentifierPrefixes.Count);
}
