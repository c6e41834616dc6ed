using System.Collections.Immutable;
using CsCheck;
using StAMM.Domain.Activities;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>The inputs of <see cref="Venue.InPerson"/>, <see cref="Venue.Hybrid"/> and <see cref="Venue.Online"/>.</summary>
/// <param name="Mode">In person, online or hybrid.</param>
/// <param name="City">The city; ignored online.</param>
/// <param name="Country">The country; required in person and hybrid, ignored online.</param>
internal sealed record VenueInput(VenueMode Mode, string? City, Country? Country) : IFactoryInput<Venue>
{
    /// <inheritdoc />
    public ValidationResult<Venue> Create() => Mode switch
    {
        VenueMode.Online => Venue.Online,
        VenueMode.Hybrid => Venue.Hybrid(City, Country!),
        _ => Venue.InPerson(City, Country!),
    };
}

/// <summary>The ways a <see cref="VenueInput"/> can be just invalid.</summary>
internal enum VenueFlaw
{
    /// <summary>An in-person or hybrid venue with a blank city: <c>required</c> at <c>city</c>.</summary>
    BlankCity = 1,

    /// <summary>A city of more than 200 characters: <c>too-long</c> at <c>city</c>.</summary>
    CityTooLong = 2,
}

/// <summary>Generators of <see cref="Venue"/>s: in person, online or hybrid.</summary>
internal sealed class VenueGenerator : FactoryGenerator<Venue, VenueInput, VenueFlaw>
{
    internal VenueGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<VenueInput> Input { get; } = In(Values.Country);

    private protected override Gen<FlawedInput<Venue, VenueInput, VenueFlaw>> Flawed(VenueFlaw flaw) =>
        from mode in Gen.OneOf(VenueMode.InPerson, VenueMode.Hybrid)
        from country in Values.Country
        from blank in Values.Blank
        from length in Gen.Int[201, 300]
        select flaw == VenueFlaw.BlankCity
            ? Flaw(new VenueInput(mode, blank, country), flaw, ProblemCodes.Required, "city")
            : Flaw(new VenueInput(mode, new string('c', length), country), flaw, ProblemCodes.TooLong, "city");

    /// <summary>Valid venues in the given countries.</summary>
    internal static Gen<VenueInput> In(Gen<Country> countries) =>
        Gen.Select(Gen.Enum<VenueMode>(), Values.Name, countries)
            .Select((mode, city, country) => mode == VenueMode.Online ? new VenueInput(mode, null, null) : new VenueInput(mode, city, country));
}

/// <summary>The inputs of <see cref="SexBreakdown.Create"/>.</summary>
/// <param name="Female">Women.</param>
/// <param name="Male">Men.</param>
/// <param name="Other">Others.</param>
internal sealed record SexBreakdownInput(int Female, int Male, int Other) : IFactoryInput<SexBreakdown>
{
    /// <inheritdoc />
    public ValidationResult<SexBreakdown> Create() => SexBreakdown.Create(Female, Male, Other);
}

/// <summary>The ways a <see cref="SexBreakdownInput"/> can be just invalid.</summary>
internal enum SexBreakdownFlaw
{
    /// <summary>A negative count of women: <c>out-of-range</c> at <c>female</c>.</summary>
    NegativeFemale = 1,

    /// <summary>A negative count of men: <c>out-of-range</c> at <c>male</c>.</summary>
    NegativeMale = 2,

    /// <summary>A negative count of others: <c>out-of-range</c> at <c>other</c>.</summary>
    NegativeOther = 3,

    /// <summary>Counts whose total overflows an <see cref="int"/>: <c>out-of-range</c> on the value as a whole.</summary>
    TotalTooLarge = 4,
}

/// <summary>Generators of <see cref="SexBreakdown"/>s.</summary>
internal sealed class SexBreakdownGenerator : FactoryGenerator<SexBreakdown, SexBreakdownInput, SexBreakdownFlaw>
{
    internal SexBreakdownGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<SexBreakdownInput> Input { get; } =
        Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 100]).Select((f, m, o) => new SexBreakdownInput(f, m, o));

    private protected override Gen<FlawedInput<SexBreakdown, SexBreakdownInput, SexBreakdownFlaw>> Flawed(SexBreakdownFlaw flaw) =>
        Gen.Select(Input, Gen.Int[int.MinValue, -1], Gen.Int[int.MaxValue / 2 + 1, int.MaxValue]).Select((i, negative, large) => flaw switch
        {
            SexBreakdownFlaw.NegativeFemale => Flaw(i with { Female = negative }, flaw, ProblemCodes.OutOfRange, "female"),
            SexBreakdownFlaw.NegativeMale => Flaw(i with { Male = negative }, flaw, ProblemCodes.OutOfRange, "male"),
            SexBreakdownFlaw.NegativeOther => Flaw(i with { Other = negative }, flaw, ProblemCodes.OutOfRange, "other"),
            _ => Flaw(new SexBreakdownInput(large, large, i.Other), flaw, ProblemCodes.OutOfRange, string.Empty),
        });
}

/// <summary>The inputs of <see cref="Participants.Create"/>.</summary>
/// <param name="Count">How many, if known.</param>
/// <param name="Countries">Their countries.</param>
/// <param name="CountByCountry">How many from each country, if known.</param>
/// <param name="BySex">How many by sex, if known.</param>
/// <param name="Description">Who they are, in words.</param>
internal sealed partial record ParticipantsInput(
    int? Count,
    ImmutableArray<Country> Countries,
    ImmutableSortedDictionary<Country, int>? CountByCountry,
    SexBreakdown? BySex,
    string? Description) : IFactoryInput<Participants>
{
    /// <inheritdoc />
    public ValidationResult<Participants> Create() => Participants.Create(Count, Countries, CountByCountry, BySex, Description);
}

/// <summary>The ways a <see cref="ParticipantsInput"/> can be just invalid.</summary>
internal enum ParticipantsFlaw
{
    /// <summary>A negative count: <c>out-of-range</c> at <c>count</c>.</summary>
    NegativeCount = 1,

    /// <summary>A country named twice: <c>duplicate</c> at <c>countries[i]</c>.</summary>
    DuplicateCountry = 2,

    /// <summary>Counts by country that do not add up to the count: <c>parts-exceed-total</c> at <c>countByCountry</c>.</summary>
    CountByCountryNotMatchingTotal = 3,

    /// <summary>A count for a country not among the participants' countries: <c>not-allowed</c> at <c>countByCountry.XX</c>.</summary>
    CountForUnlistedCountry = 4,

    /// <summary>Counts by sex that do not add up to the count: <c>parts-exceed-total</c> at <c>bySex</c>.</summary>
    SexBreakdownNotMatchingTotal = 5,
}

/// <summary>Generators of <see cref="Participants"/>: counts, countries and breakdowns that add up.</summary>
internal sealed class ParticipantsGenerator : FactoryGenerator<Participants, ParticipantsInput, ParticipantsFlaw>
{
    internal ParticipantsGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<ParticipantsInput> Input { get; } = From(Values.Countries(0, 6));

    private protected override Gen<FlawedInput<Participants, ParticipantsInput, ParticipantsFlaw>> Flawed(ParticipantsFlaw flaw) => flaw switch
    {
        ParticipantsFlaw.NegativeCount =>
            Gen.Select(Values.Countries(0, 6), Gen.Int[int.MinValue, -1]).Select((c, n) =>
                Flaw(new ParticipantsInput(n, [.. c], null, null, null), flaw, ProblemCodes.OutOfRange, "count")),
        ParticipantsFlaw.DuplicateCountry =>
            Gen.Select(Values.Countries(1, 6), Gen.Int[0, 5], Gen.Int[0, 300].Nullable(0.3)).Select((c, i, n) =>
                Flaw(new ParticipantsInput(n, [.. c, c[i % c.Length]], null, null, null), flaw, ProblemCodes.Duplicate, $"countries[{c.Length}]")),
        ParticipantsFlaw.CountByCountryNotMatchingTotal =>
            from c in Values.Countries(1, 6)
            from total in Gen.Int[0, 300]
            from split in Values.Split(total, c.Length)
            from off in Gen.Int[1, 50]
            select Flaw(new ParticipantsInput(total + off, [.. c], ByCountry(c, split), null, null), flaw, ProblemCodes.PartsExceedTotal, "countByCountry"),
        ParticipantsFlaw.CountForUnlistedCountry =>
            from c in Values.Countries(1, 7)
            from n in Gen.Int[0, 100]
            select Flaw(
                new ParticipantsInput(null, [.. c[..^1]], ByCountry(c[^1..], [n]), null, null),
                flaw,
                ProblemCodes.NotAllowed,
                $"countByCountry.{c[^1].Code}"),
        _ =>
            from input in Input
            from total in Gen.Int[0, 300]
            from sex in Values.Split(total + 1, 3)
            select Flaw(
                new ParticipantsInput(total, input.Countries, null, SexBreakdown.Create(sex[0], sex[1], sex[2]).OrThrow(), input.Description),
                flaw,
                ProblemCodes.PartsExceedTotal,
                "bySex"),
    };

    /// <summary>Valid participants from the given countries.</summary>
    internal static Gen<ParticipantsInput> From(Gen<Country[]> countries) =>
        from c in countries
        from total in Gen.Int[0, 300].Nullable(0.3)
        from byCountry in total is { } t && c.Length > 0 ? Values.Split(t, c.Length).Null(0.5) : Gen.Const((int[]?)null)
        from bySex in total is { } u ? Values.Split(u, 3).Null(0.5) : Gen.Const((int[]?)null)
        from description in Values.OptionalName
        select new ParticipantsInput(
            total,
            [.. c],
            byCountry is null ? null : ByCountry(c, byCountry),
            bySex is null ? null : SexBreakdown.Create(bySex[0], bySex[1], bySex[2]).OrThrow(),
            description);

    private static ImmutableSortedDictionary<Country, int> ByCountry(Country[] countries, int[] counts) =>
        countries.Zip(counts).ToImmutableSortedDictionary(p => p.First, p => p.Second);
}

/// <summary>The inputs of <see cref="FundingSource.From"/> (no programme) and <see cref="FundingSource.Through"/>.</summary>
/// <param name="Donor">The donor.</param>
/// <param name="Programme">The programme, if the activity was funded through one.</param>
internal sealed record FundingSourceInput(Donor Donor, FundingProgramme? Programme) : IFactoryInput<FundingSource>
{
    /// <inheritdoc />
    public ValidationResult<FundingSource> Create() => Programme is null ? FundingSource.From(Donor) : FundingSource.Through(Donor, Programme);
}

/// <summary>The ways a <see cref="FundingSourceInput"/> can be just invalid.</summary>
internal enum FundingSourceFlaw
{
    /// <summary>A programme that is not the donor's: <c>programme-not-of-donor</c> at <c>programme</c>.</summary>
    ProgrammeNotOfDonor = 1,
}

/// <summary>Generators of activities' <see cref="FundingSource"/>s, directly from a donor or through one of its programmes.</summary>
internal sealed class FundingSourceGenerator : FactoryGenerator<FundingSource, FundingSourceInput, FundingSourceFlaw>
{
    internal FundingSourceGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<FundingSourceInput> Input { get; } = Of(Generate.Donor.Valid);

    private protected override Gen<FlawedInput<FundingSource, FundingSourceInput, FundingSourceFlaw>> Flawed(FundingSourceFlaw flaw) =>
        Generate.Donor.Valid.Select(d =>
            Flaw(new FundingSourceInput(d, FundingProgramme.Create("Programme of another donor").OrThrow()), flaw, ProblemCodes.ProgrammeNotOfDonor, "programme"));

    /// <summary>Valid funding by the given donors.</summary>
    internal static Gen<FundingSourceInput> Of(Gen<Donor> donors) =>
        donors.SelectMany(d => Gen.Int[-1, d.Programmes.Length - 1].Select(p => new FundingSourceInput(d, p < 0 ? null : d.Programmes[p])));
}

/// <summary>The inputs of <see cref="DocumentLink.Create"/>.</summary>
/// <param name="Title">The title.</param>
/// <param name="Category">The IATI DocumentCategory code.</param>
/// <param name="Url">The address, if known.</param>
/// <param name="Published">When it was published, if known.</param>
internal sealed record DocumentLinkInput(string? Title, string? Category, Uri? Url, PartialDate? Published) : IFactoryInput<DocumentLink>
{
    /// <inheritdoc />
    public ValidationResult<DocumentLink> Create() => DocumentLink.Create(Title, Category, Url, Published);
}

/// <summary>The ways a <see cref="DocumentLinkInput"/> can be just invalid.</summary>
internal enum DocumentLinkFlaw
{
    /// <summary>The title is blank: <c>required</c> at <c>title</c>.</summary>
    BlankTitle = 1,

    /// <summary>No category: <c>required</c> at <c>category</c>.</summary>
    MissingCategory = 2,

    /// <summary>A category outside A01-A12 and B01-B18: <c>unknown-code</c> at <c>category</c>.</summary>
    UnknownCategory = 3,

    /// <summary>A relative or non-web address: <c>invalid-format</c> at <c>url</c>.</summary>
    NotAWebAddress = 4,
}

/// <summary>Generators of <see cref="DocumentLink"/>s.</summary>
internal sealed class DocumentLinkGenerator : FactoryGenerator<DocumentLink, DocumentLinkInput, DocumentLinkFlaw>
{
    internal DocumentLinkGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<DocumentLinkInput> Input { get; } =
        from title in Values.Name
        from a in Gen.Bool
        from n in Gen.Int[1, 12]
        from m in Gen.Int[1, 18]
        from url in Gen.OneOf<string?>(null, "https://www.icmpd.org/file/download/1", "http://example.org/report.pdf")
        from published in Values.PartialDate.Null(0.5)
        select new DocumentLinkInput(title, a ? $"A{n:00}" : $"B{m:00}", url is null ? null : new Uri(url), published);

    private protected override Gen<FlawedInput<DocumentLink, DocumentLinkInput, DocumentLinkFlaw>> Flawed(DocumentLinkFlaw flaw) => flaw switch
    {
        DocumentLinkFlaw.BlankTitle => Gen.Select(Input, Values.Blank).Select((i, b) => Flaw(i with { Title = b }, flaw, ProblemCodes.Required, "title")),
        DocumentLinkFlaw.MissingCategory => Gen.Select(Input, Gen.OneOf<string?>(null, string.Empty, "  ")).Select((i, c) =>
            Flaw(i with { Category = c }, flaw, ProblemCodes.Required, "category")),
        DocumentLinkFlaw.UnknownCategory => Gen.Select(Input, Gen.OneOf("A00", "A13", "B19", "C01", "report", "A1")).Select((i, c) =>
            Flaw(i with { Category = c }, flaw, ProblemCodes.UnknownCode, "category")),
        _ => Gen.Select(Input, Gen.OneOf("reports/assessment.pdf", "ftp://example.org/report.pdf", "file:///tmp/report.pdf")).Select((i, u) =>
            Flaw(i with { Url = new Uri(u, UriKind.RelativeOrAbsolute) }, flaw, ProblemCodes.InvalidFormat, "url")),
    };
}
