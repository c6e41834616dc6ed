using System.Collections.Immutable;
using CsCheck;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>The input of <see cref="OrganisationIdentifier.Create"/>.</summary>
/// <param name="Value">The identifier's text.</param>
internal sealed record OrganisationIdentifierInput(string? Value) : IFactoryInput<OrganisationIdentifier>
{
    /// <inheritdoc />
    public ValidationResult<OrganisationIdentifier> Create() => OrganisationIdentifier.Create(Value);
}

/// <summary>The ways an <see cref="OrganisationIdentifierInput"/> can be just invalid.</summary>
internal enum OrganisationIdentifierFlaw
{
    /// <summary>Blank: <c>required</c> on the value as a whole.</summary>
    Blank = 1,

    /// <summary>Fewer than three characters: <c>invalid-format</c> on the value as a whole.</summary>
    TooShort = 2,

    /// <summary>No hyphen between prefix and number: <c>invalid-format</c> on the value as a whole.</summary>
    NoHyphen = 3,

    /// <summary>A character outside letters, digits and <c>- . _ : / ( )</c>: <c>invalid-format</c> on the value as a whole.</summary>
    ForbiddenCharacter = 4,
}

/// <summary>Generators of IATI <see cref="OrganisationIdentifier"/>s, such as <c>XM-DAC-41114</c>.</summary>
internal sealed class OrganisationIdentifierGenerator : FactoryGenerator<OrganisationIdentifier, OrganisationIdentifierInput, OrganisationIdentifierFlaw>
{
    internal OrganisationIdentifierGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<OrganisationIdentifierInput> Input { get; } =
        Gen.Select(Gen.OneOf("XM-DAC", "CH", "GB-COH", "XI-IATI", "CZ-ICO", "AT-FBN"), Gen.Int[1, 99_999_999])
            .Select((prefix, number) => new OrganisationIdentifierInput(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}-{number}")));

    private protected override Gen<FlawedInput<OrganisationIdentifier, OrganisationIdentifierInput, OrganisationIdentifierFlaw>> Flawed(OrganisationIdentifierFlaw flaw) => flaw switch
    {
        OrganisationIdentifierFlaw.Blank => Values.Blank.Select(b => Flaw(new(b), flaw, ProblemCodes.Required, string.Empty)),
        OrganisationIdentifierFlaw.TooShort => Gen.OneOf("A-", "-1", "AB", "X").Select(v => Flaw(new(v), flaw, ProblemCodes.InvalidFormat, string.Empty)),
        OrganisationIdentifierFlaw.NoHyphen => Gen.Char['A', 'Z'].Array[3, 12].Select(c => Flaw(new(new string(c)), flaw, ProblemCodes.InvalidFormat, string.Empty)),
        _ => Gen.Select(Input, Gen.OneOf(' ', '#', 'é', ',', '+')).Select((i, c) =>
            Flaw(new(i.Value![..2] + c + i.Value[2..]), flaw, ProblemCodes.InvalidFormat, string.Empty)),
    };
}

/// <summary>The inputs of <see cref="Organisation.Create"/>.</summary>
/// <param name="Name">The full name.</param>
/// <param name="Type">The IATI organisation type.</param>
/// <param name="Acronym">The short name, if any.</param>
/// <param name="Identifier">The IATI identifier, if known.</param>
/// <param name="Country">The country it is based in, if any.</param>
internal sealed record OrganisationInput(string? Name, OrganisationType Type, string? Acronym, OrganisationIdentifier? Identifier, Country? Country)
    : IFactoryInput<Organisation>
{
    /// <inheritdoc />
    public ValidationResult<Organisation> Create() => Organisation.Create(Name, Type, Acronym, Identifier, Country);
}

/// <summary>The ways an <see cref="OrganisationInput"/> can be just invalid.</summary>
internal enum OrganisationFlaw
{
    /// <summary>The name is blank: <c>required</c> at <c>name</c>.</summary>
    BlankName = 1,

    /// <summary>The name has more than 500 characters: <c>too-long</c> at <c>name</c>.</summary>
    NameTooLong = 2,

    /// <summary>The name holds a control character: <c>invalid-format</c> at <c>name</c>.</summary>
    ControlCharacterInName = 3,

    /// <summary>The acronym has more than 50 characters: <c>too-long</c> at <c>acronym</c>.</summary>
    AcronymTooLong = 4,
}

/// <summary>Generators of <see cref="Organisation"/>s.</summary>
internal sealed class OrganisationGenerator : FactoryGenerator<Organisation, OrganisationInput, OrganisationFlaw>
{
    internal OrganisationGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<OrganisationInput> Input { get; } =
        Gen.Select(Values.Name, Gen.Enum<OrganisationType>(), Values.Acronym, Generate.OrganisationIdentifier.Valid.Null(0.5), Values.Country.Null(0.3))
            .Select((name, type, acronym, identifier, country) => new OrganisationInput(name, type, acronym, identifier, country));

    private protected override Gen<FlawedInput<Organisation, OrganisationInput, OrganisationFlaw>> Flawed(OrganisationFlaw flaw) => flaw switch
    {
        OrganisationFlaw.BlankName => Gen.Select(Input, Values.Blank).Select((i, b) => Flaw(i with { Name = b }, flaw, ProblemCodes.Required, "name")),
        OrganisationFlaw.NameTooLong => Gen.Select(Input, Gen.Int[501, 600]).Select((i, n) => Flaw(i with { Name = new string('n', n) }, flaw, ProblemCodes.TooLong, "name")),
        OrganisationFlaw.ControlCharacterInName => Gen.Select(Input, Gen.OneOf('\0', '\a', '\u001b')).Select((i, c) =>
            Flaw(i with { Name = "Ministry" + c + "of the Interior" }, flaw, ProblemCodes.InvalidFormat, "name")),
        _ => Gen.Select(Input, Gen.Int[51, 80]).Select((i, n) => Flaw(i with { Acronym = new string('A', n) }, flaw, ProblemCodes.TooLong, "acronym")),
    };
}

/// <summary>The inputs of <see cref="FundingProgramme.Create"/>.</summary>
/// <param name="Name">The English name.</param>
/// <param name="LocalName">The name in the donor's language, if known.</param>
internal sealed record ProgrammeInput(string? Name, string? LocalName) : IFactoryInput<FundingProgramme>
{
    /// <inheritdoc />
    public ValidationResult<FundingProgramme> Create() => FundingProgramme.Create(Name, LocalName);
}

/// <summary>The ways a <see cref="ProgrammeInput"/> can be just invalid.</summary>
internal enum ProgrammeFlaw
{
    /// <summary>The name is blank: <c>required</c> at <c>name</c>.</summary>
    BlankName = 1,

    /// <summary>The local name has more than 500 characters: <c>too-long</c> at <c>localName</c>.</summary>
    LocalNameTooLong = 2,
}

/// <summary>Generators of donors' <see cref="FundingProgramme"/>s.</summary>
internal sealed class ProgrammeGenerator : FactoryGenerator<FundingProgramme, ProgrammeInput, ProgrammeFlaw>
{
    internal ProgrammeGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<ProgrammeInput> Input { get; } =
        Gen.Select(Values.Name, Values.OptionalName).Select((name, local) => new ProgrammeInput(name, local));

    private protected override Gen<FlawedInput<FundingProgramme, ProgrammeInput, ProgrammeFlaw>> Flawed(ProgrammeFlaw flaw) => flaw switch
    {
        ProgrammeFlaw.BlankName => Gen.Select(Input, Values.Blank).Select((i, b) => Flaw(i with { Name = b }, flaw, ProblemCodes.Required, "name")),
        _ => Gen.Select(Input, Gen.Int[501, 600]).Select((i, n) => Flaw(i with { LocalName = new string('l', n) }, flaw, ProblemCodes.TooLong, "localName")),
    };
}

/// <summary>The inputs of <see cref="Donor.Create"/>.</summary>
/// <param name="Organisation">The funding organisation.</param>
/// <param name="Programmes">Its programmes.</param>
internal sealed partial record DonorInput(Organisation Organisation, ImmutableArray<FundingProgramme> Programmes) : IFactoryInput<Donor>
{
    /// <inheritdoc />
    public ValidationResult<Donor> Create() => Donor.Create(Organisation, Programmes);
}

/// <summary>The ways a <see cref="DonorInput"/> can be just invalid.</summary>
internal enum DonorFlaw
{
    /// <summary>A programme named twice: <c>duplicate</c> at <c>programmes[i]</c>.</summary>
    DuplicateProgramme = 1,
}

/// <summary>Generators of <see cref="Donor"/>s, with zero to three distinct programmes.</summary>
internal sealed class DonorGenerator : FactoryGenerator<Donor, DonorInput, DonorFlaw>
{
    internal DonorGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<DonorInput> Input { get; } =
        Gen.Select(Generate.Organisation.Valid, Values.Name.Array[0, 3])
            .Select((o, names) => new DonorInput(o, [.. names.Select((n, i) => FundingProgramme.Create($"{n} {i + 1}").OrThrow())]));

    private protected override Gen<FlawedInput<Donor, DonorInput, DonorFlaw>> Flawed(DonorFlaw flaw) =>
        Gen.Select(Generate.Organisation.Valid, Values.Name.Array[1, 3], Gen.Int[0, 2]).Select((o, names, pick) =>
        {
            ImmutableArray<FundingProgramme> programmes = [.. names.Select((n, i) => FundingProgramme.Create($"{n} {i + 1}").OrThrow())];
            return Flaw(new DonorInput(o, programmes.Add(programmes[pick % programmes.Length])), flaw, ProblemCodes.Duplicate, $"programmes[{programmes.Length}]");
        });
}

/// <summary>The inputs of <see cref="Institution.Create"/>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Country">The country.</param>
/// <param name="Type">The kind of body.</param>
/// <param name="Parent">The institution it is a unit of, if any.</param>
/// <param name="Acronym">The short name, if any.</param>
internal sealed record InstitutionInput(string? Name, Country Country, InstitutionType Type, Institution? Parent, string? Acronym) : IFactoryInput<Institution>
{
    /// <inheritdoc />
    public ValidationResult<Institution> Create() => Institution.Create(Name, Country, Type, Parent, Acronym);
}

/// <summary>The ways an <see cref="InstitutionInput"/> can be just invalid.</summary>
internal enum InstitutionFlaw
{
    /// <summary>The name is blank: <c>required</c> at <c>name</c>.</summary>
    BlankName = 1,

    /// <summary>The acronym has more than 50 characters: <c>too-long</c> at <c>acronym</c>.</summary>
    AcronymTooLong = 2,

    /// <summary>The parent lies in another country: <c>parent-in-other-country</c> at <c>parent</c>.</summary>
    ParentInOtherCountry = 3,
}

/// <summary>Generators of beneficiary <see cref="Institution"/>s, half of them units of a parent in the same country.</summary>
internal sealed class InstitutionGenerator : FactoryGenerator<Institution, InstitutionInput, InstitutionFlaw>
{
    internal InstitutionGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<InstitutionInput> Input { get; } = In(Values.Country);

    private protected override Gen<FlawedInput<Institution, InstitutionInput, InstitutionFlaw>> Flawed(InstitutionFlaw flaw) => flaw switch
    {
        InstitutionFlaw.BlankName => Gen.Select(Input, Values.Blank).Select((i, b) => Flaw(i with { Name = b }, flaw, ProblemCodes.Required, "name")),
        InstitutionFlaw.AcronymTooLong => Gen.Select(Input, Gen.Int[51, 80]).Select((i, n) => Flaw(i with { Acronym = new string('A', n) }, flaw, ProblemCodes.TooLong, "acronym")),
        _ =>
            from countries in Values.Countries(2, 2)
            from unit in Root(Gen.Const(countries[0]))
            from parent in Root(Gen.Const(countries[1]))
            select Flaw(unit with { Parent = parent.Create().OrThrow() }, flaw, ProblemCodes.ParentInOtherCountry, "parent"),
    };

    /// <summary>Valid inputs of institutions in the given countries.</summary>
    internal static Gen<InstitutionInput> In(Gen<Country> country) =>
        from root in Root(country)
        from unit in Gen.Bool
        from name in Values.Name
        from type in Gen.Enum<InstitutionType>()
        select unit ? new InstitutionInput(name, root.Country, type, root.Create().OrThrow(), null) : root;

    private static Gen<InstitutionInput> Root(Gen<Country> country) =>
        Gen.Select(Values.Name, country, Gen.Enum<InstitutionType>(), Values.Acronym)
            .Select((name, c, type, acronym) => new InstitutionInput(name, c, type, null, acronym));
}
