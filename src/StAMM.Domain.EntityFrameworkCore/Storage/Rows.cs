using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Cases;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;

namespace StAMM.Domain.EntityFrameworkCore.Storage;

// The rows the model maps. They are the package's own: a user never writes or keeps them in step. Each holds the
// domain's values themselves (through value converters); the columns beside them are what the database filters on.
// Every load goes back through the domain's factories (StammStore.LoadAsync), so no row makes an invalid instance.

/// <summary>A project: table <c>stamm_projects</c>.</summary>
internal sealed class ProjectRow
{
    public string ProjectId { get; set; } = null!;

    /// <summary>The project as its <c>project</c> JSON document.</summary>
    public TechnicalAssistanceProject Project { get; set; } = null!;
}

/// <summary>A rule-set version of a project's portfolio: table <c>stamm_rule_sets</c>.</summary>
internal sealed class RuleSetRow
{
    public string ProjectId { get; set; } = null!;

    public int Position { get; set; }

    public string Name { get; set; } = null!;

    public string Version { get; set; } = null!;

    public LocalDate InForceFrom { get; set; }

    public LocalDate? InForceUntil { get; set; }

    /// <summary>The rule set as its <c>ruleSet</c> JSON document.</summary>
    public RuleSet RuleSet { get; set; } = null!;
}

/// <summary>
/// A contribution of a project's portfolio: table <c>stamm_contributions</c>. Its donor and programme are named (the
/// project holds them); <see cref="Committed"/> and <see cref="Spent"/> are the running figures of its position, and
/// <see cref="Version"/> (the concurrency token) counts the events that moved its money.
/// </summary>
internal sealed class ContributionRow
{
    public string ProjectId { get; set; } = null!;

    public int Position { get; set; }

    public string Donor { get; set; } = null!;

    public string? Programme { get; set; }

    public decimal? Amount { get; set; }

    public Currency? Currency { get; set; }

    public LocalDate? PeriodStart { get; set; }

    public LocalDate? PeriodEnd { get; set; }

    public IReadOnlyList<Country> EarmarkedCountries { get; set; } = [];

    public IReadOnlyList<ActivityType> EarmarkedActivityTypes { get; set; } = [];

    public IReadOnlyList<ThematicArea> EarmarkedThemes { get; set; } = [];

    public decimal Committed { get; set; }

    public decimal Spent { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// A case as of its last event: table <c>stamm_cases</c>. Derived from the events for the queries (state, the current
/// request and its requester's name and country, the donor whose contribution funds it); <see cref="Version"/> (the
/// concurrency token) is its number of events.
/// </summary>
internal sealed class CaseRow
{
    public string ProjectId { get; set; } = null!;

    public string CaseId { get; set; } = null!;

    public CaseState State { get; set; }

    /// <summary>The current request (after any amendment) as its <c>request</c> JSON document.</summary>
    public AssistanceRequest Request { get; set; } = null!;

    public string Requester { get; set; } = null!;

    public Country Country { get; set; } = null!;

    public string? Donor { get; set; }

    public Instant Submitted { get; set; }

    public Instant LastChanged { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// One event of a case, append-only: table <c>stamm_case_events</c>. Unique by case and sequence (1 for the
/// submission), and by <see cref="Position"/>, its place in the portfolio's log (0 for the first): a decision is made on
/// the portfolio as it stands, so the log is one line and two writers cannot both extend it from the same place.
/// </summary>
internal sealed class CaseEventRow
{
    public long Id { get; set; }

    public string ProjectId { get; set; } = null!;

    public string CaseId { get; set; } = null!;

    public int Sequence { get; set; }

    public int Position { get; set; }

    public CaseEventKind Kind { get; set; }

    public Instant At { get; set; }

    /// <summary>
    /// The event as its JSON document (StAMM.Domain.Json's case event, naming a commitment's contribution by its
    /// position): read back onto the portfolio before it, so the domain checks it again.
    /// </summary>
    public string Document { get; set; } = null!;
}
