using System.Collections.Immutable;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>
/// Builds a <see cref="Donor"/> and its <see cref="Organisation"/>. The default is the Swiss State Secretariat for
/// Migration (SEM), a government body in Switzerland with no programmes, as <see cref="BuiltIn.Stamm.StateSecretariatForMigration"/>.
/// </summary>
/// <remarks>Immutable: every method returns a new builder. Start with <see cref="A.Donor"/>. Problems of the
/// organisation are reported below <c>organisation</c>, of a programme below <c>programmes[i]</c>.</remarks>
public sealed class DonorBuilder : ITestDataBuilder<Donor>
{
    private readonly State _state;

    /// <summary>A builder with the default: SEM.</summary>
    public DonorBuilder()
        : this(new State("Swiss State Secretariat for Migration", "SEM", OrganisationType.Government, Country.Switzerland, null, []))
    {
    }

    private DonorBuilder(State state) => _state = state;

    /// <summary>A builder that starts from an existing donor, to change one thing of it.</summary>
    /// <param name="donor">The donor.</param>
    /// <returns>The builder.</returns>
    public static DonorBuilder Like(Donor donor)
    {
        ArgumentNullException.ThrowIfNull(donor);
        var o = donor.Organisation;
        return new(new State(o.Name, o.Acronym, o.Type, o.Country, o.Identifier?.Value, [.. donor.Programmes.Select(Parts.Of)]));
    }

    /// <summary>Sets the organisation's name.</summary>
    /// <param name="name">The name; blank is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public DonorBuilder Named(string? name) => new(_state with { Name = name });

    /// <summary>Sets the organisation's acronym.</summary>
    /// <param name="acronym">The acronym, or null for none.</param>
    /// <returns>A new builder.</returns>
    public DonorBuilder WithAcronym(string? acronym) => new(_state with { Acronym = acronym });

    /// <summary>Sets the IATI organisation type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>A new builder.</returns>
    public DonorBuilder OfType(OrganisationType type) => new(_state with { Type = type });

    /// <summary>Sets the country the organisation is based in.</summary>
    /// <param name="country">The country, or null for none (an international organisation).</param>
    /// <returns>A new builder.</returns>
    public DonorBuilder BasedIn(Country? country) => new(_state with { Country = country });

    /// <summary>Sets the IATI organisation identifier, as text.</summary>
    /// <param name="identifier">The identifier, such as <c>CH-4</c>, or null for none; a malformed one is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public DonorBuilder WithIdentifier(string? identifier) => new(_state with { Identifier = identifier });

    /// <summary>Adds a funding programme.</summary>
    /// <param name="name">The programme's English name.</param>
    /// <param name="localName">Its name in the donor's language, if any.</param>
    /// <returns>A new builder.</returns>
    public DonorBuilder WithProgramme(string? name, string? localName = null) =>
        new(_state with { Programmes = _state.Programmes.Add(() => FundingProgramme.Create(name, localName)) });

    /// <summary>Adds a funding programme.</summary>
    /// <param name="programme">The programme; naming it twice is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public DonorBuilder WithProgramme(FundingProgramme programme) => new(_state with { Programmes = _state.Programmes.Add(Parts.Of(programme)) });

    /// <summary>Removes every programme.</summary>
    /// <returns>A new builder.</returns>
    public DonorBuilder WithoutProgrammes() => new(_state with { Programmes = [] });

    /// <inheritdoc />
    public ValidationResult<Donor> Build()
    {
        var parts = new Parts();
        OrganisationIdentifier? identifier = null;
        if (_state.Identifier is not null)
        {
            identifier = parts.Take(OrganisationIdentifier.Create(_state.Identifier), "organisation.identifier");
        }

        var organisation = parts.Take(Organisation.Create(_state.Name, _state.Type, _state.Acronym, identifier, _state.Country), "organisation");
        var programmes = parts.TakeAll(_state.Programmes, "programmes");
        return parts.Then(() => Donor.Create(organisation!, programmes));
    }

    /// <inheritdoc />
    public Donor BuildValid() => Build().OrThrow();

    private sealed record State(
        string? Name,
        string? Acronym,
        OrganisationType Type,
        Country? Country,
        string? Identifier,
        ImmutableArray<Func<ValidationResult<FundingProgramme>>> Programmes);
}
