using CsCheck;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Finance;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;

namespace StAMM.Domain.Reliability.Tests;

/// <summary>
/// Requests aimed at the built-in StAMM project and rule set, so that the evaluations they give are a mix of eligible,
/// needs-review and ineligible with different rules deciding: Western Balkans and other requesters, in-scope and
/// out-of-scope types and themes, short and long lead times, small and large budgets, complete and missing attachments.
/// </summary>
internal static class RequestSets
{
    private static readonly Gen<Institution> Requester = Gen.OneOf(
        Gen.Int[0, Stamm.MigrationMinistries.Length - 1].Select(i => Stamm.MigrationMinistries[i]),
        Generate.Institution.Valid);

    private static readonly Donor?[] Donors = [null, Stamm.StateSecretariatForMigration, Stamm.CzechMinistryOfTheInterior];

    private static readonly Gen<Donor?> Donor = Gen.Int[0, Donors.Length - 1].Select(i => Donors[i]);

    private static readonly Gen<CostLine[]> Costs = Gen.Select(Gen.Enum<CostCategory>(), Gen.Int[0, 60_000]).Select((category, euros) =>
        CostLine.Create(category, Money.Of(euros, Currency.Eur), category == CostCategory.Other ? "Other costs" : null).OrThrow()).Array[0, 4];

    /// <summary>A request submitted while the built-in rule set and project are in force.</summary>
    public static Gen<AssistanceRequest> Request { get; } =
        Gen.Select(Gen.Int[0, 2400], Gen.Int[0, 200], Gen.Int[1, 15], Requester, Gen.Enum<ActivityType>(), Gen.Enum<ThematicArea>().Array[1, 3], Gen.Enum<AttachmentKind>().Array[0, 5])
            .SelectMany((day, lead, length, requester, type, themes, attachments) =>
                Gen.Select(Costs, Donor, Generate.Participants.Valid, Gen.Int[0, 4], Gen.Bool, Gen.Int[1, 3])
                    .Select((costs, donor, participants, experts, emergency, planned) =>
                    {
                        var submitted = new LocalDate(2019, 1, 7).PlusDays(day);
                        var start = submitted.PlusDays(lead);
                        return AssistanceRequest.Create(
                            $"REQ-{day}-{lead}-{length}",
                            submitted.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(),
                            RequestingParty.Create(requester, Contact.Create("Focal point", "focal.point@example.org").OrThrow()),
                            RequestedActivity.Create(
                                type,
                                themes.Distinct(),
                                "Generated request",
                                "A need described well enough for a form to be complete.",
                                expertsRequested: type == ActivityType.ExpertMission ? experts : null,
                                plannedActivities: planned),
                            RequestLogistics.Create(
                                RequestedDates.Exactly(start, start.PlusDays(length - 1)).OrThrow(),
                                venue: type == ActivityType.StudyVisit ? null : Venue.Online,
                                participants: participants),
                            CostEstimate.Create(costs, donor),
                            RequestDeclarations.Create(attachments.Distinct(), isEmergency: emergency, declaresNoParallelFunding: !emergency)).OrThrow();
                    }));
}
