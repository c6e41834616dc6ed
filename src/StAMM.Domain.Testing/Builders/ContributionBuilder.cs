using NodaTime;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Finance;
using StAMM.Domain.Organisations;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>
/// Builds a <see cref="Contribution"/>. The default is SEM's contribution with no programme, amount, period or earmark
/// known, as StAMM's public record has it.
/// </summary>
/// <remarks>Immutable: every method returns a new builder. Start with <see cref="A.Contribution"/>. Problems of a
/// donor built by a <see cref="DonorBuilder"/> are reported below <c>donor</c>.</remarks>
public sealed class ContributionBuilder : ITestDataBuilder<Contribution>
{
    private readonly State _state;

    /// <summary>A builder with the default: SEM, nothing else known.</summary>
    public ContributionBuilder()
        : this(new State(Parts.Of(Stamm.StateSecretariatForMigration), null, null, null, null))
    {
    }

    private ContributionBuilder(State state) => _state = state;

    /// <summary>A builder that starts from an existing contribution, to change one thing of it.</summary>
    /// <param name="contribution">The contribution.</param>
    /// <returns>The builder.</returns>
    public static ContributionBuilder Like(Contribution contribution)
    {
        ArgumentNullException.ThrowIfNull(contribution);
        return new(new State(Parts.Of(contribution.Donor), contribution.Programme, contribution.Amount, contribution.Period, contribution.Earmarks));
    }

    /// <summary>Sets the donor.</summary>
    /// <param name="donor">The donor.</param>
    /// <returns>A new builder.</returns>
    public ContributionBuilder From(Donor donor) => new(_state with { Donor = Parts.Of(donor) });

    /// <summary>Sets the donor to the one another builder makes.</summary>
    /// <param name="donor">The donor's builder.</param>
    /// <returns>A new builder.</returns>
    public ContributionBuilder From(DonorBuilder donor) => new(_state with { Donor = Parts.Built(donor) });

    /// <summary>Sets the programme the money comes through.</summary>
    /// <param name="programme">A programme; one that is not the donor's is a problem when built. Null for none.</param>
    /// <returns>A new builder.</returns>
    public ContributionBuilder Through(FundingProgramme? programme) => new(_state with { Programme = programme });

    /// <summary>Sets the amount.</summary>
    /// <param name="amount">The amount; zero or less is a problem when built.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>A new builder.</returns>
    public ContributionBuilder Of(decimal amount, Currency currency) => new(_state with { Amount = Money.Of(amount, currency) });

    /// <summary>Sets the amount.</summary>
    /// <param name="amount">The amount, or null when not known.</param>
    /// <returns>A new builder.</returns>
    public ContributionBuilder Of(Money? amount) => new(_state with { Amount = amount });

    /// <summary>Sets the days on which the money may be spent.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day, not before <paramref name="first"/>.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> lies before <paramref name="first"/>.</exception>
    public ContributionBuilder Between(LocalDate first, LocalDate last) => new(_state with { Period = new DateInterval(first, last) });

    /// <summary>Sets how the money may be spent.</summary>
    /// <param name="earmarks">The earmarks, or null for none.</param>
    /// <returns>A new builder.</returns>
    public ContributionBuilder EarmarkedFor(Earmarks? earmarks) => new(_state with { Earmarks = earmarks });

    /// <inheritdoc />
    public ValidationResult<Contribution> Build()
    {
        var parts = new Parts();
        var donor = parts.Take(_state.Donor(), "donor");
        return parts.Then(() => Contribution.Create(donor!, _state.Programme, _state.Amount, _state.Period, _state.Earmarks));
    }

    /// <inheritdoc />
    public Contribution BuildValid() => Build().OrThrow();

    private sealed record State(Func<ValidationResult<Donor>> Donor, FundingProgramme? Programme, Money? Amount, DateInterval? Period, Earmarks? Earmarks);
}
