using System.Globalization;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using StAMM.Domain.EntityFrameworkCore.Storage;
using StAMM.Domain.Finance;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Projects;
using StAMM.Domain.Validation;

namespace StAMM.Domain.EntityFrameworkCore;

/// <summary>Loading: every row back through the domain's readers and factories.</summary>
public sealed partial class StammStore
{
    private async Task<Portfolio?> LoadCoreAsync(string projectId, CancellationToken cancellationToken)
    {
        var definition = await LoadDefinitionAsync(projectId, cancellationToken).ConfigureAwait(false);
        if (definition is null)
        {
            return null;
        }

        var rows = await _db.Set<CaseEventRow>().AsNoTracking()
            .Where(r => r.ProjectId == projectId)
            .OrderBy(r => r.Position)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Position != i)
            {
                throw Inconsistent("stamm_case_events", EventKey(rows[i].Id), "position", $"The positions of a portfolio's events run 0, 1, 2…; {i} is missing.");
            }
        }

        return Fold(definition, rows);
    }

    /// <summary>The portfolio without events: project, rule sets and contributions, each through the domain.</summary>
    private async Task<Portfolio?> LoadDefinitionAsync(string projectId, CancellationToken cancellationToken)
    {
        var project = await _db.Set<ProjectRow>().AsNoTracking()
            .Where(r => r.ProjectId == projectId)
            .Select(r => r.Project)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (project is null)
        {
            return null;
        }

        if (project.Identifier != projectId)
        {
            throw Inconsistent("stamm_projects", ProjectKey(projectId), "project", $"The stored project is '{project.Identifier}', not '{projectId}'.");
        }

        var ruleSetRows = await _db.Set<RuleSetRow>().AsNoTracking()
            .Where(r => r.ProjectId == projectId).OrderBy(r => r.Position)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < ruleSetRows.Count; i++)
        {
            var row = ruleSetRows[i];
            CheckPosition("stamm_rule_sets", projectId, row.Position, i);
            if (row.RuleSet.Name != row.Name || row.RuleSet.Version != row.Version || row.RuleSet.InForceFrom != row.InForceFrom || row.RuleSet.InForceUntil != row.InForceUntil)
            {
                throw Inconsistent("stamm_rule_sets", PositionKey(projectId, row.Position), "rule_set", $"The rule set is {row.RuleSet}; the row's name, version or days in force say otherwise.");
            }
        }

        var contributionRows = await ContributionRowsOf(projectId).OrderBy(r => r.Position)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var contributions = new List<Contribution>(contributionRows.Count);
        for (var i = 0; i < contributionRows.Count; i++)
        {
            CheckPosition("stamm_contributions", projectId, contributionRows[i].Position, i);
            contributions.Add(ToContribution(project, contributionRows[i]));
        }

        return Portfolio.Create(project, ruleSetRows.Select(r => r.RuleSet), contributions).Match(
            portfolio => portfolio,
            failure => throw Refused(projectId, failure, ruleSetRows));
    }

    /// <summary>Reads events onto a portfolio one by one, each through the domain's rules, naming the row that breaks one.</summary>
    private static Portfolio Fold(Portfolio onto, IEnumerable<CaseEventRow> rows)
    {
        var portfolio = onto;
        foreach (var row in rows)
        {
            portfolio = EventDocuments.Read(row.Document, portfolio).Match(
                p => p,
                failure => throw new StoredRowException("stamm_case_events", EventKey(row.Id), "event", failure.Problems));
            var e = portfolio.Events[^1];
            var column = e.CaseId != row.CaseId ? "case_id" : e.Kind != row.Kind ? "kind" : e.At != row.At ? "at" : null;
            if (column is not null)
            {
                throw Inconsistent("stamm_case_events", EventKey(row.Id), column, $"The event is {e}; the row's {column} says otherwise.");
            }
        }

        return portfolio;
    }

    private IQueryable<ContributionRow> ContributionRowsOf(string projectId) =>
        _db.Set<ContributionRow>().AsNoTracking().Where(r => r.ProjectId == projectId);

    private static Contribution ToContribution(TechnicalAssistanceProject project, ContributionRow row) =>
        ContributionRows.ToContribution(row, project.Donors).Match(
            contribution => contribution,
            failure => throw new StoredRowException(
                "stamm_contributions", PositionKey(row.ProjectId, row.Position), ColumnOf(failure), failure.Problems));

    private static void CheckPosition(string table, string projectId, int position, int expected)
    {
        if (position != expected)
        {
            throw Inconsistent(table, PositionKey(projectId, position), "position", $"The positions of a project's rows run 0, 1, 2…; {expected} is missing.");
        }
    }

    private static StoredRowException Refused(string projectId, ValidationFailure failure, List<RuleSetRow> ruleSets)
    {
        var match = Regex.Match(failure.Problems[0].Path, @"^(contributions|ruleSets)\[(\d+)\]");
        if (!match.Success)
        {
            return new StoredRowException("stamm_projects", ProjectKey(projectId), "project", failure.Problems);
        }

        var index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var under = failure.Problems.Where(p => p.Path.StartsWith(match.Value, StringComparison.Ordinal))
            .Select(p => new ValidationProblem(p.Code, p.Path[match.Value.Length..].TrimStart('.'), p.Message));
        return match.Groups[1].Value == "contributions"
            ? new StoredRowException("stamm_contributions", PositionKey(projectId, index), "donor", under)
            : new StoredRowException("stamm_rule_sets", PositionKey(projectId, ruleSets[index].Position), "rule_set", under);
    }

    private static string ColumnOf(ValidationFailure failure) =>
        failure.Problems[0].Path switch
        {
            "" => "donor",
            "period" => "period_start",
            var path => path.Split('.', '[')[0],
        };

    private static StoredRowException Inconsistent(string table, string row, string column, string message) =>
        new(table, row, column, [new ValidationProblem(StoreProblemCodes.Inconsistent, string.Empty, message)]);

    private static string ProjectKey(string projectId) => $"project_id = '{projectId}'";

    private static string PositionKey(string projectId, int position) => $"project_id = '{projectId}', position = {position}";

    private static string EventKey(long id) => $"id = {id}";

    private static string CaseKey(string projectId, string caseId) => $"project_id = '{projectId}', case_id = '{caseId}'";

    /// <summary>The value error a load met, if <paramref name="e"/> is one (EF Core wraps it).</summary>
    private static Exception? StoredValueError(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is StoredValueException or FormatException or OverflowException or ArgumentException)
            {
                return x;
            }
        }

        return null;
    }

    /// <summary>
    /// After a load failed on a stored value: finds the row and column by reading each converted column of each table
    /// alone, then row by row where one fails.
    /// </summary>
    private async Task<StoredRowException?> FindCorruptRowAsync(string projectId, Exception error, CancellationToken cancellationToken)
    {
        var projects = _db.Set<ProjectRow>().AsNoTracking().Where(r => r.ProjectId == projectId);
        return await Probe(projects, "stamm_projects", r => r.ProjectId, k => ProjectKey((string)k), [("project", r => r.Project)])
            ?? await Probe(_db.Set<RuleSetRow>().AsNoTracking().Where(r => r.ProjectId == projectId), "stamm_rule_sets", r => r.Position, k => PositionKey(projectId, (int)k),
                [("rule_set", r => r.RuleSet), ("in_force_from", r => r.InForceFrom), ("in_force_until", r => r.InForceUntil)])
            ?? await Probe(ContributionRowsOf(projectId), "stamm_contributions", r => r.Position, k => PositionKey(projectId, (int)k),
                [("amount", r => r.Amount), ("currency", r => r.Currency), ("earmarked_countries", r => r.EarmarkedCountries), ("earmarked_activity_types", r => r.EarmarkedActivityTypes),
                 ("earmarked_themes", r => r.EarmarkedThemes), ("period_start", r => r.PeriodStart), ("period_end", r => r.PeriodEnd)])
            ?? await Probe(_db.Set<CaseEventRow>().AsNoTracking().Where(r => r.ProjectId == projectId), "stamm_case_events", r => r.Id, k => EventKey((long)k),
                [("kind", r => r.Kind), ("at", r => r.At)])
            ?? await Probe(CaseRows(projectId), "stamm_cases", r => r.CaseId, k => CaseKey(projectId, (string)k),
                [("state", r => r.State), ("request", r => r.Request), ("country", r => r.Country), ("submitted", r => r.Submitted), ("last_changed", r => r.LastChanged)]);

        async Task<StoredRowException?> Probe<TRow, TKey>(
            IQueryable<TRow> rows, string table, Expression<Func<TRow, TKey>> key, Func<object, string> describe,
            (string Column, Expression<Func<TRow, object?>> Value)[] columns)
        {
            foreach (var (column, value) in columns)
            {
                try
                {
                    await rows.Select(value).ToListAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }
                catch (Exception e) when (StoredValueError(e) is not null)
                {
                }

                foreach (var k in await rows.Select(key).ToListAsync(cancellationToken).ConfigureAwait(false))
                {
                    var one = Expression.Lambda<Func<TRow, bool>>(Expression.Equal(key.Body, Expression.Constant(k, typeof(TKey))), key.Parameters);
                    try
                    {
                        await rows.Where(one).Select(value).ToListAsync(cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception e) when (StoredValueError(e) is { } found)
                    {
                        var problems = (found as StoredValueException)?.Problems?.Problems
                            ?? [new ValidationProblem(StoreProblemCodes.CorruptValue, string.Empty, found.Message)];
                        return new StoredRowException(table, describe(k!), column, problems, error);
                    }
                }
            }

            return null;
        }
    }
}
