using System.Text.Json;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Geography;
using StAMM.Domain.Json.Contracts;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Json.Reading;

/// <summary>The readers of the request document's types, through the domain's validating factories.</summary>
internal static partial class DomainReader
{
    public static readonly Discriminated<RequestedDates> RequestedDates = new(
        RequestedDatesContract.Discriminator,
        "requested-dates kind",
        [
            new(ExactDatesContract.Kind, o =>
            {
                var start = o.Date("start", required: true);
                var end = o.Date("end", required: true);
                o.Finish();
                return start is { } s && end is { } e ? o.Walk.Take(Requests.RequestedDates.Exactly(s, e), o.Path) : null;
            }),
            new(WindowDatesContract.Kind, o =>
            {
                var earliest = o.Date("earliestStart", required: true);
                var latest = o.Date("latestEnd", required: true);
                var duration = o.Int("durationInDays", required: true);
                o.Finish();
                return earliest is { } s && latest is { } e && duration is { } d ? o.Walk.Take(Requests.RequestedDates.Within(s, e, d), o.Path) : null;
            }),
        ]);

    public static Contact? Contact(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var name = o.String("name", required: true);
        var email = o.String("email", required: true);
        var phone = o.String("phone");
        var ok = !o.Failed;
        o.Finish();
        return ok ? walk.Take(Requests.Contact.Create(name, email, phone), path) : null;
    }

    public static CostLine? CostLine(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var category = o.Enum<CostCategory>("category", required: true);
        var amount = o.Read("amount", required: true, Money);
        var description = o.String("description");
        var ok = !o.Failed;
        o.Finish();
        return ok ? walk.Take(Requests.CostLine.Create(category!.Value, amount!, description), path) : null;
    }

    public static KosovoDesignation? Designation(JsonWalk walk, JsonElement element, ValuePath path)
    {
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        var marker = o.String("marker", required: true);
        var footnote = o.String("footnote", required: true);
        var ok = !o.Failed;
        o.Finish();
        if (!ok)
        {
            return null;
        }

        // KosovoDesignation.Create throws on blank text (it is developer configuration); a document reports it instead.
        if (string.IsNullOrWhiteSpace(marker) || string.IsNullOrWhiteSpace(footnote))
        {
            walk.Add(ProblemCodes.Required, JsonPath.Property(path, string.IsNullOrWhiteSpace(marker) ? "marker" : "footnote"), "The text is empty or white space.");
            return null;
        }

        return KosovoDesignation.Create(footnote, marker);
    }

    /// <summary>Reads the request's own properties (the document header is read by the caller).</summary>
    public static AssistanceRequest? Request(ObjectReader o)
    {
        var walk = o.Walk;
        var identifier = o.String("identifier", required: true);
        var submitted = o.Instant("submitted", required: true);
        var requester = o.Read("requester", required: true, Institution);
        var contact = o.Read("contact", required: true, Contact);
        var activityType = o.Enum<ActivityType>("activityType", required: true);
        ThematicArea[]? themes = null;
        if (o.TryGet("themes", required: true, out var themesElement, out var themesPath))
        {
            themes = walk.EnumArray<ThematicArea>(themesElement, themesPath) is { } t ? [.. t] : null;
            if (themes is null)
            {
                o.Fail();
            }
        }

        var title = o.String("title", required: true);
        var need = o.String("need", required: true);
        var dates = o.Read("dates", required: true, RequestedDates.Reader);
        var venue = o.Read("venue", required: false, Venues.Reader);
        var participants = o.Read("participants", required: false, Participants);
        var beneficiaries = o.Array("beneficiaries", Institution);
        var costs = o.Array("costs", CostLine);
        var preferredDonor = o.Read("preferredDonor", required: false, Donor);
        var attachments = o.EnumArray<AttachmentKind>("attachments");
        var servesObligation = o.String("servesObligation");
        var experts = o.Int("expertsRequested");
        var emergency = o.Bool("isEmergency");
        var noParallel = o.Bool("declaresNoParallelFunding");
        var coordination = o.String("coordination");
        var coRequester = o.Read("coRequester", required: false, Institution);
        var language = o.String("language");
        var justification = o.String("justification");
        var planned = o.Int("plannedActivities");
        var designation = o.Read("outputDesignation", required: false, Designation);
        var scope = o.Read("scope", required: false, Scope);
        var ok = !o.Failed;
        o.Finish();
        if (!ok)
        {
            return null;
        }

        return walk.Take(
            AssistanceRequest.Create(
                identifier,
                submitted!.Value,
                RequestingParty.Create(requester!, contact!, coRequester, beneficiaries!.Value),
                RequestedActivity.Create(activityType!.Value, themes!, title, need, servesObligation, experts, planned ?? 1, scope, designation),
                RequestLogistics.Create(dates!, venue, participants, language),
                CostEstimate.Create(costs!.Value, preferredDonor),
                RequestDeclarations.Create(attachments!.Value, emergency ?? false, noParallel ?? false, coordination, justification)),
            o.Path);
    }

}
