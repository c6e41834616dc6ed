using System.Collections.Immutable;
using CsCheck;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>The inputs of <see cref="Activity.Create"/>.</summary>
/// <param name="Identifier">The identifier.</param>
/// <param name="Type">The format.</param>
/// <param name="Title">The title.</param>
/// <param name="Period">When it takes place.</param>
/// <param name="Venue">Where, if it has a venue.</param>
/// <param name="Beneficiaries">The institutions it serves.</param>
/// <param name="Participants">Who takes part, if known.</param>
/// <param name="Experts">How many experts, if known.</param>
/// <param name="Topics">The subjects.</param>
/// <param name="TopicCountries">Countries the subjects concern.</param>
/// <param name="Funding">Who paid.</param>
/// <param name="Dialogues">The dialogues it serves.</param>
/// <param name="Documents">Its documents.</param>
/// <param name="Summary">What it did and why.</param>
/// <param name="ThematicAreas">The themes it serves.</param>
internal sealed partial record ActivityInput(
    string? Identifier,
    ActivityType Type,
    string? Title,
    ActivityPeriod Period,
    Venue? Venue,
    ImmutableArray<Institution> Beneficiaries,
    Participants? Participants,
    int? Experts,
    ImmutableArray<string> Topics,
    ImmutableArray<Country> TopicCountries,
    ImmutableArray<FundingSource> Funding,
    ImmutableArray<MigrationDialogue> Dialogues,
    ImmutableArray<DocumentLink> Documents,
    string? Summary,
    ImmutableArray<ThematicArea> ThematicAreas) : IFactoryInput<Activity>
{
    /// <inheritdoc />
    public ValidationResult<Activity> Create() => Activity.Create(
        Identifier, Type, Title, Period, Venue, Beneficiaries, Participants, Experts, Topics, TopicCountries, Funding, Dialogues, Documents, Summary, ThematicAreas);
}

/// <summary>The ways an <see cref="ActivityInput"/> can be just invalid.</summary>
internal enum ActivityFlaw
{
    /// <summary>The identifier is blank: <c>required</c> at <c>identifier</c>.</summary>
    BlankIdentifier = 1,

    /// <summary>The identifier holds a space or a sign other than <c>- _ . : /</c>: <c>invalid-format</c> at <c>identifier</c>.</summary>
    ForbiddenCharacterInIdentifier = 2,

    /// <summary>The identifier has more than 100 characters: <c>too-long</c> at <c>identifier</c>.</summary>
    IdentifierTooLong = 3,

    /// <summary>The title is blank: <c>required</c> at <c>title</c>.</summary>
    BlankTitle = 4,

    /// <summary>The title has more than 500 characters: <c>too-long</c> at <c>title</c>.</summary>
    TitleTooLong = 5,

    /// <summary>A study visit online: <c>not-allowed</c> at <c>venue</c>.</summary>
    OnlineStudyVisit = 6,

    /// <summary>A negative number of experts: <c>out-of-range</c> at <c>experts</c>.</summary>
    NegativeExperts = 7,

    /// <summary>A beneficiary named twice: <c>duplicate</c> at <c>beneficiaries[i]</c>.</summary>
    DuplicateBeneficiary = 8,

    /// <summary>A blank topic: <c>required</c> at <c>topics[i]</c>.</summary>
    BlankTopic = 9,

    /// <summary>A donor named twice among the funders: <c>duplicate</c> at <c>funding[i]</c>.</summary>
    DuplicateFunder = 10,
}

/// <summary>Generators of <see cref="Activity"/>s of every type, with any venue, beneficiaries, participants and funders.</summary>
internal sealed class ActivityGenerator : FactoryGenerator<Activity, ActivityInput, ActivityFlaw>
{
    internal ActivityGenerator()
    {
    }

    /// <inheritdoc />
    public override Gen<ActivityInput> Input { get; } =
        Fitting(string.Empty, Values.ActivityPeriod, Values.Country, Values.Countries(0, 4), Generate.Donor.Valid.Array[0, 3].Select(Distinct), Values.SubsetOf(Enum.GetValues<ThematicArea>(), 3));

    private protected override Gen<FlawedInput<Activity, ActivityInput, ActivityFlaw>> Flawed(ActivityFlaw flaw) => flaw switch
    {
        ActivityFlaw.BlankIdentifier => Gen.Select(Input, Values.Blank).Select((i, b) => Flaw(i with { Identifier = b }, flaw, ProblemCodes.Required, "identifier")),
        ActivityFlaw.ForbiddenCharacterInIdentifier => Gen.Select(Input, Gen.OneOf(' ', '#', 'é', ',', '?')).Select((i, c) =>
            Flaw(i with { Identifier = "a" + c + i.Identifier }, flaw, ProblemCodes.InvalidFormat, "identifier")),
        ActivityFlaw.IdentifierTooLong => Gen.Select(Input, Gen.Int[101, 150]).Select((i, n) => Flaw(i with { Identifier = new string('a', n) }, flaw, ProblemCodes.TooLong, "identifier")),
        ActivityFlaw.BlankTitle => Gen.Select(Input, Values.Blank).Select((i, b) => Flaw(i with { Title = b }, flaw, ProblemCodes.Required, "title")),
        ActivityFlaw.TitleTooLong => Gen.Select(Input, Gen.Int[501, 600]).Select((i, n) => Flaw(i with { Title = new string('t', n) }, flaw, ProblemCodes.TooLong, "title")),
        ActivityFlaw.OnlineStudyVisit => Input.Select(i => Flaw(i with { Type = ActivityType.StudyVisit, Venue = Venue.Online }, flaw, ProblemCodes.NotAllowed, "venue")),
        ActivityFlaw.NegativeExperts => Gen.Select(Input, Gen.Int[int.MinValue, -1]).Select((i, n) => Flaw(i with { Experts = n }, flaw, ProblemCodes.OutOfRange, "experts")),
        ActivityFlaw.DuplicateBeneficiary => Gen.Select(Input, Generate.Institution.Valid).Select((i, extra) =>
        {
            var list = i.Beneficiaries.IsEmpty ? [extra] : i.Beneficiaries;
            return Flaw(i with { Beneficiaries = list.Add(list[0]) }, flaw, ProblemCodes.Duplicate, $"beneficiaries[{list.Length}]");
        }),
        ActivityFlaw.BlankTopic => Gen.Select(Input, Gen.OneOf(string.Empty, " ", "\t")).Select((i, b) =>
            Flaw(i with { Topics = i.Topics.Add(b) }, flaw, ProblemCodes.Required, $"topics[{i.Topics.Length}]")),
        _ => Gen.Select(Input, Generate.Donor.Valid).Select((i, extra) =>
        {
            var list = i.Funding.IsEmpty ? [FundingSource.From(extra)] : i.Funding;
            return Flaw(i with { Funding = list.Add(FundingSource.From(list[0].Donor)) }, flaw, ProblemCodes.Duplicate, $"funding[{list.Length}]");
        }),
    };

    /// <summary>
    /// Valid activities that fit a context: identifiers starting with <paramref name="prefix"/>, periods from
    /// <paramref name="periods"/>, venues and beneficiaries in <paramref name="places"/>, participants from
    /// <paramref name="participantCountries"/>, funded by some of <paramref name="donors"/>, serving the themes of
    /// <paramref name="themes"/>.
    /// </summary>
    internal static Gen<ActivityInput> Fitting(
        string prefix,
        Gen<ActivityPeriod> periods,
        Gen<Country> places,
        Gen<Country[]> participantCountries,
        Gen<Donor[]> donors,
        Gen<ThematicArea[]> themes) =>
        from identifier in Values.Identifier
        from type in Gen.Enum<ActivityType>()
        from title in Values.Name
        from period in periods
        from venue in VenueGenerator.In(places).Null(0.2)
        from beneficiaries in InstitutionGenerator.In(places).Array[0, 3]
        from participants in ParticipantsGenerator.From(participantCountries).Null(0.2)
        from experts in Gen.Int[0, 20].Nullable(0.5)
        from topics in Values.Name.Array[0, 3]
        from topicCountries in Values.Countries(0, 3)
        from funders in donors
        from picks in Gen.Int[0, 1000].Array[funders.Length]
        from dialogues in Values.SubsetOf(Enum.GetValues<MigrationDialogue>(), 2)
        from documents in Generate.DocumentLink.Valid.Array[0, 2]
        from summary in Values.OptionalName
        from thematicAreas in themes
        select new ActivityInput(
            prefix + identifier,
            type,
            title,
            period,
            venue is null ? null : type == ActivityType.StudyVisit && venue.Mode == VenueMode.Online ? null : venue.Create().OrThrow(),
            [.. beneficiaries.Select(b => b.Create().OrThrow()).Distinct()],
            participants?.Create().OrThrow(),
            experts,
            [.. topics],
            [.. topicCountries],
            [.. funders.Select((d, i) => Funding(d, picks[i]))],
            [.. dialogues],
            [.. documents],
            summary,
            [.. thematicAreas]);

    /// <summary>Exact periods of one to five days between two dates.</summary>
    internal static Gen<ActivityPeriod> Between(LocalDate first, LocalDate last)
    {
        var span = Period.Between(first, last, PeriodUnits.Days).Days;
        return Gen.Select(Gen.Int[0, span], Gen.Int[1, 5]).Select((offset, days) =>
        {
            var start = first.PlusDays(offset);
            var end = start.PlusDays(days - 1);
            return ActivityPeriod.Exact(start, end > last ? last : end);
        });
    }

    private static FundingSource Funding(Donor donor, int pick)
    {
        var programme = (pick % (donor.Programmes.Length + 1)) - 1;
        return programme < 0 ? FundingSource.From(donor) : FundingSource.Through(donor, donor.Programmes[programme]).OrThrow();
    }

    private static Donor[] Distinct(Donor[] donors) => [.. donors.Distinct()];
}
