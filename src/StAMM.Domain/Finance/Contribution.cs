using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Organisations;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Finance;

/// <summary>
/// A donor's contribution to a project: how much (when known), for which period (when known), through which
/// programme, and with which earmarks.
/// </summary>
/// <remarks>
/// <para>Unknown amounts and periods are <see langword="null"/>: the public record of StAMM names its donors but
/// not their amounts, and the model does not invent them.</para>
/// <para>Immutable value; equality by all members.</para>
/// </remarks>
public sealed record Contribution
{
    private Contribution(Donor donor, FundingProgramme? programme, Money? amount, DateInterval? period, Earmarks earmarks)
    {
        Donor = donor;
        Programme = programme;
        Amount = amount;
        Period = period;
        Earmarks = earmarks;
    }

    /// <summary>The donor.</summary>
    public Donor Donor { get; }

    /// <summary>The donor's programme the money comes from, if any.</summary>
    public FundingProgramme? Programme { get; }

    /// <summary>The amount; <see langword="null"/> when not known.</summary>
    public Money? Amount { get; }

    /// <summary>The days on which the money may be spent; <see langword="null"/> when not known.</summary>
    public DateInterval? Period { get; }

    /// <summary>How the money may be spent.</summary>
    public Earmarks Earmarks { get; }

    /// <summary>Validates and creates a contribution.</summary>
    /// <param name="donor">The donor.</param>
    /// <param name="programme">One of the donor's programmes, if the money comes through one.</param>
    /// <param name="amount">The amount, if known; above zero.</param>
    /// <param name="period">When the money may be spent, if known.</param>
    /// <param name="earmarks">Restrictions; none when not given.</param>
    /// <returns>The contribution, or the problems (paths <c>programme</c>, <c>amount</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="donor"/> is null.</exception>
    public static ValidationResult<Contribution> Create(
        Donor donor,
        FundingProgramme? programme = null,
        Money? amount = null,
        DateInterval? period = null,
        Earmarks? earmarks = null)
    {
        Guard.Against.Null(donor);
        var problems = new ProblemCollector();
        if (programme is not null && !donor.Funds(programme))
        {
            problems.Add(ProblemCodes.ProgrammeNotOfDonor, "programme", $"'{programme.Name}' is not a programme of {donor.Name}.");
        }

        if (period is not null)
        {
            SupportedDates.Check(problems, period.Start, "period");
            SupportedDates.Check(problems, period.End, "period");
        }

        if (amount is not null && amount.Amount <= 0m)
        {
            problems.Add(ProblemCodes.OutOfRange, "amount", $"A contribution is above zero; {amount} was given.");
        }

        return problems.Finish(() => new Contribution(donor, programme, amount, period, earmarks ?? Earmarks.None));
    }

    /// <summary>Returns the donor, programme and amount.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Donor.Organisation.ShortName}{(Programme is null ? string.Empty : $" ({Programme.Name})")}: {(Amount is null ? "amount unknown" : Amount.ToString())}";
}
