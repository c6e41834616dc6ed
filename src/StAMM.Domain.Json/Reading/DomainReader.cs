using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Json.Contracts;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Reading;

/// <summary>
/// Reads each domain type from its JSON form, through the domain's validating factories only. Every reader has the
/// shape <c>(walk, element, path) =&gt; value or null</c>; null means problems were recorded. A factory is called
/// once every property of its object could be read, so its own checks add to the structural problems; it is never
/// called with a value made up for a missing or broken one.
/// </summary>
internal static partial class DomainReader
{
    public static readonly Discriminated<Venue> Venues = new(
        VenueContract.Discriminator,
        "venue mode",
        [
            new(InPersonVenueContract.Mode, o => AtPlace(o, Venue.InPerson)),
            new(HybridVenueContract.Mode, o => AtPlace(o, Venue.Hybrid)),
            new(OnlineVenueContract.Mode, o =>
            {
                o.Finish();
                return Venue.Online;
            }),
        ]);

    public static readonly Discriminated<ActivityPeriod> ActivityPeriods = new(
        ActivityPeriodContract.Discriminator,
        "period precision",
        [
            new(DaysPeriodContract.Precision, Days),
            new(MonthPeriodContract.Precision, o =>
            {
                var month = o.Month("month", required: true);
                o.Finish();
                return month is { } m ? ActivityPeriod.InMonth(m) : null;
            }),
        ]);

    public static Organisation? Organisation(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var name = o.String("name", required: true);
        var acronym = o.String("acronym");
        OrganisationIdentifier? identifier = null;
        if (o.TryGet("identifier", required: false, out var idElement, out var idPath))
        {
            identifier = walk.String(idElement, idPath) is { } idText ? walk.Take(OrganisationIdentifier.Create(idText), idPath) : null;
            if (identifier is null)
            {
                o.Fail();
            }
        }

        var type = o.Enum<OrganisationType>("type", required: true);
        var country = o.Country("country");
        var ok = !o.Failed;
        o.Finish();
        return ok
            ? walk.Take(Domain.Organisations.Organisation.Create(name, type!.Value, acronym, identifier, country), path)
            : null;
    }

    public static FundingProgramme? Programme(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var name = o.String("name", required: true);
        var localName = o.String("localName");
        var ok = !o.Failed;
        o.Finish();
        return ok ? walk.Take(FundingProgramme.Create(name, localName), path) : null;
    }

    public static Donor? Donor(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var organisation = o.Read("organisation", required: true, Organisation);
        var programmes = o.Array("programmes", Programme);
        var ok = !o.Failed;
        o.Finish();
        return ok ? walk.Take(Domain.Organisations.Donor.Create(organisation!, programmes!.Value), path) : null;
    }

    public static Money? Money(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var amount = o.Decimal("amount", required: true);
        Currency? currency = null;
        if (o.TryGet("currency", required: true, out var c, out var cPath))
        {
            currency = walk.Currency(c, cPath) ?? Failed<Currency>(o);
        }

        o.Finish();
        return amount is { } a && currency is not null ? Finance.Money.Of(a, currency) : null;
    }

    public static DateInterval? Interval(JsonWalk walk, JsonElement element, ValuePath path) =>
        walk.Object(element, path) is { } o ? Interval(o) : null;

    /// <summary>Reads <c>start</c> and <c>end</c>, two days of which the end is not before the start: a contribution's period, an activity's days.</summary>
    public static DateInterval? Interval(ObjectReader o)
    {
        var start = o.Date("start", required: true);
        var end = o.Date("end", required: true);
        o.Finish();
        if (start is not { } s || end is not { } e)
        {
            return null;
        }

        if (e < s)
        {
            o.Walk.Add(ProblemCodes.EndBeforeStart, JsonPath.Property(o.Path, "end"), $"The end {IsoText.Date(e)} lies before the start {IsoText.Date(s)}.");
            return null;
        }

        return new DateInterval(s, e);
    }

    public static Earmarks? Earmarks(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var countries = o.Countries("countries");
        var types = o.EnumArray<ActivityType>("activityTypes");
        var themes = o.EnumArray<ThematicArea>("themes");
        o.Finish();
        return countries is { } c && types is { } t && themes is { } th ? Finance.Earmarks.Create(c, t, th) : null;
    }

    public static Contribution? Contribution(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var donor = o.Read("donor", required: true, Donor);
        var programme = o.Read("programme", required: false, Programme);
        var amount = o.Read("amount", required: false, Money);
        var period = o.Read("period", required: false, Interval);
        var earmarks = o.Read("earmarks", required: false, Earmarks);
        var ok = !o.Failed;
        o.Finish();
        return ok
            ? walk.Take(Finance.Contribution.Create(donor!, programme, amount, period, earmarks), path)
            : null;
    }

    public static ProjectPeriod? ProjectPeriod(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var start = o.PartialDate("start", required: true);
        var end = o.PartialDate("end", required: false);
        var ok = !o.Failed;
        o.Finish();
        return ok ? walk.Take(Time.ProjectPeriod.Create(start!, end), path) : null;
    }

    public static GeographicScope? Scope(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var kind = o.Enum<ScopeKind>("kind", required: true);
        var countries = o.Countries("countries", required: true);
        var shares = o.Array("shares", Share);
        IatiRegion? region = null;
        var regionCode = o.Int("region");
        var rPath = JsonPath.Property(path, "region");
        if (regionCode is { } code)
        {
            if (!IatiRegion.TryFromCode(code, out region))
            {
                o.Fail();
                walk.Add(ProblemCodes.UnknownCode, rPath, $"{code} is not a code of the IATI Region codelist (such as 89 for 'Europe, regional').");
            }
        }

        var ok = !o.Failed;
        o.Finish();
        return ok
            ? walk.Take(GeographicScope.Create(kind!.Value, countries!.Value, shares!.Value.Select(s => (s.Country, s.Percentage)), region), path)
            : null;
    }

    public static ShareInput? Share(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var country = o.Country("country", required: true);
        var percentage = o.Decimal("percentage", required: true);
        o.Finish();
        return country is not null && percentage is { } p ? new ShareInput(country, p) : null;
    }

    public static Institution? Institution(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var name = o.String("name", required: true);
        var country = o.Country("country", required: true);
        var type = o.Enum<InstitutionType>("type", required: true);
        var parent = o.Read("parent", required: false, Institution);
        var acronym = o.String("acronym");
        var ok = !o.Failed;
        o.Finish();
        return ok
            ? walk.Take(Organisations.Institution.Create(name, country!, type!.Value, parent, acronym), path)
            : null;
    }

    public static SexBreakdown? SexBreakdown(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var female = o.Int("female", required: true);
        var male = o.Int("male", required: true);
        var other = o.Int("other");
        var ok = !o.Failed;
        o.Finish();
        return ok
            ? walk.Take(Activities.SexBreakdown.Create(female!.Value, male!.Value, other ?? 0), path)
            : null;
    }

    public static Participants? Participants(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var count = o.Int("count");
        var countries = o.Countries("countries");
        Dictionary<Country, int>? byCountry = null;
        if (o.TryGet("countByCountry", required: false, out var map, out var mapPath) && (walk.Object(map, mapPath) ?? Failed<ObjectReader>(o)) is { } m)
        {
            byCountry = [];
            foreach (var entry in map.EnumerateObject())
            {
                m.Allow(entry.Name);
                var entryPath = JsonPath.Property(mapPath, entry.Name);
                var key = Country.TryFromCode(entry.Name, out var c) && c.Code == entry.Name ? c : null;
                if (key is null)
                {
                    o.Fail();
                    walk.Add(ProblemCodes.UnknownCode, entryPath, $"'{JsonWalk.Shorten(entry.Name)}' is not a code of the IATI Country codelist.");
                }

                if (walk.Int(entry.Value, entryPath) is not { } n)
                {
                    o.Fail();
                }
                else if (key is not null)
                {
                    byCountry[key] = n;
                }
            }

            // Every key is allowed, so this reports nothing: it lets the walk count the map as seen whole.
            m.Finish();
        }

        var bySex = o.Read("bySex", required: false, SexBreakdown);
        var description = o.String("description");
        var ok = !o.Failed;
        o.Finish();
        return ok
            ? walk.Take(Activities.Participants.Create(count, countries!.Value, byCountry, bySex, description), path)
            : null;
    }

    public static FundingSource? FundingSource(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var donor = o.Read("donor", required: true, Donor);
        var programme = o.Read("programme", required: false, Programme);
        var ok = !o.Failed;
        o.Finish();
        if (!ok)
        {
            return null;
        }

        return programme is null ? Activities.FundingSource.From(donor!) : walk.Take(Activities.FundingSource.Through(donor!, programme), path);
    }

    public static DocumentLink? Document(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var title = o.String("title", required: true);
        var category = o.String("category", required: true);
        Uri? url = null;
        if (o.TryGet("url", required: false, out var u, out var uPath) && (walk.String(u, uPath) ?? Failed<string>(o)) is { } text && !Uri.TryCreate(text, UriKind.Absolute, out url))
        {
            o.Fail();
            walk.Add(ProblemCodes.InvalidFormat, uPath, "A document address is an absolute http or https URL.");
        }

        var published = o.PartialDate("published", required: false);
        var ok = !o.Failed;
        o.Finish();
        return ok ? walk.Take(DocumentLink.Create(title, category, url, published), path) : null;
    }

    public static Activity? Activity(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var identifier = o.String("identifier", required: true);
        var type = o.Enum<ActivityType>("type", required: true);
        var title = o.String("title", required: true);
        var summary = o.String("summary");
        var period = o.Read("period", required: true, ActivityPeriods.Reader);
        var venue = o.Read("venue", required: false, Venues.Reader);
        var beneficiaries = o.Array("beneficiaries", Institution);
        var participants = o.Read("participants", required: false, Participants);
        var experts = o.Int("experts");
        var topics = o.Strings("topics");
        var topicCountries = o.Countries("topicCountries");
        var themes = o.EnumArray<ThematicArea>("thematicAreas");
        var funding = o.Array("funding", FundingSource);
        var dialogues = o.EnumArray<MigrationDialogue>("dialogues");
        var documents = o.Array("documents", Document);
        var ok = !o.Failed;
        o.Finish();
        if (!ok)
        {
            return null;
        }

        return walk.Take(
            Activities.Activity.Create(
                identifier,
                type!.Value,
                title,
                period!,
                venue,
                beneficiaries!.Value,
                participants,
                experts,
                topics!.Value,
                topicCountries!.Value,
                funding!.Value,
                dialogues!.Value,
                documents!.Value,
                summary,
                themes!.Value),
            path);
    }

    /// <summary>Reads the project's own properties (the document header is read by the caller).</summary>
    public static TechnicalAssistanceProject? Project(ObjectReader o)
    {
        var walk = o.Walk;
        var identifier = o.String("identifier", required: true);
        var acronym = o.String("acronym", required: true);
        var title = o.String("title", required: true);
        var alternativeTitles = o.Strings("alternativeTitles");
        var summary = o.String("summary");
        var objective = o.String("objective");
        var themes = o.EnumArray<ThematicArea>("thematicAreas");
        var scope = o.Read("scope", required: true, Scope);
        var status = o.Enum<ProjectStatus>("status", required: true);
        var period = o.Read("period", required: true, ProjectPeriod);
        var implementer = o.Read("implementer", required: true, Organisation);
        var contributions = o.Array("contributions", Contribution);
        var open = o.Bool("openToFurtherDonors");
        var partsOk = !o.Failed;

        // Activities are read one by one, so that the valid ones can still be checked against the project when
        // another is broken; their indexes in the document are kept for the paths of those checks.
        var activities = ImmutableArray.CreateBuilder<Activity>();
        var indexes = new List<int>();
        var activitiesOk = true;
        if (o.TryGet("activities", required: false, out var list, out var listPath))
        {
            if (list.ValueKind == JsonValueKind.Array)
            {
                activities.Capacity = list.GetArrayLength();
                indexes.Capacity = activities.Capacity;
            }

            if (list.ValueKind != JsonValueKind.Array)
            {
                walk.WrongType(listPath, "an array", list);
                partsOk = false;
            }
            else
            {
                var i = 0;
                activitiesOk = true;
                foreach (var item in list.EnumerateArray())
                {
                    if (Activity(walk, item, JsonPath.Index(listPath, i)) is { } activity)
                    {
                        activities.Add(activity);
                        indexes.Add(i);
                    }
                    else
                    {
                        activitiesOk = false;
                    }

                    i++;
                }
            }
        }

        o.Finish();
        if (!partsOk)
        {
            return null;
        }

        var result = TechnicalAssistanceProject.Create(
            identifier,
            acronym,
            title,
            scope!,
            status!.Value,
            period!,
            implementer!,
            contributions!.Value,
            activities.DrainToImmutable(),
            themes!.Value,
            alternativeTitles!.Value,
            summary,
            objective,
            open ?? false);
        if (result.TryPickT0(out var project, out var failure))
        {
            return activitiesOk ? project : null;
        }

        foreach (var problem in failure.Problems)
        {
            var renumbered = Renumber(problem, indexes).Under(o.Path.ToString());
            walk.Add(renumbered.Code, renumbered.Path, renumbered.Message);
        }

        return null;
    }

    /// <summary>Maps <c>activities[k]</c> in a problem of the project factory back to the activity's index in the document.</summary>
    private static ValidationProblem Renumber(ValidationProblem problem, List<int> indexes)
    {
        const string prefix = "activities[";
        if (!problem.Path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return problem;
        }

        var close = problem.Path.IndexOf(']', prefix.Length);
        if (close < 0 || !int.TryParse(problem.Path.AsSpan(prefix.Length, close - prefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var k) || k >= indexes.Count)
        {
            return problem;
        }

        var path = JsonPath.Index("activities", indexes[k]) + problem.Path[(close + 1)..];
        return new ValidationProblem(problem.Code, path, problem.Message);
    }

    /// <summary>Marks the object failed and gives null, for use in expressions.</summary>
    private static T? Failed<T>(ObjectReader o)
        where T : class
    {
        o.Fail();
        return null;
    }

    private static Venue? AtPlace(ObjectReader o, Func<string?, Country, Domain.Validation.ValidationResult<Venue>> create)
    {
        var city = o.String("city", required: true);
        var country = o.Country("country", required: true);
        var ok = !o.Failed;
        o.Finish();
        return ok ? o.Walk.Take(create(city, country!), o.Path) : null;
    }

    private static ActivityPeriod? Days(ObjectReader o) => Interval(o) is { } days ? ActivityPeriod.Exact(days.Start, days.End) : null;
}

/// <summary>A share as read from JSON, before <see cref="GeographicScope.Create"/> checks it.</summary>
internal sealed record ShareInput(Country Country, decimal Percentage);
