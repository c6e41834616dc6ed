using System.Collections.Immutable;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Testing;

/// <summary>
/// Builds an <see cref="Activity"/>. The default is a three-day in-person training in Sarajevo, 13-15 April 2026, for
/// the Ministry of Security of Bosnia and Herzegovina, with 20 participants from the beneficiaries' countries, funded by SEM.
/// </summary>
/// <remarks>
/// <para>Immutable: every method returns a new builder. Start with <see cref="An.Activity"/>.</para>
/// <para>Unless set with <see cref="WithParticipants(int?, IEnumerable{Country}?, string?)"/>, the participants' countries
/// are the beneficiaries' countries, so <c>.For(kosovoMinistry)</c> also brings participants from Kosovo.</para>
/// <para>Problems of the parts are reported with the factory's paths: <c>venue.city</c>, <c>participants.count</c>,
/// <c>beneficiaries[0].name</c>, <c>funding[1].programme</c>. The activity's own checks run when its parts are valid.</para>
/// </remarks>
public sealed class ActivityBuilder : ITestDataBuilder<Activity>
{
    private readonly State _state;

    /// <summary>A builder with the default three-day training in Sarajevo.</summary>
    public ActivityBuilder()
        : this(new State(
            Identifier: "2026-04-sarajevo-training",
            Type: ActivityType.Training,
            Title: "Training on asylum procedures",
            Summary: null,
            Start: new LocalDate(2026, 4, 13),
            Days: 3,
            Month: null,
            VenueMode: VenueMode.InPerson,
            City: "Sarajevo",
            VenueCountry: Country.BosniaAndHerzegovina,
            Beneficiaries: [Parts.Of(Stamm.MinistryOfSecurityOfBosniaAndHerzegovina)],
            Participants: new ParticipantsSpec(20, null, null, null, null),
            Experts: null,
            Topics: [],
            TopicCountries: [],
            Funding: [Parts.Of(FundingSource.From(Stamm.StateSecretariatForMigration))],
            Dialogues: [],
            Documents: [],
            ThematicAreas: []))
    {
    }

    private ActivityBuilder(State state) => _state = state;

    /// <summary>A builder that starts from an existing activity, such as <see cref="Stamm.NegotiationSkillsTraining"/>, to change one thing of it.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The builder.</returns>
    public static ActivityBuilder Like(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var p = activity.Participants;
        var exact = activity.Period.Precision == DatePrecision.Day;
        return new(new State(
            activity.Identifier,
            activity.Type,
            activity.Title,
            activity.Summary,
            activity.Period.Start,
            exact ? activity.Period.Dates.Length : 1,
            exact ? null : activity.Period.Start.ToYearMonth(),
            activity.Venue?.Mode,
            activity.Venue?.City,
            activity.Venue?.Country,
            [.. activity.Beneficiaries.Select(Parts.Of)],
            ReferenceEquals(p, Participants.Unknown) ? null : new ParticipantsSpec(p.Count, [.. p.Countries], p.CountByCountry, p.BySex is null ? null : Parts.Of(p.BySex), p.Description),
            activity.Experts,
            activity.Topics,
            [.. activity.TopicCountries],
            [.. activity.Funding.Select(Parts.Of)],
            [.. activity.Dialogues],
            activity.Documents,
            [.. activity.ThematicAreas]));
    }

    /// <summary>Sets the identifier.</summary>
    /// <param name="identifier">The identifier; blank or with other characters than letters, digits and <c>- _ . : /</c> is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder WithIdentifier(string? identifier) => new(_state with { Identifier = identifier });

    /// <summary>Sets the format.</summary>
    /// <param name="type">The activity type.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder OfType(ActivityType type) => new(_state with { Type = type });

    /// <summary>Sets the title.</summary>
    /// <param name="title">The title; blank is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder Titled(string? title) => new(_state with { Title = title });

    /// <summary>Sets the summary.</summary>
    /// <param name="summary">The summary, or null for none.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder WithSummary(string? summary) => new(_state with { Summary = summary });

    /// <summary>Moves the first day, keeping the number of days (and making the days exact).</summary>
    /// <param name="start">The first day.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder StartingOn(LocalDate start) => new(_state with { Start = start, Month = null });

    /// <summary>Sets the number of days, keeping the first day (and making the days exact).</summary>
    /// <param name="days">The number of calendar days, at least one.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than one.</exception>
    public ActivityBuilder Lasting(int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return new(_state with { Days = days, Month = null });
    }

    /// <summary>Sets the period to a month, for an output whose days are not known (such as a report).</summary>
    /// <param name="month">The month.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder InMonth(YearMonth month) => new(_state with { Month = month, Start = month.OnDayOfMonth(1) });

    /// <summary>Makes it an in-person activity at a place.</summary>
    /// <param name="city">The city; blank is a problem when built.</param>
    /// <param name="country">The country.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder InPerson(string? city, Country country) => AtPlace(VenueMode.InPerson, city, country);

    /// <summary>Makes it a hybrid activity: in person at a place, with online participation.</summary>
    /// <param name="city">The city; blank is a problem when built.</param>
    /// <param name="country">The country.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder Hybrid(string? city, Country country) => AtPlace(VenueMode.Hybrid, city, country);

    /// <summary>Makes it an online activity.</summary>
    /// <returns>A new builder.</returns>
    public ActivityBuilder Online() => new(_state with { VenueMode = VenueMode.Online, City = null, VenueCountry = null });

    /// <summary>Removes the venue, as for a desk report.</summary>
    /// <returns>A new builder.</returns>
    public ActivityBuilder WithoutVenue() => new(_state with { VenueMode = null, City = null, VenueCountry = null });

    /// <summary>Makes <paramref name="institution"/> the only beneficiary.</summary>
    /// <param name="institution">The beneficiary institution.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder For(Institution institution) => new(_state with { Beneficiaries = [Parts.Of(institution)] });

    /// <summary>Makes the institution another builder makes the only beneficiary.</summary>
    /// <param name="institution">The institution's builder; its problems are reported below <c>beneficiaries[0]</c>.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder For(InstitutionBuilder institution) => new(_state with { Beneficiaries = [Parts.Built(institution)] });

    /// <summary>Adds a beneficiary.</summary>
    /// <param name="institution">The institution; naming one twice is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder AlsoFor(Institution institution) => new(_state with { Beneficiaries = _state.Beneficiaries.Add(Parts.Of(institution)) });

    /// <summary>Removes every beneficiary.</summary>
    /// <returns>A new builder.</returns>
    public ActivityBuilder WithoutBeneficiaries() => new(_state with { Beneficiaries = [] });

    /// <summary>Describes the participants.</summary>
    /// <param name="count">How many, or null when not known; negative is a problem when built.</param>
    /// <param name="countries">Their countries, or null for the beneficiaries' countries.</param>
    /// <param name="description">Who they are, in words.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder WithParticipants(int? count, IEnumerable<Country>? countries = null, string? description = null) =>
        new(_state with { Participants = new ParticipantsSpec(count, countries?.ToImmutableArray(), null, null, description) });

    /// <summary>Sets the participants to a value made already.</summary>
    /// <param name="participants">The participants.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder WithParticipants(Participants participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        return new(_state with
        {
            Participants = new ParticipantsSpec(participants.Count, [.. participants.Countries], participants.CountByCountry, participants.BySex is null ? null : Parts.Of(participants.BySex), participants.Description),
        });
    }

    /// <summary>Adds how many participants were women, men and others; with a known count they must add up to it.</summary>
    /// <param name="female">Women.</param>
    /// <param name="male">Men.</param>
    /// <param name="other">Others.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder WithParticipantsBySex(int female, int male, int other = 0) =>
        new(_state with { Participants = (_state.Participants ?? new ParticipantsSpec(null, null, null, null, null)) with { BySex = () => SexBreakdown.Create(female, male, other) } });

    /// <summary>Says nothing about the participants (<see cref="Participants.Unknown"/>).</summary>
    /// <returns>A new builder.</returns>
    public ActivityBuilder WithUnknownParticipants() => new(_state with { Participants = null });

    /// <summary>Sets how many experts are deployed.</summary>
    /// <param name="experts">The number, or null when not known; negative is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder WithExperts(int? experts) => new(_state with { Experts = experts });

    /// <summary>Sets the subjects covered.</summary>
    /// <param name="topics">The subjects, in words; a blank one is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder WithTopics(params string[] topics) => new(_state with { Topics = [.. topics] });

    /// <summary>Sets the countries the subjects concern, such as countries of origin.</summary>
    /// <param name="countries">The countries.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder About(params Country[] countries) => new(_state with { TopicCountries = [.. countries] });

    /// <summary>Sets the themes it serves (none by default: not known).</summary>
    /// <param name="themes">The themes; in a project, one that is not among the project's is a problem when the project is built.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder WithThemes(params ThematicArea[] themes) => new(_state with { ThematicAreas = [.. themes] });

    /// <summary>Makes <paramref name="donor"/> the only funder, funding directly.</summary>
    /// <param name="donor">The donor.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder FundedBy(Donor donor) => new(_state with { Funding = [Parts.Of(FundingSource.From(donor))] });

    /// <summary>Makes <paramref name="donor"/> the only funder, through one of its programmes.</summary>
    /// <param name="donor">The donor.</param>
    /// <param name="programme">The programme; one that is not the donor's is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder FundedBy(Donor donor, FundingProgramme programme) => new(_state with { Funding = [() => FundingSource.Through(donor, programme)] });

    /// <summary>Adds a funder, funding directly.</summary>
    /// <param name="donor">The donor; naming one twice is a problem when built.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder AlsoFundedBy(Donor donor) => new(_state with { Funding = _state.Funding.Add(Parts.Of(FundingSource.From(donor))) });

    /// <summary>Removes every funder.</summary>
    /// <returns>A new builder.</returns>
    public ActivityBuilder WithoutFunding() => new(_state with { Funding = [] });

    /// <summary>Sets the migration dialogues it serves.</summary>
    /// <param name="dialogues">The dialogues.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder Serving(params MigrationDialogue[] dialogues) => new(_state with { Dialogues = [.. dialogues] });

    /// <summary>Adds a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>A new builder.</returns>
    public ActivityBuilder WithDocument(DocumentLink document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(_state with { Documents = _state.Documents.Add(document) });
    }

    /// <inheritdoc />
    public ValidationResult<Activity> Build()
    {
        var s = _state;
        var parts = new Parts();
        var period = s.Month is { } month ? ActivityPeriod.InMonth(month) : ActivityPeriod.Exact(s.Start, s.Start.PlusDays(s.Days - 1));
        var venue = s.VenueMode switch
        {
            null => null,
            VenueMode.Online => Venue.Online,
            VenueMode.Hybrid => parts.Take(Venue.Hybrid(s.City, s.VenueCountry!), "venue"),
            _ => parts.Take(Venue.InPerson(s.City, s.VenueCountry!), "venue"),
        };
        var beneficiaries = parts.TakeAll(s.Beneficiaries, "beneficiaries");
        var participants = Participants.Unknown;
        if (s.Participants is { } p)
        {
            var bySex = p.BySex is null ? null : parts.Take(p.BySex(), "participants.bySex");
            var countries = p.Countries ?? [.. beneficiaries.Select(b => b.Country).Distinct()];
            participants = parts.Take(Participants.Create(p.Count, countries, p.CountByCountry, bySex, p.Description), "participants") ?? Participants.Unknown;
        }

        var funding = parts.TakeAll(s.Funding, "funding");
        return parts.Then(() => Activity.Create(
            s.Identifier,
            s.Type,
            s.Title,
            period,
            venue,
            beneficiaries,
            participants,
            s.Experts,
            s.Topics,
            s.TopicCountries,
            funding,
            s.Dialogues,
            s.Documents,
            s.Summary,
            s.ThematicAreas));
    }

    /// <inheritdoc />
    public Activity BuildValid() => Build().OrThrow();

    private ActivityBuilder AtPlace(VenueMode mode, string? city, Country country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return new(_state with { VenueMode = mode, City = city, VenueCountry = country });
    }

    private sealed record ParticipantsSpec(
        int? Count,
        ImmutableArray<Country>? Countries,
        IReadOnlyDictionary<Country, int>? CountByCountry,
        Func<ValidationResult<SexBreakdown>>? BySex,
        string? Description);

    private sealed record State(
        string? Identifier,
        ActivityType Type,
        string? Title,
        string? Summary,
        LocalDate Start,
        int Days,
        YearMonth? Month,
        VenueMode? VenueMode,
        string? City,
        Country? VenueCountry,
        ImmutableArray<Func<ValidationResult<Institution>>> Beneficiaries,
        ParticipantsSpec? Participants,
        int? Experts,
        ImmutableArray<string> Topics,
        ImmutableArray<Country> TopicCountries,
        ImmutableArray<Func<ValidationResult<FundingSource>>> Funding,
        ImmutableArray<MigrationDialogue> Dialogues,
        ImmutableArray<DocumentLink> Documents,
        ImmutableArray<ThematicArea> ThematicAreas);
}
