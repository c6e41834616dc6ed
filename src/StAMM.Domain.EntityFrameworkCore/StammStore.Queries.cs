using System.Collections.Immutable;
using Ardalis.GuardClauses;
using Microsoft.EntityFrameworkCore;
using StAMM.Domain.Cases;
using StAMM.Domain.EntityFrameworkCore.Storage;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Requests;

namespace StAMM.Domain.EntityFrameworkCore;

/// <summary>The queries a facility needs, filtered in the database: only the rows of the cases asked for are read.</summary>
public sealed partial class StammStore
{
    /// <summary>
    /// Finds a case with everything it holds (decision, review, commitment, events): loads the portfolio, since a
    /// recorded decision is read back by making it again on the portfolio as it stood.
    /// </summary>
    /// <param name="projectId">The project's identifier.</param>
    /// <param name="caseId">The case's identifier (its request's).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The case, or <see langword="null"/> (no such case, or no such portfolio).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StoredRowException">A stored row is one the domain does not accept.</exception>
    public async Task<AssistanceCase?> FindCaseAsync(string projectId, string caseId, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(projectId);
        Guard.Against.Null(caseId);
        if (!await CaseRows(projectId).AnyAsync(c => c.CaseId == caseId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return (await LoadAsync(projectId, cancellationToken).ConfigureAwait(false))?.FindCase(caseId);
    }

    /// <summary>The cases in a state, in the order submitted; one query of the cases' rows.</summary>
    /// <param name="projectId">The project's identifier.</param>
    /// <param name="state">The state.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The cases.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projectId"/> is null.</exception>
    /// <exception cref="StoredRowException">A stored row is one the domain does not accept.</exception>
    public Task<ImmutableArray<CaseSummary>> CasesInStateAsync(string projectId, CaseState state, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(projectId);
        Guard.Against.EnumOutOfRange(state);
        return CasesAsync(projectId, CaseRows(projectId).Where(c => c.State == state), cancellationToken);
    }

    /// <summary>The cases whose requesting institution is of a country, in the order submitted; one query of the cases' rows.</summary>
    /// <param name="projectId">The project's identifier.</param>
    /// <param name="country">The requester's country.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The cases.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StoredRowException">A stored row is one the domain does not accept.</exception>
    public Task<ImmutableArray<CaseSummary>> CasesOfCountryAsync(string projectId, Country country, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(projectId);
        Guard.Against.Null(country);
        return CasesAsync(projectId, CaseRows(projectId).Where(c => c.Country == country), cancellationToken);
    }

    /// <summary>
    /// The cases funded by a donor: approved from one of its contributions (and delivered, closed or cancelled since),
    /// in the order submitted; one query of the cases' rows.
    /// </summary>
    /// <param name="projectId">The project's identifier.</param>
    /// <param name="donor">The donor.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The cases.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StoredRowException">A stored row is one the domain does not accept.</exception>
    public Task<ImmutableArray<CaseSummary>> CasesFundedByAsync(string projectId, Donor donor, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(projectId);
        Guard.Against.Null(donor);
        var name = donor.Name;
        return CasesAsync(projectId, CaseRows(projectId).Where(c => c.Donor == name), cancellationToken);
    }

    /// <summary>The requests of an institution (as requester), as they stand after any amendment, in the order submitted; one query of the cases' rows.</summary>
    /// <param name="projectId">The project's identifier.</param>
    /// <param name="institution">The requesting institution.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The requests.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="StoredRowException">A stored row is one the domain does not accept.</exception>
    public async Task<ImmutableArray<AssistanceRequest>> RequestsOfAsync(string projectId, Institution institution, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(projectId);
        Guard.Against.Null(institution);
        var (name, country) = (institution.Name, institution.Country);
        var cases = await CasesAsync(projectId, CaseRows(projectId).Where(c => c.Requester == name && c.Country == country), cancellationToken).ConfigureAwait(false);
        return [.. cases.Select(c => c.Request).Where(r => r.Requester == institution)];
    }

    /// <summary>
    /// Each contribution's balance as stored, in the order of the portfolio's contributions: reads the project and the
    /// contribution rows, no event.
    /// </summary>
    /// <param name="projectId">The project's identifier.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>
    /// The balances (spent as their committed part, what approved requests hold as their reserved part; unknown when
    /// the amount is), or <see langword="null"/> when no portfolio of the project is stored.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="projectId"/> is null.</exception>
    /// <exception cref="StoredRowException">A stored row is one the domain does not accept.</exception>
    public async Task<ImmutableArray<ContributionBalance>?> BalancesAsync(string projectId, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(projectId);
        try
        {
            var project = await _db.Set<ProjectRow>().AsNoTracking()
                .Where(r => r.ProjectId == projectId).Select(r => r.Project)
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (project is null)
            {
                return null;
            }

            var rows = await ContributionRowsOf(projectId).OrderBy(r => r.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.Select(r => Balance(ToContribution(project, r), r)).ToImmutableArray();
        }
        catch (Exception e) when (StoredValueError(e) is not null)
        {
            throw await FindCorruptRowAsync(projectId, e, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException(e.Message, e);
        }
    }

    /// <summary>One contribution's balance as stored: reads that contribution's row only.</summary>
    /// <param name="projectId">The project's identifier.</param>
    /// <param name="contribution">One of the portfolio's contributions.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The balance, or <see langword="null"/> when the portfolio has no such contribution.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task<ContributionBalance?> BalanceAsync(string projectId, Contribution contribution, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(projectId);
        Guard.Against.Null(contribution);
        var (donor, programme) = (contribution.Donor.Name, contribution.Programme?.Name);
        var rows = await ContributionRowsOf(projectId)
            .Where(r => r.Donor == donor && r.Programme == programme)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var row = rows.FirstOrDefault(r => ContributionRows.ToContribution(r, [contribution.Donor]).OrNull() == contribution);
        return row is null ? null : Balance(contribution, row);
    }

    private static ContributionBalance Balance(Contribution contribution, ContributionRow row) =>
        contribution.Amount is { } amount
            ? ContributionBalance.Create(contribution, committed: Money.Of(row.Spent, amount.Currency), reserved: Money.Of(row.Committed, amount.Currency)).OrThrow()
            : ContributionBalance.Untouched(contribution);

    private IQueryable<CaseRow> CaseRows(string projectId) =>
        _db.Set<CaseRow>().AsNoTracking().Where(c => c.ProjectId == projectId);

    /// <summary>The selected cases' rows, filtered in the database, each request through its validating reader.</summary>
    private async Task<ImmutableArray<CaseSummary>> CasesAsync(string projectId, IQueryable<CaseRow> selected, CancellationToken cancellationToken)
    {
        try
        {
            var rows = await selected
                .Select(c => new { c.CaseId, c.State, c.Request, c.Version, c.Submitted, c.LastChanged })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.OrderBy(r => r.Submitted).ThenBy(r => r.CaseId, StringComparer.Ordinal).Select(r => r.Request.Identifier == r.CaseId
                ? new CaseSummary(r.State, r.Request, r.Version, r.LastChanged)
                : throw Inconsistent("stamm_cases", CaseKey(projectId, r.CaseId), "request", $"The stored request is '{r.Request.Identifier}', not '{r.CaseId}'."))];
        }
        catch (Exception e) when (StoredValueError(e) is not null)
        {
            throw await FindCorruptRowAsync(projectId, e, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException(e.Message, e);
        }
    }
}
