using System.Collections.Immutable;
using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Testing;

// Generator inputs are values: two inputs with equal arguments are equal. A record compares an ImmutableArray by the
// array it wraps, so an input keeps each of its arrays in an InputList, which compares them element by element, and
// the record's own equality (over its fields) does the rest.

internal sealed partial record ActivityInput
{
    private readonly InputList<Institution> _beneficiaries = Beneficiaries;
    private readonly InputList<string> _topics = Topics;
    private readonly InputList<Country> _topicCountries = TopicCountries;
    private readonly InputList<FundingSource> _funding = Funding;
    private readonly InputList<MigrationDialogue> _dialogues = Dialogues;
    private readonly InputList<DocumentLink> _documents = Documents;
    private readonly InputList<ThematicArea> _thematicAreas = ThematicAreas;

    public ImmutableArray<Institution> Beneficiaries { get => _beneficiaries; init => _beneficiaries = value; }

    public ImmutableArray<string> Topics { get => _topics; init => _topics = value; }

    public ImmutableArray<Country> TopicCountries { get => _topicCountries; init => _topicCountries = value; }

    public ImmutableArray<FundingSource> Funding { get => _funding; init => _funding = value; }

    public ImmutableArray<MigrationDialogue> Dialogues { get => _dialogues; init => _dialogues = value; }

    public ImmutableArray<DocumentLink> Documents { get => _documents; init => _documents = value; }

    public ImmutableArray<ThematicArea> ThematicAreas { get => _thematicAreas; init => _thematicAreas = value; }
}

internal sealed partial record CountryGroupInput
{
    private readonly InputList<Country> _countries = Countries;

    public ImmutableArray<Country> Countries { get => _countries; init => _countries = value; }
}

internal sealed partial record ScopeInput
{
    private readonly InputList<Country> _countries = Countries;
    private readonly InputList<(Country Country, decimal Percentage)>? _shares = Shares;

    public ImmutableArray<Country> Countries { get => _countries; init => _countries = value; }

    public ImmutableArray<(Country Country, decimal Percentage)>? Shares { get => _shares; init => _shares = value; }
}

internal sealed partial record DonorInput
{
    private readonly InputList<FundingProgramme> _programmes = Programmes;

    public ImmutableArray<FundingProgramme> Programmes { get => _programmes; init => _programmes = value; }
}

internal sealed partial record RuleSetInput
{
    private readonly InputList<EligibilityRule> _rules = Rules;

    public ImmutableArray<EligibilityRule> Rules { get => _rules; init => _rules = value; }
}

internal sealed partial record DacListInput
{
    private readonly InputList<DacListEntry> _entries = Entries;

    public ImmutableArray<DacListEntry> Entries { get => _entries; init => _entries = value; }
}

internal sealed partial record EvaluationContextInput
{
    private readonly InputList<ContributionBalance> _balances = Balances;
    private readonly InputList<Activity> _activities = Activities;
    private readonly InputList<AssistanceRequest> _openRequests = OpenRequests;

    public ImmutableArray<ContributionBalance> Balances { get => _balances; init => _balances = value; }

    public ImmutableArray<Activity> Activities { get => _activities; init => _activities = value; }

    public ImmutableArray<AssistanceRequest> OpenRequests { get => _openRequests; init => _openRequests = value; }
}

internal sealed partial record RequestingPartyInput
{
    private readonly InputList<Institution> _beneficiaries = Beneficiaries;

    public ImmutableArray<Institution> Beneficiaries { get => _beneficiaries; init => _beneficiaries = value; }
}

internal sealed partial record RequestedActivityInput
{
    private readonly InputList<ThematicArea> _themes = Themes;

    public ImmutableArray<ThematicArea> Themes { get => _themes; init => _themes = value; }
}

internal sealed partial record CostEstimateInput
{
    private readonly InputList<CostLine> _lines = Lines;

    public ImmutableArray<CostLine> Lines { get => _lines; init => _lines = value; }
}

internal sealed partial record RequestDeclarationsInput
{
    private readonly InputList<AttachmentKind> _attachments = Attachments;

    public ImmutableArray<AttachmentKind> Attachments { get => _attachments; init => _attachments = value; }
}

internal sealed partial record ProjectInput
{
    private readonly InputList<Contribution> _contributions = Contributions;
    private readonly InputList<Activity> _activities = Activities;
    private readonly InputList<ThematicArea> _thematicAreas = ThematicAreas;
    private readonly InputList<string> _alternativeTitles = AlternativeTitles;

    public ImmutableArray<Contribution> Contributions { get => _contributions; init => _contributions = value; }

    public ImmutableArray<Activity> Activities { get => _activities; init => _activities = value; }

    public ImmutableArray<ThematicArea> ThematicAreas { get => _thematicAreas; init => _thematicAreas = value; }

    public ImmutableArray<string> AlternativeTitles { get => _alternativeTitles; init => _alternativeTitles = value; }
}

internal sealed partial record ParticipantsInput
{
    /// <summary>Whether <paramref name="other"/> holds equal arguments, collections compared element by element.</summary>
    /// <param name="other">The other input.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(ParticipantsInput? other) =>
        other is not null
        && Equals(Count, other.Count)
        && new InputList<Country>(Countries).Equals(other.Countries)
        && (CountByCountry is null ? other.CountByCountry is null : other.CountByCountry is not null && CountByCountry.SequenceEqual(other.CountByCountry))
        && Equals(BySex, other.BySex)
        && Equals(Description, other.Description);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Count, new InputList<Country>(Countries), CountByCountry?.Count, BySex, Description);
}

/// <summary>An input's array held as a value: equal to another when their elements are; a default (uninitialised) array equals only another.</summary>
/// <typeparam name="T">The elements.</typeparam>
/// <param name="items">The array.</param>
internal readonly struct InputList<T>(ImmutableArray<T> items) : IEquatable<InputList<T>>
{
    private readonly ImmutableArray<T> _items = items;

    public static implicit operator InputList<T>(ImmutableArray<T> items) => new(items);

    public static implicit operator ImmutableArray<T>(InputList<T> list) => list._items;

    public static bool operator ==(InputList<T> left, InputList<T> right) => left.Equals(right);

    public static bool operator !=(InputList<T> left, InputList<T> right) => !left.Equals(right);

    public bool Equals(InputList<T> other) =>
        _items.IsDefault || other._items.IsDefault ? _items.IsDefault == other._items.IsDefault : _items.SequenceEqual(other._items);

    public override bool Equals(object? obj) => obj is InputList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_items.IsDefault ? -1 : _items.Length);
        if (!_items.IsDefault)
        {
            foreach (var item in _items)
            {
                hash.Add(item);
            }
        }

        return hash.ToHashCode();
    }
}
