using System.Collections.Immutable;
using CsCheck;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;

namespace StAMM.Domain.Json.Tests;

/// <summary>CsCheck generators of valid domain values, made through the domain's factories.</summary>
internal static class Generators
{
    // Letters beyond ASCII, quotes, backslash and markup characters exercise the JSON escaping.
    private const string TextChars = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 ćčšžđĆŠ–'\"\\<>&/€ü";

    public static readonly Gen<string> Text = Gen.String[Gen.Char[TextChars], 1, 40].Select(s => s.Trim()).Where(s => s.Length > 0);

    public static readonly Gen<string> ShortText = Gen.String[Gen.Char[TextChars], 1, 12].Select(s => s.Trim()).Where(s => s.Length > 0);

    public static readonly Gen<string> Identifier = Gen.String[Gen.Char["abcXYZ0189-_.:/"], 1, 24];

    public static readonly Gen<Country> Country = Gen.Int[0, Geography.Country.All.Length - 1].Select(i => Geography.Country.All[i]);

    public static readonly Gen<Currency> Currency = Gen.Int[0, Finance.Currency.All.Length - 1].Select(i => Finance.Currency.All[i]);

    public static readonly Gen<IatiRegion> Region = Gen.Int[0, IatiRegion.All.Length - 1].Select(i => IatiRegion.All[i]);

    public static readonly Gen<LocalDate> Date = Gen.Int[1990, 2040].SelectMany(y => Gen.Int[1, 12].SelectMany(m =>
        Gen.Int[1, CalendarSystem.Iso.GetDaysInMonth(y, m)].Select(d => new LocalDate(y, m, d))));

    public static readonly Gen<PartialDate> PartialDate = Gen.OneOf(
        Date.Select(Time.PartialDate.OfDay),
        Date.Select(d => Time.PartialDate.OfMonth(d.ToYearMonth())));

    public static readonly Gen<DateInterval> Interval = Date.SelectMany(start => Gen.Int[0, 800].Select(n => new DateInterval(start, start.PlusDays(n))));

    public static readonly Gen<ImmutableArray<Country>> Countries = Country.HashSet[1, 6].Select(s => s.OrderBy(c => c).ToImmutableArray());

    public static readonly Gen<GeographicScope> Scope = Gen.Int[1, 3].SelectMany(k => Countries.SelectMany(countries =>
    {
        var kind = (ScopeKind)k;
        var list = kind switch
        {
            ScopeKind.National => [countries[0]],
            ScopeKind.MultiCountry when countries.Length < 2 => [countries[0], countries[0] == Geography.Country.Albania ? Geography.Country.Serbia : Geography.Country.Albania],
            _ => countries,
        };
        return Gen.Bool.SelectMany(withShares => Gen.Bool.SelectMany(withRegion => Region.Select(region =>
        {
            var shares = withShares ? Shares(list) : null;
            return GeographicScope.Create(kind, list, shares, kind == ScopeKind.Regional && withRegion ? region : null).OrThrow();
        })));
    }));

    public static readonly Gen<OrganisationIdentifier> OrganisationIdentifier =
        Gen.OneOf("XM-DAC", "CH", "CZ-ICO", "GB-COH").SelectMany(prefix => Gen.Int[1, 999_999].Select(n => Organisations.OrganisationIdentifier.Parse($"{prefix}-{n}")));

    public static readonly Gen<Organisation> Organisation =
        Gen.Select(Text, Gen.Enum<OrganisationType>(), OrNull(ShortText), OrNull(OrganisationIdentifier), OrNull(Country))
            .Select((name, type, acronym, id, country) => Organisations.Organisation.Create(name, type, acronym, id, country).OrThrow());

    public static readonly Gen<FundingProgramme> Programme =
        Gen.Select(Text, OrNull(Text)).Select((name, local) => FundingProgramme.Create(name, local).OrThrow());

    public static readonly Gen<Donor> Donor = Gen.Select(Organisation, Programme.Array[0, 3])
        .Select((organisation, programmes) => Organisations.Donor.Create(organisation, programmes.Distinct()).OrThrow());

    public static readonly Gen<Money> Money = Gen.Select(Gen.Long[-1_000_000_000_000, 1_000_000_000_000], Gen.Int[0, 4], Currency)
        .Select((units, scale, currency) => Finance.Money.Of(units / (decimal)Math.Pow(10, scale), currency));

    public static readonly Gen<Earmarks> Earmarks = Gen.Select(Country.Array[0, 3], Gen.Enum<ActivityType>().Array[0, 3], Gen.Enum<ThematicArea>().Array[0, 3])
        .Select((c, a, t) => Finance.Earmarks.Create(c, a, t));

    public static readonly Gen<Contribution> Contribution = Donor.SelectMany(donor => Gen.Select(
            donor.Programmes.IsEmpty ? Gen.Const((FundingProgramme?)null) : Gen.OneOf(Gen.Const((FundingProgramme?)null), Gen.OneOf([.. donor.Programmes]).Select(p => (FundingProgramme?)p)),
            OrNull(Money.Where(m => m.Amount > 0)),
            OrNull(Interval),
            Earmarks)
        .Select((programme, amount, period, earmarks) => Finance.Contribution.Create(donor, programme, amount, period, earmarks).OrThrow()));

    public static readonly Gen<ProjectPeriod> ProjectPeriod = PartialDate.SelectMany(start => Gen.OneOf(
        Gen.Const(Time.ProjectPeriod.StartingIn(start)),
        Gen.Int[0, 2000].SelectMany(days => Gen.Bool.Select(monthly =>
        {
            var endDay = start.LastDay.PlusDays(days);
            var end = monthly ? Time.PartialDate.OfMonth(endDay.ToYearMonth()) : Time.PartialDate.OfDay(endDay);
            return Time.ProjectPeriod.Create(start, end).OrThrow();
        }))));

    public static readonly Gen<SexBreakdown> SexBreakdown = Gen.Select(Gen.Int[0, 500], Gen.Int[0, 500], Gen.Int[0, 20])
        .Select((f, m, o) => Activities.SexBreakdown.Create(f, m, o).OrThrow());

    public static readonly Gen<DocumentLink> Document = Gen.Select(
            Text,
            Gen.OneOf(Gen.Int[1, 12].Select(n => $"A{n:00}"), Gen.Int[1, 18].Select(n => $"B{n:00}")),
            OrNull(Gen.Select(Gen.OneOf("http", "https"), Identifier).Select((scheme, path) => new Uri($"{scheme}://example.org/{Uri.EscapeDataString(path)}"))),
            OrNull(PartialDate))
        .Select((title, category, url, published) => DocumentLink.Create(title, category, url, published).OrThrow());

    public static readonly Gen<Venue> Venue = Gen.OneOf(
        Gen.Const(Activities.Venue.Online),
        Gen.Select(ShortText, Country).Select((city, country) => Activities.Venue.InPerson(city, country).OrThrow()),
        Gen.Select(ShortText, Country).Select((city, country) => Activities.Venue.Hybrid(city, country).OrThrow()));

    public static readonly Gen<ActivityPeriod> ActivityPeriod = Gen.OneOf(
        Interval.Select(Time.ActivityPeriod.Exact),
        Date.Select(d => Time.ActivityPeriod.InMonth(d.ToYearMonth())));

    public static Gen<Institution> InstitutionIn(Gen<Country> countries) => Gen.Select(countries, Gen.Int[0, 2]).SelectMany((country, depth) =>
        Chain(country, depth));

    public static readonly Gen<Institution> Institution = InstitutionIn(Country);

    public static Gen<Participants> ParticipantsFrom(ImmutableArray<Country> allowed) =>
        Subset(allowed).SelectMany(countries => Gen.Select(
                Gen.Int[0, 3],
                Gen.Int[0, 40].Array[countries.Length],
                Gen.Int[0, 100],
                OrNull(Text))
            .SelectMany((mode, perCountry, total, description) =>
            {
                // mode 0: nothing counted; 1: a total; 2: a total with its split by country; 3: a total split by sex.
                var sum = perCountry.Sum();
                var count = mode switch { 0 => (int?)null, 2 => sum, _ => total };
                var byCountry = mode == 2 ? countries.Zip(perCountry).ToDictionary(p => p.First, p => p.Second) : null;
                return (mode == 3 ? Gen.Int[0, total].Select(f => (SexBreakdown?)Activities.SexBreakdown.Create(f, total - f).OrThrow()) : Gen.Const((SexBreakdown?)null))
                    .Select(bySex => Activities.Participants.Create(count, countries, byCountry, bySex, description).OrThrow());
            }));

    public static readonly Gen<Participants> Participants = Countries.SelectMany(ParticipantsFrom);

    public static Gen<FundingSource> FundingFrom(Donor donor) => donor.Programmes.IsEmpty
        ? Gen.Const(Activities.FundingSource.From(donor))
        : Gen.OneOf(Gen.Const(Activities.FundingSource.From(donor)), Gen.OneOf([.. donor.Programmes]).Select(p => Activities.FundingSource.Through(donor, p).OrThrow()));

    public static readonly Gen<FundingSource> FundingSource = Donor.SelectMany(FundingFrom);

    /// <summary>Activities that fit a project: dates within its period, people and institutions from its scope, funded by its donors.</summary>
    public static Gen<Activity> ActivityIn(ProjectPeriod period, GeographicScope scope, ImmutableArray<Donor> donors, ImmutableArray<ThematicArea> themes, string identifier)
    {
        var first = period.Start.FirstDay;
        var last = period.End?.LastDay ?? first.PlusDays(1500);
        var span = Period.Between(first, last, PeriodUnits.Days).Days;
        var countries = scope.Countries.ToImmutableArray();
        var dates = Gen.Int[0, span].SelectMany(a => Gen.Int[0, 5].SelectMany(b => Gen.Bool.Select(monthly =>
        {
            var start = first.PlusDays(a);
            var month = Time.ActivityPeriod.InMonth(start.ToYearMonth());
            if (monthly && period.Contains(month.Dates))
            {
                return month;
            }

            var end = start.PlusDays(b);
            return Time.ActivityPeriod.Exact(start, end > last ? last : end);
        })));
        var funding = donors.IsEmpty
            ? Gen.Const(ImmutableArray<FundingSource>.Empty)
            : Subset(donors).SelectMany(chosen => Sequence(chosen.Select(FundingFrom)));
        var beneficiaries = InstitutionIn(Gen.OneOf([.. countries])).Array[0, 3].Select(a => a.Distinct().ToImmutableArray());
        return Gen.Select(Gen.Enum<ActivityType>(), Text, dates, OrNull(Venue), beneficiaries, ParticipantsFrom(countries), OrNullValue(Gen.Int[0, 30]))
            .SelectMany((type, title, when, venue, institutions, participants, experts) => Gen.Select(
                    Text.Array[0, 3],
                    Country.Array[0, 3],
                    funding,
                    Gen.Enum<MigrationDialogue>().Array[0, 2],
                    Document.Array[0, 2],
                    OrNull(Text),
                    themes.IsEmpty ? Gen.Const(Array.Empty<ThematicArea>()) : Gen.OneOf([.. themes]).Array[0, 2])
                .Select((topics, topicCountries, sources, dialogues, documents, summary, thematicAreas) => Activities.Activity.Create(
                    identifier,
                    type,
                    title,
                    when,
                    type == ActivityType.StudyVisit && venue?.Mode == VenueMode.Online ? null : venue,
                    institutions,
                    participants,
                    experts,
                    topics,
                    topicCountries,
                    sources,
                    dialogues,
                    documents,
                    summary,
                    thematicAreas).OrThrow()));
    }

    public static readonly Gen<Activity> Activity = Gen.Select(ProjectPeriod, Scope, Donor.Array[0, 2], Identifier)
        .SelectMany((period, scope, donors, id) => ActivityIn(period, scope, [.. donors.Distinct()], [.. Enum.GetValues<ThematicArea>()], id));

    public static readonly Gen<TechnicalAssistanceProject> Project = Gen.Select(Scope, ProjectPeriod, Contribution.Array[0, 3], Gen.Enum<ProjectStatus>(), Organisation)
        .SelectMany((scope, period, contributions, status, implementer) =>
        {
            var donors = contributions.Select(c => c.Donor).Distinct().ToImmutableArray();
            var closedPeriod = status == ProjectStatus.Closed && period.End is null
                ? Time.ProjectPeriod.Create(period.Start, Time.PartialDate.OfDay(period.Start.LastDay.PlusDays(400))).OrThrow()
                : period;
            return Gen.Enum<ThematicArea>().Array[0, 3].SelectMany(themes => Gen.Int[0, 4]
                .SelectMany(n => Sequence(Enumerable.Range(0, n).Select(i => ActivityIn(closedPeriod, scope, donors, [.. themes], $"activity-{i}"))))
                .SelectMany(activities => Gen.Select(Identifier, ShortText, Text, Text.Array[0, 2], OrNull(Text), OrNull(Text), Gen.Bool)
                    .Select((id, acronym, title, alternatives, summary, objective, open) => TechnicalAssistanceProject.Create(
                        id, acronym, title, scope, status, closedPeriod, implementer, contributions, activities, themes, alternatives, summary, objective, open).OrThrow())));
        });

    private static Gen<Institution> Chain(Country country, int depth) => Gen.Select(Text, Gen.Enum<InstitutionType>(), OrNull(ShortText))
        .SelectMany((name, type, acronym) => (depth == 0 ? Gen.Const((Institution?)null) : Chain(country, depth - 1).Select(p => (Institution?)p))
            .Select(parent => Organisations.Institution.Create(name, country, type, parent, acronym).OrThrow()));

    private static Gen<ImmutableArray<T>> Subset<T>(ImmutableArray<T> items) =>
        Gen.Bool.Array[items.Length].Select(mask => items.Where((_, i) => mask[i]).ToImmutableArray());

    private static Gen<ImmutableArray<T>> Sequence<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(ImmutableArray<T>.Empty), (all, gen) => all.SelectMany(list => gen.Select(list.Add)));

    private static (Country, decimal)[] Shares(IReadOnlyList<Country> countries)
    {
        var each = Math.Round(100m / countries.Count, 2);
        return [.. countries.Select((c, i) => (c, i == countries.Count - 1 ? 100m - (each * (countries.Count - 1)) : each))];
    }

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class => Gen.OneOf(Gen.Const(default(T?)), gen.Select(x => (T?)x));

    private static Gen<T?> OrNullValue<T>(Gen<T> gen)
        where T : struct => Gen.OneOf(Gen.Const(default(T?)), gen.Select(x => (T?)x));
}
