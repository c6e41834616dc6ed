using NodaTime;
using StAMM.Domain.Finance;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Validation;

namespace StAMM.Domain.EntityFrameworkCore.Storage;

/// <summary>A contribution to and from its row: the donor and programme by name, found again in the project.</summary>
internal static class ContributionRows
{
    public static ContributionRow Of(string projectId, int position, Contribution contribution, ContributionPosition balance, int version) => new()
    {
        ProjectId = projectId,
        Position = position,
        Donor = contribution.Donor.Name,
        Programme = contribution.Programme?.Name,
        Amount = contribution.Amount?.Amount,
        Currency = contribution.Amount?.Currency,
        PeriodStart = contribution.Period?.Start,
        PeriodEnd = contribution.Period?.End,
        EarmarkedCountries = [.. contribution.Earmarks.Countries],
        EarmarkedActivityTypes = [.. contribution.Earmarks.ActivityTypes],
        EarmarkedThemes = [.. contribution.Earmarks.Themes],
        Committed = balance.Committed?.Amount ?? 0m,
        Spent = balance.Spent?.Amount ?? 0m,
        Version = version,
    };

    /// <summary>The contribution of a row, with the donor among <paramref name="donors"/>; problems at column names.</summary>
    public static ValidationResult<Contribution> ToContribution(ContributionRow row, IEnumerable<Organisations.Donor> donors)
    {
        var problems = new List<ValidationProblem>();
        var donor = donors.FirstOrDefault(d => d.Name == row.Donor);
        if (donor is null)
        {
            problems.Add(new ValidationProblem(StoreProblemCodes.Inconsistent, "donor", $"The project has no donor named '{row.Donor}'."));
        }

        var programme = row.Programme is null ? null : donor?.Programmes.FirstOrDefault(p => p.Name == row.Programme);
        if (row.Programme is not null && donor is not null && programme is null)
        {
            problems.Add(new ValidationProblem(StoreProblemCodes.Inconsistent, "programme", $"{donor.Name} has no programme named '{row.Programme}'."));
        }

        if (row.Amount is null != row.Currency is null)
        {
            problems.Add(new ValidationProblem(StoreProblemCodes.Inconsistent, row.Amount is null ? "amount" : "currency", "An amount and its currency are stored together or not at all."));
        }

        if (row.PeriodStart is null != row.PeriodEnd is null)
        {
            problems.Add(new ValidationProblem(StoreProblemCodes.Inconsistent, row.PeriodStart is null ? "period_start" : "period_end", "A period's start and end are stored together or not at all."));
        }
        else if (row.PeriodStart is { } start && row.PeriodEnd is { } end && end < start)
        {
            problems.Add(new ValidationProblem(StoreProblemCodes.Inconsistent, "period_end", "The period ends before it starts."));
        }

        if (problems.Count > 0)
        {
            return new ValidationFailure(problems);
        }

        var amount = row.Amount is { } value ? Money.Of(value, row.Currency!) : null;
        var period = row.PeriodStart is { } from ? new DateInterval(from, row.PeriodEnd!.Value) : null;
        var earmarks = Earmarks.Create(row.EarmarkedCountries, row.EarmarkedActivityTypes, row.EarmarkedThemes);
        return Contribution.Create(donor!, programme, amount, period, earmarks);
    }
}
