using CsCheck;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Json.Tests;

/// <summary>CsCheck generators of valid assistance requests, made through the domain's factories.</summary>
internal static class RequestGenerators
{
    public static readonly Gen<Instant> Instant = Gen.Long[1_500_000_000L, 2_100_000_000L].SelectMany(seconds =>
        Gen.OneOf(Gen.Const(0L), Gen.Long[0, 999_999_999L]).Select(nanos => NodaTime.Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(nanos)));

    public static readonly Gen<Contact> Contact = Gen.Select(Generators.Text, Gen.String[Gen.Char["abcxyz019._-"], 1, 12], Gen.OneOf(Gen.Const((string?)null), Gen.Const((string?)"+387 33 123 456"), Gen.Const((string?)"(011) 306-2000")))
        .Select((name, local, phone) => Requests.Contact.Create(name, local + "@example.org", phone).OrThrow());

    public static readonly Gen<RequestedDates> Dates = Gen.OneOf(
        Generators.Interval.Select(RequestedDates.Exactly),
        Generators.Interval.SelectMany(i => Gen.Int[1, i.Length].Select(d => RequestedDates.Within(i.Start, i.End, d).OrThrow())));

    public static readonly Gen<KosovoDesignation> Designation = Gen.OneOf(
        Gen.Const(KosovoDesignation.EuropeanUnion),
        Gen.Const(KosovoDesignation.Icmpd),
        Generators.Text.Select(t => KosovoDesignation.Create(t, "**")));

    public static Gen<CostLine> CostLineIn(Currency currency) => Gen.Select(Gen.Enum<CostCategory>(), Gen.Long[0, 10_000_000], Gen.Int[0, 2], Generators.Text)
        .Select((category, units, scale, description) => Requests.CostLine.Create(
            category, Money.Of(new decimal(units) / (scale == 0 ? 1 : scale == 1 ? 10 : 100), currency), category == CostCategory.Other || units % 2 == 0 ? description : null).OrThrow());

    public static readonly Gen<ActivityType> Type = Gen.Enum<ActivityType>();

    public static readonly Gen<AssistanceRequest> Request =
        Gen.Select(Generators.Identifier, Instant, Generators.Institution, Contact, Type, Gen.Enum<ThematicArea>().Array[1, 4], Generators.Text, Generators.Text)
            .SelectMany((id, submitted, requester, contact, type, themes, title, need) =>
                Gen.Select(Dates, OrNull(Generators.Venue.Where(v => type != ActivityType.StudyVisit || v.Mode != VenueMode.Online)), Generators.Participants, Generators.Currency.SelectMany(c => CostLineIn(c).Array[0, 4]), OrNull(Generators.Donor), Gen.Enum<AttachmentKind>().Array[0, 5], OrNull(Generators.Text), Gen.OneOf(Gen.Const((int?)null), Gen.Int[0, 9].Select(n => (int?)n)))
                    .SelectMany((dates, venue, participants, costs, donor, attachments, obligation, experts) =>
                        Gen.Select(Gen.Bool, Gen.Bool, OrNull(Generators.Text), OrNull(Generators.Institution.Where(i => i != requester)), Gen.OneOf(Gen.Const((string?)null), Gen.Const((string?)"en"), Gen.Const((string?)"sr")), OrNull(Generators.Text), Gen.Int[1, 9], OrNull(Designation))
                            .SelectMany((emergency, noParallel, coordination, coRequester, language, justification, planned, designation) =>
                                Gen.Select(OrNull(Generators.Scope), Generators.Institution.Array[0, 2])
                                    .Select((scope, beneficiaries) => AssistanceRequest.Create(
                                        id,
                                        submitted,
                                        requester,
                                        contact,
                                        type,
                                        themes,
                                        title,
                                        need,
                                        dates,
                                        venue,
                                        participants,
                                        beneficiaries.Distinct(),
                                        costs,
                                        donor,
                                        attachments,
                                        obligation,
                                        experts,
                                        emergency,
                                        noParallel,
                                        coordination,
                                        coRequester,
                                        language,
                                        justification,
                                        planned,
                                        designation,
                                        scope).OrThrow()))));

    private static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class => Gen.OneOf(Gen.Const(default(T?)), gen.Select(x => (T?)x));
}
