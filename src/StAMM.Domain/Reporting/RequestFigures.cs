using System.Collections.Immutable;
using NodaTime;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;

namespace StAMM.Domain.Reporting;

/// <summary>
/// The requests submitted in the report's period: how many, from which countries and kinds of institution, what the
/// rules decided, where they stand, which rules most often failed, and how long they took.
/// </summary>
/// <remarks>
/// <para>A request's country and institution type are its requesting institution's. Its decision is the last evaluation
/// of its current version (an amended request not yet evaluated again counts as <see cref="NotEvaluated"/>). The
/// breakdowns by country, institution type, state, and decision with <see cref="NotEvaluated"/>, each add up to
/// <see cref="Count"/>.</para>
/// <para>Lead time: the days from the day of submission to the first day asked for. Time to decision: from the
/// submission to the approval or rejection, of the requests approved or rejected. Each median is
/// <see langword="null"/> when there is nothing to take it of.</para>
/// <para>Made by <see cref="PortfolioReport"/> only. Immutable value; equality by all members.</para>
/// </remarks>
public sealed record RequestFigures
{
    /// <summary>How many rules <see cref="FailingRules"/> lists at most.</summary>
    public const int MaxFailingRules = 10;

    internal RequestFigures(
        int count,
        ImmutableArray<Tally<Country>> byCountry,
        ImmutableArray<Tally<InstitutionType>> byInstitutionType,
        ImmutableArray<Tally<DecisionKind>> byDecision,
        int notEvaluated,
        ImmutableArray<Tally<CaseState>> byState,
        ImmutableArray<Tally<string>> failingRules,
        decimal? medianLeadTimeDays,
        Duration? medianTimeToDecision)
    {
        Count = count;
        ByCountry = byCountry;
        ByInstitutionType = byInstitutionType;
        ByDecision = byDecision;
        NotEvaluated = notEvaluated;
        ByState = byState;
        FailingRules = failingRules;
        MedianLeadTimeDays = medianLeadTimeDays;
        MedianTimeToDecision = medianTimeToDecision;
    }

    /// <summary>How many requests.</summary>
    public int Count { get; }

    /// <summary>How many from each country, ordered by country code.</summary>
    public ImmutableArray<Tally<Country>> ByCountry { get; }

    /// <summary>How many from each type of institution, in the order of <see cref="InstitutionType"/>.</summary>
    public ImmutableArray<Tally<InstitutionType>> ByInstitutionType { get; }

    /// <summary>How many of each decision (eligible, needs review, ineligible), in that order; kinds without requests are left out.</summary>
    public ImmutableArray<Tally<DecisionKind>> ByDecision { get; }

    /// <summary>How many have no evaluation of their current version.</summary>
    public int NotEvaluated { get; }

    /// <summary>How many stand in each state at the end of the period, in the order of <see cref="CaseState"/>.</summary>
    public ImmutableArray<Tally<CaseState>> ByState { get; }

    /// <summary>
    /// The rules that failed most often in the decisions, by rule code: at most <see cref="MaxFailingRules"/>, the most
    /// frequent first, ties by code.
    /// </summary>
    public ImmutableArray<Tally<string>> FailingRules { get; }

    /// <summary>The median lead time in days; <see langword="null"/> without requests.</summary>
    public decimal? MedianLeadTimeDays { get; }

    /// <summary>The median time from submission to approval or rejection; <see langword="null"/> when none was decided.</summary>
    public Duration? MedianTimeToDecision { get; }

    /// <summary>How many requests the rules decided in a way.</summary>
    /// <param name="kind">The decision.</param>
    /// <returns>The count; 0 when none.</returns>
    public int Of(DecisionKind kind)
    {
        foreach (var tally in ByDecision)
        {
            if (tally.Key == kind)
            {
                return tally.Count;
            }
        }

        return 0;
    }

    /// <inheritdoc />
    public bool Equals(RequestFigures? other) =>
        other is not null
        && Count == other.Count
        && NotEvaluated == other.NotEvaluated
        && MedianLeadTimeDays == other.MedianLeadTimeDays
        && MedianTimeToDecision == other.MedianTimeToDecision
        && Sequences.Same(ByCountry, other.ByCountry)
        && Sequences.Same(ByInstitutionType, other.ByInstitutionType)
        && Sequences.Same(ByDecision, other.ByDecision)
        && Sequences.Same(ByState, other.ByState)
        && Sequences.Same(FailingRules, other.FailingRules);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Count, NotEvaluated, MedianLeadTimeDays, MedianTimeToDecision, Sequences.Hash(ByCountry), Sequences.Hash(ByDecision), Sequences.Hash(FailingRules));

    /// <summary>Returns the count and the decisions.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Count} requests: {string.Join(", ", ByDecision)}{(NotEvaluated == 0 ? string.Empty : $", not evaluated: {NotEvaluated}")}";
}
