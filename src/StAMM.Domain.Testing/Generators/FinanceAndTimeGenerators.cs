using CsCheck;
using NodaTime;
using StAMM.Domain.Finance;
using StAMM.Domain.Organisations;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>The inputs of <see cref="Contribution.Create"/>.</summary>
/// <param name="Donor">The donor.</param>
/// <param name="Programme">The programme the money comes through, if any.</param>
/// <param name="Amount">The amount, if known.</param>
/// <param name="Period">When the money may be spent, if known.</param>
/// <param name="Earmarks">The earmarks, if any.</param>
internal sealed record ContributionInput(Donor Donor, FundingProgramme? Programme, Money? Amount, DateInterval? Period, Earmarks? Earmarks)
    : IFactoryInput<Contribution>
{
    /// <inheritdoc />
    public ValidationResult<Contribution> Create() => Contribution.Create(Donor, Programme, Amount, Period, Earmarks);
}

/// <summary>The ways a <see cref="ContributionInput"/> can be just invalid.</summary>
internal enum ContributionFlaw
{
    /// <summary>A programme that is not the donor's: <c>programme-not-of-donor</c> at <c>programme</c>.</summary>
    ProgrammeNotOfDonor = 1,

    /// <summary>An amount of zero or less: <c>out-of-range</c> at <c>amount</c>.</summary>
    AmountNotPositive = 2,
}

/// <summary>Generators of donors' <see cref="Contribution"/>s, with or without programme, amount, period and earmarks.</summary>
internal sealed class ContributionGenerator : FactoryGenerator<Contribution, ContributionInput, ContributionFlaw>
{
    internal ContributionGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<ContributionInput> Input { get; } = Of(Generate.Donor.Valid);

    private protected override Gen<FlawedInput<Contribution, ContributionInput, ContributionFlaw>> Flawed(ContributionFlaw flaw) => flaw switch
    {
        ContributionFlaw.ProgrammeNotOfDonor => Input.Select(i =>
            Flaw(i with { Programme = FundingProgramme.Create("Programme of another donor").OrThrow() }, flaw, ProblemCodes.ProgrammeNotOfDonor, "programme")),
        _ => Gen.Select(Input, Gen.Int[-100_000_000, 0], Values.Currency).Select((i, cents, c) =>
            Flaw(i with { Amount = Money.Of(cents / 100m, c) }, flaw, ProblemCodes.OutOfRange, "amount")),
    };

    /// <summary>Valid contributions of the given donors.</summary>
    internal static Gen<ContributionInput> Of(Gen<Donor> donors) =>
        from donor in donors
        from programme in Gen.Int[-1, donor.Programmes.Length - 1]
        from amount in Values.PositiveMoney.Null(0.4)
        from start in Values.Date
        from days in Gen.Int[0, 2000].Nullable(0.5)
        from earmarks in Values.Earmarks.Null(0.5)
        select new ContributionInput(
            donor,
            programme < 0 ? null : donor.Programmes[programme],
            amount,
            days is { } d ? new DateInterval(start, start.PlusDays(d)) : null,
            earmarks);
}

/// <summary>The inputs of <see cref="ProjectPeriod.Create"/>.</summary>
/// <param name="Start">The start.</param>
/// <param name="End">The end, if known.</param>
internal sealed record ProjectPeriodInput(PartialDate Start, PartialDate? End) : IFactoryInput<ProjectPeriod>
{
    /// <inheritdoc />
    public ValidationResult<ProjectPeriod> Create() => ProjectPeriod.Create(Start, End);
}

/// <summary>The ways a <see cref="ProjectPeriodInput"/> can be just invalid.</summary>
internal enum ProjectPeriodFlaw
{
    /// <summary>The end lies before the start: <c>end-before-start</c> at <c>end</c>.</summary>
    EndBeforeStart = 1,
}

/// <summary>Generators of <see cref="ProjectPeriod"/>s, known to the day or month, open-ended or not.</summary>
internal sealed class ProjectPeriodGenerator : FactoryGenerator<ProjectPeriod, ProjectPeriodInput, ProjectPeriodFlaw>
{
    internal ProjectPeriodGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<ProjectPeriodInput> Input { get; } =
        from start in Values.PartialDate
        from open in Gen.Bool
        from days in Gen.Int[0, 3000]
        from exact in Gen.Bool
        let end = start.FirstDay.PlusDays(days)
        select new ProjectPeriodInput(start, open ? null : exact ? PartialDate.OfDay(end) : PartialDate.OfMonth(end.ToYearMonth()));

    private protected override Gen<FlawedInput<ProjectPeriod, ProjectPeriodInput, ProjectPeriodFlaw>> Flawed(ProjectPeriodFlaw flaw) =>
        from start in Values.PartialDate
        from days in Gen.Int[1, 3000]
        from exact in Gen.Bool
        let end = start.FirstDay.PlusDays(-days)
        select Flaw(
            new ProjectPeriodInput(start, exact ? PartialDate.OfDay(end) : PartialDate.OfMonth(start.FirstDay.ToYearMonth().PlusMonths(-(1 + (days / 31))))),
            flaw,
            ProblemCodes.EndBeforeStart,
            "end");
}
