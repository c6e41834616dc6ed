using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Geography;
using StAMM.Domain.Portfolios;

namespace StAMM.Domain.Reporting;

/// <summary>
/// The figures a facility reports to its donors and management, computed from a portfolio's events for a
/// <see cref="ReportScope"/>: activities, participants, contributions and donors, requests; never stored, computed again
/// from the events when asked.
/// </summary>
/// <remarks>
/// <para>What falls in the period is as the portfolio knows it now; the contributions stand as recorded by the end of
/// the period (see <see cref="ReportScope"/>). Every breakdown adds up to its total
/// (the breakdown of activities by theme excepted, where an activity on two themes counts under both); unknown
/// figures stay unknown, never zero or spread (see <see cref="ParticipantFigures"/> and
/// <see cref="ContributionFigures"/>).</para>
/// <para>Wherever Kosovo appears (a country of the activities, participants, requests or the scope), the report
/// carries the scope's <see cref="KosovoDesignation"/>; renderers name countries with <see cref="NameOf"/> and print its
/// <see cref="KosovoDesignation.FootnoteLine"/>.</para>
/// <para>Framework-agnostic and free of I/O; rendering (tables, charts, files) is for other packages. Immutable value;
/// equality by all members.</para>
/// </remarks>
public sealed record PortfolioReport
{
    internal PortfolioReport(
        ReportScope scope,
        string projectIdentifier,
        string projectAcronym,
        string projectTitle,
        Instant? asOf,
        ActivityFigures activities,
        ParticipantFigures participants,
        ImmutableArray<ContributionFigures> contributions,
        ImmutableArray<DonorFigures> donors,
        RequestFigures requests,
        KosovoDesignation? kosovoDesignation)
    {
        Scope = scope;
        ProjectIdentifier = projectIdentifier;
        ProjectAcronym = projectAcronym;
        ProjectTitle = projectTitle;
        AsOf = asOf;
        Activities = activities;
        Participants = participants;
        Contributions = contributions;
        Donors = donors;
        Requests = requests;
        KosovoDesignation = kosovoDesignation;
    }

    /// <summary>What the report covers.</summary>
    public ReportScope Scope { get; }

    /// <summary>The project's identifier.</summary>
    public string ProjectIdentifier { get; }

    /// <summary>The project's acronym.</summary>
    public string ProjectAcronym { get; }

    /// <summary>The project's title.</summary>
    public string ProjectTitle { get; }

    /// <summary>The instant of the portfolio's last event: what the report knows; <see langword="null"/> without events.</summary>
    public Instant? AsOf { get; }

    /// <summary>The activities delivered in the period.</summary>
    public ActivityFigures Activities { get; }

    /// <summary>Their participants.</summary>
    public ParticipantFigures Participants { get; }

    /// <summary>Each contribution (the donor's only, under a donor filter), in the portfolio's order.</summary>
    public ImmutableArray<ContributionFigures> Contributions { get; }

    /// <summary>Each donor of <see cref="Contributions"/>, in the order of their first contribution.</summary>
    public ImmutableArray<DonorFigures> Donors { get; }

    /// <summary>The requests submitted in the period.</summary>
    public RequestFigures Requests { get; }

    /// <summary>The Kosovo designation and its footnote, because Kosovo appears in the report; <see langword="null"/> when it does not.</summary>
    public KosovoDesignation? KosovoDesignation { get; }

    /// <summary>Computes the report of a portfolio's whole life.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    public static PortfolioReport Of(Portfolio portfolio) => Of(portfolio, ReportScope.WholeLife);

    /// <summary>Computes the report of a portfolio for a scope, in one pass over its events.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="scope">The period and filters.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PortfolioReport Of(Portfolio portfolio, ReportScope scope)
    {
        Guard.Against.Null(portfolio);
        Guard.Against.Null(scope);
        return ReportCalculation.Compute(portfolio, scope);
    }

    /// <summary>The name to show for a country: with the Kosovo marker for Kosovo (<c>Kosovo*</c>), plain otherwise.</summary>
    /// <param name="country">The country.</param>
    /// <returns>The display name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is null.</exception>
    public string NameOf(Country country) => Scope.KosovoDesignation.DisplayName(Guard.Against.Null(country));

    /// <inheritdoc />
    public bool Equals(PortfolioReport? other) =>
        other is not null
        && Scope.Equals(other.Scope)
        && ProjectIdentifier == other.ProjectIdentifier
        && ProjectAcronym == other.ProjectAcronym
        && ProjectTitle == other.ProjectTitle
        && AsOf == other.AsOf
        && Activities.Equals(other.Activities)
        && Participants.Equals(other.Participants)
        && Requests.Equals(other.Requests)
        && Equals(KosovoDesignation, other.KosovoDesignation)
        && Sequences.Same(Contributions, other.Contributions)
        && Sequences.Same(Donors, other.Donors);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Scope, ProjectIdentifier, AsOf, Activities, Participants, Requests, Sequences.Hash(Contributions), Sequences.Hash(Donors));

    /// <summary>Returns the project, scope and headline figures.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{ProjectAcronym} ({Scope}): {Activities}; {Participants}; {Requests.Count} requests";
}
