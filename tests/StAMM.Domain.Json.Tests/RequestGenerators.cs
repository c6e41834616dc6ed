using CsCheck;
using NodaTime;
using StAMM.Domain.Geography;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Json.Tests;

/// <summary>
/// Valid assistance requests for the round trips: StAMM.Domain.Testing's request generator, which covers every field
/// of the model, with the free text, the names and the moment of submission drawn from this project's generators, so
/// that JSON escaping (letters beyond ASCII, quotes, backslashes, markup) and sub-second instants are exercised too.
/// </summary>
internal static class RequestGenerators
{
    public static readonly Gen<Instant> Instant = Gen.Long[1_500_000_000L, 2_100_000_000L].SelectMany(seconds =>
        Gen.OneOf(Gen.Const(0L), Gen.Long[0, 999_999_999L]).Select(nanos => NodaTime.Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(nanos)));

    public static readonly Gen<Contact> Contact = Gen.Select(Generate.Contact.Valid, Generators.Text)
        .Select((contact, name) => Requests.Contact.Create(name, contact.Email, contact.Phone).OrThrow());

    public static readonly Gen<KosovoDesignation?> Designation = Gen.OneOf(
        Gen.OneOf<KosovoDesignation?>(null, KosovoDesignation.EuropeanUnion, KosovoDesignation.Icmpd),
        Generators.Text.Select(t => (KosovoDesignation?)KosovoDesignation.Create(t, "**")));

    public static readonly Gen<AssistanceRequest> Request =
        from request in Generate.Request.Valid
        from identifier in Generators.Identifier
        from submitted in Instant
        from requester in Generators.Institution
        from contact in Contact
        from title in Generators.Text
        from need in Generators.Text
        from obligation in Generators.Text.Null(0.3)
        from coordination in Generators.Text.Null(0.3)
        from justification in Generators.Text.Null(0.5)
        from designation in Designation
        select RequestBuilder.Like(request)
            .WithIdentifier(identifier)
            .SubmittedAt(submitted)
            .From(requester)
            .WithContact(contact.Name, contact.Email, contact.Phone)
            .WithCoRequester(request.CoRequester == requester ? null : request.CoRequester)
            .Titled(title)
            .WithNeed(need)
            .Serving(obligation)
            .WithOutputDesignation(designation)
            .WithCoordination(coordination)
            .JustifiedBy(justification)
            .BuildValid();
}
