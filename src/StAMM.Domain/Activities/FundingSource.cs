using Ardalis.GuardClauses;
using StAMM.Domain.Organisations;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Activities;

/// <summary>Who paid for an activity: a donor and, when it funded through one, its programme.</summary>
/// <remarks>Immutable value; equality by donor and programme.</remarks>
public sealed record FundingSource
{
    private FundingSource(Donor donor, FundingProgramme? programme)
    {
        Donor = donor;
        Programme = programme;
    }

    /// <summary>The donor.</summary>
    public Donor Donor { get; }

    /// <summary>The donor's programme, if the activity was funded through one.</summary>
    public FundingProgramme? Programme { get; }

    /// <summary>Funding straight from a donor.</summary>
    /// <param name="donor">The donor.</param>
    /// <returns>The source.</returns>
    public static FundingSource From(Donor donor) => new(Guard.Against.Null(donor), null);

    /// <summary>Validates and creates funding through one of the donor's programmes.</summary>
    /// <param name="donor">The donor.</param>
    /// <param name="programme">One of the donor's programmes.</param>
    /// <returns>The source, or the problem (path <c>programme</c>).</returns>
    public static ValidationResult<FundingSource> Through(Donor donor, FundingProgramme programme)
    {
        Guard.Against.Null(donor);
        Guard.Against.Null(programme);
        var problems = new ProblemCollector();
        if (!donor.Funds(programme))
        {
            problems.Add(ProblemCodes.ProgrammeNotOfDonor, "programme", $"'{programme.Name}' is not a programme of {donor.Name}.");
        }

        return problems.Finish(() => new FundingSource(donor, programme));
    }

    /// <summary>Returns the donor and programme.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Programme is null ? Donor.Organisation.ShortName : $"{Donor.Organisation.ShortName} ({Programme.Name})";
}
