using System.Collections.Immutable;
using System.Data.Common;
using Ardalis.GuardClauses;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OneOf;
using StAMM.Domain.Cases;
using StAMM.Domain.EntityFrameworkCore.Storage;
using StAMM.Domain.Finance;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Validation;

namespace StAMM.Domain.EntityFrameworkCore;

/// <summary>
/// Portfolios in a database whose model has <see cref="StammModelBuilderExtensions.ApplyStammModel"/>: add one, load
/// one, append the events a change of it made, and the queries a facility needs, run in the database.
/// </summary>
/// <remarks>
/// <para>Events are append-only, in one log per portfolio: a decision is made on the portfolio as it stands (its
/// balances, its open requests), so each append must extend the log from where its writer loaded it. An append checks,
/// in one transaction, that each contribution whose money it moves still has the version it had when loaded (the
/// number of events that moved it), that each case it appends to still has its version (its number of events), and
/// that no event took its place in the log (unique by position); a writer that lost a race gets a
/// <see cref="StoreConflict"/> and nothing of its append is stored. So two approvals that together exceed a
/// contribution cannot both be stored: the second was decided on a balance that is no longer the contribution's.</para>
/// <para>A load goes back through the domain: every document through its validating reader, every contribution
/// through <see cref="Contribution.Create"/>, the whole through <see cref="Portfolio.Create"/>. A row the domain does
/// not accept stops it with a <see cref="StoredRowException"/> naming the table, row and column.</para>
/// <para>A store is as short-lived as its <see cref="DbContext"/> (one per request in a web application) and not
/// thread-safe, like it. Appends save through <see cref="DbContext.SaveChangesAsync(CancellationToken)"/>: use a
/// context without changes of its own pending.</para>
/// </remarks>
public sealed partial class StammStore
{
    private const int Attempts = 10;
    private readonly DbContext _db;

    /// <summary>Creates a store over a context.</summary>
    /// <param name="context">A context whose model has <see cref="StammModelBuilderExtensions.ApplyStammModel"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="ArgumentException">The context's model lacks the StAMM tables.</exception>
    public StammStore(DbContext context)
    {
        _db = Guard.Against.Null(context);
        if (context.Model.FindEntityType(typeof(ProjectRow)) is null)
        {
            throw new ArgumentException($"The model of {context.GetType().Name} has no StAMM tables: call modelBuilder.ApplyStammModel() in its OnModelCreating.", nameof(context));
        }
    }

    /// <summary>Stores a new portfolio: its project, contributions, rule sets and events.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The portfolio, or a conflict when a portfolio of the same project is stored already.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="portfolio"/> is null.</exception>
    public async Task<OneOf<Portfolio, StoreConflict>> AddAsync(Portfolio portfolio, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(portfolio);
        var projectId = portfolio.Project.Identifier;
        var conflict = new StoreConflict($"A portfolio of project '{projectId}' is stored already.");
        if (await _db.Set<ProjectRow>().AnyAsync(r => r.ProjectId == projectId, cancellationToken).ConfigureAwait(false))
        {
            return conflict;
        }

        var rows = new List<object> { new ProjectRow { ProjectId = projectId, Project = portfolio.Project } };
        rows.AddRange(portfolio.RuleSets.Select((set, i) => new RuleSetRow
        {
            ProjectId = projectId,
            Position = i,
            Name = set.Name,
            Version = set.Version,
            InForceFrom = set.InForceFrom,
            InForceUntil = set.InForceUntil,
            RuleSet = set,
        }));
        var versions = ContributionVersions(portfolio);
        var balances = portfolio.Balances;
        rows.AddRange(portfolio.Contributions.Select((c, i) => ContributionRows.Of(projectId, i, c, balances[i], versions[i])));
        rows.AddRange(portfolio.Cases.Select(c => CaseRowOf(projectId, c)));
        var sequences = new Dictionary<string, int>(StringComparer.Ordinal);
        rows.AddRange(portfolio.Events.Select((e, i) => EventRowOf(projectId, e, portfolio, sequences, i)));

        var stored = await SaveAsync(rows, cancellationToken).ConfigureAwait(false);
        return stored ? portfolio : conflict;
    }

    /// <summary>Loads a portfolio: equal to the one stored, with every event appended since.</summary>
    /// <param name="projectId">The project's identifier.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The portfolio, or <see langword="null"/> when none of the project is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projectId"/> is null.</exception>
    /// <exception cref="StoredRowException">A stored row is one the domain does not accept.</exception>
    public async Task<Portfolio?> LoadAsync(string projectId, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(projectId);
        try
        {
            return await LoadCoreAsync(projectId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StoredValueError(e) is not null)
        {
            throw await FindCorruptRowAsync(projectId, e, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException(e.Message, e);
        }
    }

    /// <summary>
    /// Stores the events a change appended to a loaded portfolio (<c>changed</c> made from <c>loaded</c> by
    /// <see cref="Portfolio.Append"/>, <see cref="Portfolio.Evaluate"/> and the like), all or none, if no other writer
    /// changed the cases and contributions they touch since <c>loaded</c> was loaded.
    /// </summary>
    /// <param name="loaded">The portfolio as loaded.</param>
    /// <param name="changed">The portfolio with the new events after those of <paramref name="loaded"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns><paramref name="changed"/>, or the conflict that stopped the append (nothing stored).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="changed"/> is not <paramref name="loaded"/> with events appended.</exception>
    public async Task<OneOf<Portfolio, StoreConflict>> AppendAsync(Portfolio loaded, Portfolio changed, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(loaded);
        Guard.Against.Null(changed);
        if (!Extends(changed, loaded))
        {
            throw new ArgumentException("The changed portfolio is not the loaded one with events appended: same project, contributions and rule sets, and every event of the loaded one first.", nameof(changed));
        }

        var added = changed.Events[loaded.Events.Length..];
        if (added.IsEmpty)
        {
            return changed;
        }

        var projectId = loaded.Project.Identifier;
        var before = ContributionVersions(loaded);
        var after = ContributionVersions(changed);
        var caseIds = added.Select(e => e.CaseId).Distinct().Order(StringComparer.Ordinal).ToList();
        var strategy = _db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            var tracked = new List<EntityEntry>();
            var transaction = await _db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                try
                {
                    // Contributions first, then cases, each in one order, so that two writers wait rather than deadlock.
                    var balances = changed.Balances;
                    for (var i = 0; i < before.Length; i++)
                    {
                        if (before[i] == after[i])
                        {
                            continue;
                        }

                        var (position, expected, next) = (i, before[i], after[i]);
                        var committed = balances[i].Committed?.Amount ?? 0m;
                        var spent = balances[i].Spent?.Amount ?? 0m;
                        var updated = await _db.Set<ContributionRow>()
                            .Where(r => r.ProjectId == projectId && r.Position == position && r.Version == expected)
                            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Committed, committed).SetProperty(r => r.Spent, spent).SetProperty(r => r.Version, next), ct)
                            .ConfigureAwait(false);
                        if (updated == 0)
                        {
                            await transaction.RollbackAsync(ct).ConfigureAwait(false);
                            return new StoreConflict($"The balance of {changed.Contributions[i]} changed since the portfolio was loaded; load it again and decide again.");
                        }
                    }

                    var sequences = new Dictionary<string, int>(StringComparer.Ordinal);
                    foreach (var caseId in caseIds)
                    {
                        var old = loaded.FindCase(caseId);
                        var now = changed.FindCase(caseId)!;
                        if (old is null)
                        {
                            tracked.Add(_db.Add(CaseRowOf(projectId, now)));
                            continue;
                        }

                        sequences[caseId] = old.Version;
                        var row = CaseRowOf(projectId, now);
                        var expected = old.Version;
                        var updated = await _db.Set<CaseRow>()
                            .Where(r => r.ProjectId == projectId && r.CaseId == caseId && r.Version == expected)
                            .ExecuteUpdateAsync(
                                s => s.SetProperty(r => r.State, row.State)
                                    .SetProperty(r => r.Request, row.Request)
                                    .SetProperty(r => r.Requester, row.Requester)
                                    .SetProperty(r => r.Country, row.Country)
                                    .SetProperty(r => r.Donor, row.Donor)
                                    .SetProperty(r => r.LastChanged, row.LastChanged)
                                    .SetProperty(r => r.Version, row.Version),
                                ct)
                            .ConfigureAwait(false);
                        if (updated == 0)
                        {
                            await transaction.RollbackAsync(ct).ConfigureAwait(false);
                            return new StoreConflict($"Case '{caseId}' changed since the portfolio was loaded; load it again and decide again.");
                        }
                    }

                    tracked.AddRange(added.Select((e, i) => _db.Add(EventRowOf(projectId, e, changed, sequences, loaded.Events.Length + i))));
                    await _db.SaveChangesAsync(ct).ConfigureAwait(false);
                    await transaction.CommitAsync(ct).ConfigureAwait(false);
                    return OneOf<Portfolio, StoreConflict>.FromT0(changed);
                }
                catch (Exception e) when (e is DbUpdateException or DbException)
                {
                    await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                    Detach(tracked);
                    tracked.Clear();
                    if (await ChangedSinceAsync(loaded, caseIds, before, ct).ConfigureAwait(false))
                    {
                        return new StoreConflict($"Another writer appended to the portfolio since it was loaded (the events of case{(caseIds.Count == 1 ? string.Empty : "s")} {string.Join(", ", caseIds.Select(c => $"'{c}'"))} were decided on it as it stood then); load it again and decide again.");
                    }

                    throw;
                }
                finally
                {
                    Detach(tracked);
                }
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Loads a portfolio, applies a change to it and stores the events the change appended; when another writer got
    /// there first, waits a moment, loads it again and applies the change again (up to ten attempts), so the change is always decided
    /// on the portfolio as stored.
    /// </summary>
    /// <param name="projectId">The project's identifier.</param>
    /// <param name="change">The change, e.g. <c>p =&gt; p.Evaluate(caseId, now, actor)</c>; it may run more than once.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>
    /// The changed portfolio as stored; the change's own problems (or <c>unknown-project</c> at <c>projectId</c>); or
    /// the last conflict when every attempt lost a race.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StoredRowException">A stored row is one the domain does not accept.</exception>
    public async Task<OneOf<Portfolio, ValidationFailure, StoreConflict>> ChangeAsync(
        string projectId, Func<Portfolio, ValidationResult<Portfolio>> change, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(projectId);
        Guard.Against.Null(change);
        StoreConflict? conflict = null;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (attempt > 0)
            {
                // Writers that collided wait apart from each other before they load again.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 20) * attempt), cancellationToken).ConfigureAwait(false);
            }

            var loaded = await LoadAsync(projectId, cancellationToken).ConfigureAwait(false);
            if (loaded is null)
            {
                return UnknownProject(projectId);
            }

            var changed = change(loaded);
            if (!changed.IsValid)
            {
                return changed.AsT1;
            }

            var stored = await AppendAsync(loaded, changed.AsT0, cancellationToken).ConfigureAwait(false);
            if (stored.TryPickT0(out var portfolio, out conflict))
            {
                return portfolio;
            }
        }

        return conflict!;
    }

    internal static ValidationFailure UnknownProject(string projectId) =>
        new(StoreProblemCodes.UnknownProject, "projectId", $"No portfolio of project '{projectId}' is stored.");

    /// <summary>
    /// Per contribution, the number of events that moved its money (approval, delivery, closing, cancelling): the
    /// version its row holds, derived from the portfolio itself so an append knows which version it decided on.
    /// </summary>
    internal static int[] ContributionVersions(Portfolio portfolio)
    {
        var versions = new int[portfolio.Contributions.Length];
        foreach (var c in portfolio.Cases)
        {
            if (c.Commitment is { } commitment)
            {
                versions[portfolio.Contributions.IndexOf(commitment.Contribution)] += c.Events.Count(e =>
                    e.Kind is CaseEventKind.Approved or CaseEventKind.Delivered or CaseEventKind.Closed or CaseEventKind.Cancelled);
            }
        }

        return versions;
    }

    private static bool Extends(Portfolio changed, Portfolio loaded)
    {
        if (changed.Events.Length < loaded.Events.Length
            || !ReferenceEquals(changed.Project, loaded.Project) && changed.Project != loaded.Project
            || !changed.Contributions.SequenceEqual(loaded.Contributions)
            || !changed.RuleSets.SequenceEqual(loaded.RuleSets))
        {
            return false;
        }

        for (var i = 0; i < loaded.Events.Length; i++)
        {
            if (!ReferenceEquals(changed.Events[i], loaded.Events[i]) && changed.Events[i] != loaded.Events[i])
            {
                return false;
            }
        }

        return true;
    }

    private static CaseRow CaseRowOf(string projectId, AssistanceCase c) => new()
    {
        ProjectId = projectId,
        CaseId = c.Identifier,
        State = c.State,
        Request = c.Request,
        Requester = c.Request.Requester.Name,
        Country = c.Request.Requester.Country,
        Donor = c.Commitment?.Contribution.Donor.Name,
        Submitted = c.Events[0].At,
        LastChanged = c.LastChanged,
        Version = c.Version,
    };

    private static CaseEventRow EventRowOf(string projectId, CaseEvent e, Portfolio portfolio, Dictionary<string, int> sequences, int position)
    {
        var sequence = sequences.GetValueOrDefault(e.CaseId) + 1;
        sequences[e.CaseId] = sequence;
        return new CaseEventRow
        {
            ProjectId = projectId,
            CaseId = e.CaseId,
            Sequence = sequence,
            Position = position,
            Kind = e.Kind,
            At = e.At,
            Document = EventDocuments.Write(e, portfolio),
        };
    }

    private async Task<bool> SaveAsync(List<object> rows, CancellationToken cancellationToken)
    {
        var strategy = _db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            var tracked = rows.Select(r => _db.Add(r)).Cast<EntityEntry>().ToList();
            try
            {
                await _db.SaveChangesAsync(ct).ConfigureAwait(false);
                return true;
            }
            catch (DbUpdateException)
            {
                return false;
            }
            finally
            {
                Detach(tracked);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private static void Detach(List<EntityEntry> tracked)
    {
        foreach (var entry in tracked)
        {
            entry.State = EntityState.Detached;
        }
    }

    private async Task<bool> ChangedSinceAsync(Portfolio loaded, List<string> caseIds, int[] contributionVersions, CancellationToken cancellationToken)
    {
        var projectId = loaded.Project.Identifier;
        var length = loaded.Events.Length;
        if (await _db.Set<CaseEventRow>().AnyAsync(r => r.ProjectId == projectId && r.Position >= length, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        var cases = await _db.Set<CaseRow>().AsNoTracking()
            .Where(r => r.ProjectId == projectId && caseIds.Contains(r.CaseId))
            .Select(r => new { r.CaseId, r.Version })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (cases.Any(r => r.Version != (loaded.FindCase(r.CaseId)?.Version ?? 0)))
        {
            return true;
        }

        var contributions = await _db.Set<ContributionRow>().AsNoTracking()
            .Where(r => r.ProjectId == projectId)
            .Select(r => new { r.Position, r.Version })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return contributions.Any(r => r.Position < contributionVersions.Length && r.Version != contributionVersions[r.Position]);
    }
}
