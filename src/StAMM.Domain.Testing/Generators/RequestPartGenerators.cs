using CsCheck;
using NodaTime;
using StAMM.Domain.Finance;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>The inputs of <see cref="Contact.Create"/>.</summary>
/// <param name="Name">The contact person's name.</param>
/// <param name="Email">The e-mail address.</param>
/// <param name="Phone">The telephone number, if any.</param>
internal sealed record ContactInput(string? Name, string? Email, string? Phone) : IFactoryInput<Contact>
{
    /// <inheritdoc />
    public ValidationResult<Contact> Create() => Contact.Create(Name, Email, Phone);
}

/// <summary>The ways a <see cref="ContactInput"/> can be just invalid.</summary>
internal enum ContactFlaw
{
    /// <summary>The name is blank: <c>required</c> at <c>name</c>.</summary>
    BlankName = 1,

    /// <summary>The e-mail address has no <c>@</c> or no domain: <c>invalid-format</c> at <c>email</c>.</summary>
    NotAnEmailAddress = 2,

    /// <summary>The telephone number holds letters: <c>invalid-format</c> at <c>phone</c>.</summary>
    LettersInPhone = 3,
}

/// <summary>Generators of requests' <see cref="Contact"/>s.</summary>
internal sealed class ContactGenerator : FactoryGenerator<Contact, ContactInput, ContactFlaw>
{
    internal ContactGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<ContactInput> Input { get; } =
        from name in Values.Name
        from local in Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789._-"].Array[1, 12]
        from domain in Gen.OneOf("msb.gov.ba", "mup.gov.rs", "example.org", "mb.gov.al")
        from phone in Gen.OneOf<string?>(null, "+387 33 123 456", "(011) 306-2000", "+382 20 241 590")
        select new ContactInput(name, new string(local) + "@" + domain, phone);

    private protected override Gen<FlawedInput<Contact, ContactInput, ContactFlaw>> Flawed(ContactFlaw flaw) => flaw switch
    {
        ContactFlaw.BlankName => Gen.Select(Input, Values.Blank).Select((i, b) => Flaw(i with { Name = b }, flaw, ProblemCodes.Required, "name")),
        ContactFlaw.NotAnEmailAddress => Gen.Select(Input, Gen.OneOf("ana", "ana@", "@example.org", "ana@example", "a@b@c.org")).Select((i, e) =>
            Flaw(i with { Email = e }, flaw, ProblemCodes.InvalidFormat, "email")),
        _ => Gen.Select(Input, Gen.OneOf("call me", "033 ext. 12", "+387 33 12x 456")).Select((i, p) => Flaw(i with { Phone = p }, flaw, ProblemCodes.InvalidFormat, "phone")),
    };
}

/// <summary>The inputs of <see cref="CostLine.Create"/>.</summary>
/// <param name="Category">What the money is for.</param>
/// <param name="Amount">The estimated amount.</param>
/// <param name="Description">What it is, in words.</param>
internal sealed record CostLineInput(CostCategory Category, Money Amount, string? Description) : IFactoryInput<CostLine>
{
    /// <inheritdoc />
    public ValidationResult<CostLine> Create() => CostLine.Create(Category, Amount, Description);
}

/// <summary>The ways a <see cref="CostLineInput"/> can be just invalid.</summary>
internal enum CostLineFlaw
{
    /// <summary>A negative amount: <c>out-of-range</c> at <c>amount</c>.</summary>
    NegativeAmount = 1,

    /// <summary>An <see cref="CostCategory.Other"/> line without a description: <c>required</c> at <c>description</c>.</summary>
    OtherWithoutDescription = 2,
}

/// <summary>Generators of requests' <see cref="CostLine"/>s, from nothing to EUR 100,000 in any currency.</summary>
internal sealed class CostLineGenerator : FactoryGenerator<CostLine, CostLineInput, CostLineFlaw>
{
    internal CostLineGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<CostLineInput> Input { get; } = In(Values.Currency);

    private protected override Gen<FlawedInput<CostLine, CostLineInput, CostLineFlaw>> Flawed(CostLineFlaw flaw) => flaw switch
    {
        CostLineFlaw.NegativeAmount => Gen.Select(Input, Gen.Int[-10_000_000, -1]).Select((i, cents) =>
            Flaw(i with { Amount = Money.Of(cents / 100m, i.Amount.Currency) }, flaw, ProblemCodes.OutOfRange, "amount")),
        _ => Gen.Select(Input, Values.Blank).Select((i, b) => Flaw(i with { Category = CostCategory.Other, Description = b }, flaw, ProblemCodes.Required, "description")),
    };

    /// <summary>Valid cost lines in the given currencies.</summary>
    internal static Gen<CostLineInput> In(Gen<Currency> currencies) =>
        from category in Gen.Enum<CostCategory>()
        from cents in Gen.Int[0, 10_000_000]
        from currency in currencies
        from description in category == CostCategory.Other ? Values.Name.Select(n => (string?)n) : Values.OptionalName
        select new CostLineInput(category, Money.Of(cents / 100m, currency), description);
}

/// <summary>The inputs of <see cref="RequestedDates.Exactly(LocalDate, LocalDate)"/> and <see cref="RequestedDates.Within"/>.</summary>
/// <param name="Kind">Exact days, or a number of days within a window.</param>
/// <param name="Start">The first day, or the earliest first day of a window.</param>
/// <param name="End">The last day, or the latest last day of a window.</param>
/// <param name="DurationInDays">The number of days asked for within a window; ignored for exact days.</param>
internal sealed record RequestedDatesInput(RequestedDatesKind Kind, LocalDate Start, LocalDate End, int DurationInDays) : IFactoryInput<RequestedDates>
{
    /// <inheritdoc />
    public ValidationResult<RequestedDates> Create() => Kind == RequestedDatesKind.Window
        ? RequestedDates.Within(Start, End, DurationInDays)
        : RequestedDates.Exactly(Start, End);
}

/// <summary>The ways a <see cref="RequestedDatesInput"/> can be just invalid.</summary>
internal enum RequestedDatesFlaw
{
    /// <summary>Exact days that end before they start: <c>end-before-start</c> at <c>end</c>.</summary>
    EndBeforeStart = 1,

    /// <summary>A window too short for the days asked for: <c>out-of-range</c> at <c>durationInDays</c>.</summary>
    WindowTooShort = 2,

    /// <summary>A window with no day asked for: <c>out-of-range</c> at <c>durationInDays</c>.</summary>
    NoDayInWindow = 3,
}

/// <summary>Generators of <see cref="RequestedDates"/>: exact days, or a number of days within a window.</summary>
internal sealed class RequestedDatesGenerator : FactoryGenerator<RequestedDates, RequestedDatesInput, RequestedDatesFlaw>
{
    internal RequestedDatesGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<RequestedDatesInput> Input { get; } = From(Values.Date);

    private protected override Gen<FlawedInput<RequestedDates, RequestedDatesInput, RequestedDatesFlaw>> Flawed(RequestedDatesFlaw flaw) => flaw switch
    {
        RequestedDatesFlaw.EndBeforeStart => Gen.Select(Values.Date, Gen.Int[1, 400]).Select((start, back) =>
            Flaw(new RequestedDatesInput(RequestedDatesKind.Exact, start, start.PlusDays(-back), back), flaw, ProblemCodes.EndBeforeStart, "end")),
        RequestedDatesFlaw.WindowTooShort => Gen.Select(Values.Date, Gen.Int[1, 30], Gen.Int[1, 10]).Select((start, window, extra) =>
            Flaw(new RequestedDatesInput(RequestedDatesKind.Window, start, start.PlusDays(window - 1), window + extra), flaw, ProblemCodes.OutOfRange, "durationInDays")),
        _ => Gen.Select(Values.Date, Gen.Int[1, 30], Gen.Int[-5, 0]).Select((start, window, days) =>
            Flaw(new RequestedDatesInput(RequestedDatesKind.Window, start, start.PlusDays(window - 1), days), flaw, ProblemCodes.OutOfRange, "durationInDays")),
    };

    /// <summary>Valid dates whose first day (or window's earliest start) comes from <paramref name="starts"/>: one to ten exact days, or one to ten days in a window of up to 400 days.</summary>
    internal static Gen<RequestedDatesInput> From(Gen<LocalDate> starts) =>
        from start in starts
        from days in Gen.Int[1, 10]
        from window in Gen.Int[0, 400].Nullable(0.6)
        select window is { } w
            ? new RequestedDatesInput(RequestedDatesKind.Window, start, start.PlusDays(days - 1 + w), days)
            : new RequestedDatesInput(RequestedDatesKind.Exact, start, start.PlusDays(days - 1), days);
}

/// <summary>The inputs of <see cref="ContributionBalance.Create"/>.</summary>
/// <param name="Contribution">The contribution.</param>
/// <param name="Committed">What is committed, if known.</param>
/// <param name="Reserved">What is reserved, if known.</param>
internal sealed record ContributionBalanceInput(Contribution Contribution, Money? Committed, Money? Reserved) : IFactoryInput<ContributionBalance>
{
    /// <inheritdoc />
    public ValidationResult<ContributionBalance> Create() => ContributionBalance.Create(Contribution, Committed, Reserved);
}

/// <summary>The ways a <see cref="ContributionBalanceInput"/> can be just invalid.</summary>
internal enum ContributionBalanceFlaw
{
    /// <summary>A negative amount committed: <c>out-of-range</c> at <c>committed</c>.</summary>
    NegativeCommitted = 1,

    /// <summary>An amount reserved in another currency than the contribution's: <c>currency-mismatch</c> at <c>reserved</c>.</summary>
    ReservedInOtherCurrency = 2,
}

/// <summary>Generators of <see cref="ContributionBalance"/>s: what is committed and reserved of a contribution, up to all of it and sometimes more (an overspent contribution).</summary>
internal sealed class ContributionBalanceGenerator : FactoryGenerator<ContributionBalance, ContributionBalanceInput, ContributionBalanceFlaw>
{
    internal ContributionBalanceGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<ContributionBalanceInput> Input { get; } = Of(Generate.Contribution.Valid);

    private protected override Gen<FlawedInput<ContributionBalance, ContributionBalanceInput, ContributionBalanceFlaw>> Flawed(ContributionBalanceFlaw flaw) => flaw switch
    {
        ContributionBalanceFlaw.NegativeCommitted =>
            from input in Input
            from cents in Gen.Int[-10_000_000, -1]
            let currency = input.Contribution.Amount?.Currency ?? Currency.Eur
            select Flaw(input with { Committed = Money.Of(cents / 100m, currency) }, flaw, ProblemCodes.OutOfRange, "committed"),
        _ =>
            from input in Of(Generate.Contribution.Valid.Where(c => c.Amount is not null))
            from cents in Gen.Int[0, 10_000_000]
            let other = input.Contribution.Amount!.Currency == Currency.Eur ? Currency.Chf : Currency.Eur
            select Flaw(input with { Reserved = Money.Of(cents / 100m, other) }, flaw, ProblemCodes.CurrencyMismatch, "reserved"),
    };

    /// <summary>Valid balances of the given contributions: committed and reserved amounts in the contribution's currency, in all up to 110% of it.</summary>
    internal static Gen<ContributionBalanceInput> Of(Gen<Contribution> contributions) =>
        from contribution in contributions
        from committedShare in Gen.Int[0, 100].Nullable(0.3)
        from reservedShare in Gen.Int[0, 10].Nullable(0.5)
        let amount = contribution.Amount
        select new ContributionBalanceInput(
            contribution,
            Share(amount, committedShare),
            Share(amount, reservedShare));

    private static Money? Share(Money? amount, int? percent) =>
        amount is null || percent is null ? null : Money.Of(decimal.Round(amount.Amount * percent.Value / 100m, 2), amount.Currency);
}
