using System.Collections.Immutable;
using CsCheck;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.BuiltIn;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Eligibility.Rules;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;
using StAMM.Domain.Testing;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Tests.Eligibility;

/// <summary>
/// A remedy that is a change of the request is enough: applying it (as the test reads its values) to the request
/// turns that rule's outcome to <see cref="OutcomeStatus.Pass"/>, for every built-in rule.
/// </summary>
public sealed class RemedyProperties
{
    // StAMM-like requests and requests with every field of the model, from StAMM.Domain.Testing.
    private static readonly Gen<Draft> GenRequest = Gen.OneOf(Generate.Request.StammLike, Generate.Request.StammLike, Generate.Request.Valid).Select(Draft.Of);

    // The default context, and one whose only contribution has EUR 10 000 left, so the balance rule fails too.
    private static readonly Gen<EvaluationContext> GenContext = Gen.OneOf(
        Gen.Const(An.EvaluationContext.BuildValid()),
        Gen.Const(An.EvaluationContext.WithBalances(ContributionBalance.Create(
            Contribution.Create(Stamm.StateSecretariatForMigration, amount: Money.Of(10_000m, Currency.Eur)).OrThrow()).OrThrow()).BuildValid()));

    [Fact]
    public void Applying_a_change_of_the_request_that_a_remedy_names_makes_the_rule_pass()
    {
        var applied = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        Gen.Select(GenRequest, GenContext).Sample((input, context) =>
        {
            var request = input.Create().OrThrow();
            foreach (var rule in StammRuleSet.Default.Rules)
            {
                var outcome = rule.Evaluate(new EvaluationInput(request, OnOrAfterSubmission(context, request)));
                if (outcome.RemedyFor(request) is not { Kind: RemedyKind.ChangeRequest } remedy)
                {
                    continue;
                }

                var changed = Apply(input, remedy).Create().OrThrow();
                var after = rule.Evaluate(new EvaluationInput(changed, OnOrAfterSubmission(context, changed)));
                if (after.Status != OutcomeStatus.Pass)
                {
                    throw new InvalidOperationException($"{rule.Code}: '{remedy.Text}' applied to {request.Identifier} still gives {after}.");
                }

                applied.AddOrUpdate(rule.Code, 1, (_, n) => n + 1);
            }
        }, iter: 1000);

        applied.Keys.Should().BeEquivalentTo(
            [
                "ADM-FORM-COMPLETE", "ADM-REQUIRED-ATTACHMENTS", "ACT-TYPE-ALLOWED", "REQ-CENTRAL-ENDORSEMENT", "REQ-COUNTRY-IN-SCOPE", "REQ-INSTITUTION-TYPE",
                "REQ-THEME-IN-MANDATE", "ACT-LEAD-TIME", "ACT-MAX-DURATION", "PRJ-ACTIVE-ON-DATES", "REQ-TOTAL-SPAN", "ACT-EXPERTS-PER-MISSION",
                "ACT-STUDYVISIT-PARTICIPANTS", "ACT-WORKSHOP-MIN-PARTICIPANTS", "BUD-CEILING-PER-REQUEST", "BUD-DONOR-BALANCE", "BUD-ELIGIBLE-COST-LINES",
                "REQ-NO-OVERLAP-OTHER-FACILITIES", "OUT-KOSOVO-DESIGNATION",
            ],
            "every rule whose remedy can be a change of the request must have been tried");
    }

    [Fact]
    public void Every_finding_of_the_generated_requests_has_a_remedy_with_a_sentence()
    {
        Gen.Select(GenRequest, GenContext).Sample((input, context) =>
        {
            var request = input.Create().OrThrow();
            var evaluation = new EvaluationInput(request, OnOrAfterSubmission(context, request));
            return StammRuleSet.Default.Rules.Select(r => r.Evaluate(evaluation)).All(o => o.IsFinding == o.RemedyFor(request) is { Text.Length: > 0 });
        }, iter: 200);
    }

    /// <summary>Applies a remedy's values to a request's inputs, as a requester would.</summary>
    private static Draft Apply(Draft input, Remedy remedy)
    {
        foreach (var (name, value) in remedy.Values.Select(v => (v.Name, v.Value)))
        {
            input = name switch
            {
                "startOnOrAfter" => ShiftStart(input, value.Date!.Value),
                "endOnOrBefore" => EndBy(input, value.Date!.Value),
                "maxDuration" => input with { Dates = RequestedDates.Exactly(new DateInterval(input.Dates.EarliestStart, input.Dates.EarliestStart.PlusDays((int)value.Number!.Value - 1))) },
                "maxActivities" => input with { PlannedActivities = (int)value.Number!.Value },
                "attach" => input with { Attachments = [.. input.Attachments.Union(Names<AttachmentKind>(value))] },
                "fill" => Fill(input, Names<FormField>(value)),
                "language" => input with { Language = value.Codes[0] },
                "activityTypes" => WithType(input, Names<ActivityType>(value)[0]),
                "countries" => InScope(input, [.. value.Codes.Select(Country.FromCode)]),
                "outside" => input,
                "requesterTypes" => input with { Requester = Institution.Create(input.Requester.Name, input.Requester.Country, Names<InstitutionType>(value)[0]).OrThrow() },
                "coRequesterTypes" => input with { CoRequester = Institution.Create("Co-requesting authority", input.Requester.Country, Names<InstitutionType>(value)[0]).OrThrow() },
                "themes" => input with { Themes = [.. input.Themes, Names<ThematicArea>(value)[0]] },
                "maxParticipants" or "minParticipants" => input with
                {
                    Participants = Participants.Create((int)value.Number!.Value, input.Participants?.Countries ?? []).OrThrow(),
                },
                "maxWithJustification" => input,
                "maxExperts" => input with { ExpertsRequested = (int)value.Number!.Value },
                "maxCost" => Costing(input, value.Number!.Value),
                "reduceCostBy" => input,
                "removeCostLines" => input with { Costs = [.. input.Costs.Where(c => !Names<CostCategory>(value).Contains(c.Category))] },
                "declare" => input with
                {
                    DeclaresNoParallelFunding = input.DeclaresNoParallelFunding || value.Codes.Contains("declaration"),
                    Coordination = value.Codes.Contains("coordination") ? "Coordinated with TAIEX, IPA, MIEUX and MPF." : input.Coordination,
                },
                "outputDesignation" => input with { OutputDesignation = Designation(value.Codes[0]) },
                "titleMarker" => input with { Title = input.Title!.Replace("Kosovo" + value.Text, "Kosovo", StringComparison.Ordinal).Replace("Kosovo", "Kosovo" + value.Text, StringComparison.Ordinal) },
                _ => throw new InvalidOperationException($"The remedy '{remedy.Text}' names '{name}', which this test cannot apply."),
            };
        }

        return input;
    }

    private static ImmutableArray<TEnum> Names<TEnum>(RuleValue value)
        where TEnum : struct, Enum =>
        [.. value.Codes.Select(code => Enum.Parse<TEnum>(code, ignoreCase: true))];

    private static Draft ShiftStart(Draft input, LocalDate start)
    {
        var dates = input.Dates;
        var days = Period.Between(dates.EarliestStart, start, PeriodUnits.Days).Days;
        return input with
        {
            Dates = dates.Kind == RequestedDatesKind.Exact
                ? RequestedDates.Exactly(dates.EarliestStart.PlusDays(days), dates.LatestEnd.PlusDays(days)).OrThrow()
                : RequestedDates.Within(dates.EarliestStart.PlusDays(days), dates.LatestEnd.PlusDays(days), dates.DurationInDays).OrThrow(),
        };
    }

    private static Draft EndBy(Draft input, LocalDate end)
    {
        var start = input.Dates.EarliestStart;
        var last = LocalDate.Min(end, start.PlusDays(input.Dates.DurationInDays - 1));
        return input with { Dates = start <= last ? RequestedDates.Exactly(start, last).OrThrow() : RequestedDates.Exactly(end, end).OrThrow() };
    }

    private static Draft Fill(Draft input, ImmutableArray<FormField> fields)
    {
        foreach (var field in fields)
        {
            var country = input.Requester.Country;
            input = field switch
            {
                FormField.Venue => input with { Venue = Venue.InPerson("Sarajevo", country).OrThrow() },
                FormField.ParticipantCount => input with { Participants = Participants.Create(20, input.Participants?.Countries ?? []).OrThrow() },
                FormField.ParticipantCountries => input with { Participants = Participants.Create(input.Participants?.Count, [country]).OrThrow() },
                FormField.Costs => input with { Costs = [CostLine.Create(CostCategory.Travel, Money.Of(1_000m, Currency.Eur)).OrThrow()] },
                FormField.ServesObligation => input with { ServesObligation = "Strategy on Migration and Asylum" },
                FormField.Language => input with { Language = "en" },
                _ => input with { Contact = Contact.Create(input.Contact.Name, input.Contact.Email, "+387 33 000 000").OrThrow() },
            };
        }

        return input;
    }

    private static Draft WithType(Draft input, ActivityType type) =>
        input with { ActivityType = type, Venue = type == ActivityType.StudyVisit && input.Venue?.Mode == VenueMode.Online ? null : input.Venue };

    private static Draft InScope(Draft input, ImmutableArray<Country> countries)
    {
        Institution Moved(Institution i) => countries.Contains(i.Country) ? i : Institution.Create(i.Name, countries[0], i.Type).OrThrow();
        var requester = Moved(input.Requester);
        var co = input.CoRequester is null ? null : Moved(input.CoRequester);
        var participants = input.Participants is null ? null
            : Participants.Create(input.Participants.Count, input.Participants.Countries.Where(countries.Contains)).OrThrow();
        return input with
        {
            Requester = requester,
            CoRequester = co == requester ? null : co,
            Beneficiaries = [.. input.Beneficiaries.Where(b => countries.Contains(b.Country)).Where(b => b != requester && b != co)],
            Participants = participants,
            Scope = null,
        };
    }

    private static Draft Costing(Draft input, decimal total)
    {
        var currency = input.Costs.IsEmpty ? Currency.Eur : input.Costs[0].Amount.Currency;
        var category = input.Costs.IsEmpty ? CostCategory.Travel : input.Costs[0].Category;
        return input with { Costs = total <= 0m ? [] : [CostLine.Create(category, Money.Of(total, currency), category == CostCategory.Other ? "Other costs" : null).OrThrow()] };
    }

    private static KosovoDesignation Designation(string code) => code switch
    {
        "EU" => KosovoDesignation.EuropeanUnion,
        "UN" => KosovoDesignation.UnitedNations,
        "CoE" => KosovoDesignation.CouncilOfEurope,
        _ => KosovoDesignation.Icmpd,
    };

    /// <summary>A request is evaluated on or after the day it was submitted (the evaluator refuses an earlier day).</summary>
    private static EvaluationContext OnOrAfterSubmission(EvaluationContext context, AssistanceRequest request) =>
        context.Today < request.SubmittedOn ? context.WithAsOf(request.SubmittedOn) : context;

    /// <summary>A request's fields, flat, so that a remedy changes one of them; <see cref="Create"/> builds the request from its parts.</summary>
    private sealed record Draft(
        string Identifier,
        Instant Submitted,
        Institution Requester,
        Contact Contact,
        Institution? CoRequester,
        ImmutableArray<Institution> Beneficiaries,
        ActivityType ActivityType,
        ImmutableArray<ThematicArea> Themes,
        string? Title,
        string Need,
        string? ServesObligation,
        int? ExpertsRequested,
        int PlannedActivities,
        GeographicScope? Scope,
        KosovoDesignation? OutputDesignation,
        RequestedDates Dates,
        Venue? Venue,
        Participants? Participants,
        string? Language,
        ImmutableArray<CostLine> Costs,
        Donor? PreferredDonor,
        ImmutableArray<AttachmentKind> Attachments,
        bool IsEmergency,
        bool DeclaresNoParallelFunding,
        string? Coordination,
        string? Justification)
    {
        public static Draft Of(AssistanceRequest r) => new(
            r.Identifier, r.Submitted, r.Requester, r.Contact, r.CoRequester, r.Beneficiaries, r.ActivityType, [.. r.Themes], r.Title, r.Need, r.ServesObligation,
            r.ExpertsRequested, r.PlannedActivities, r.Scope, r.OutputDesignation, r.Dates, r.Venue, r.Participants, r.Language, r.Costs, r.PreferredDonor,
            [.. r.Attachments], r.IsEmergency, r.DeclaresNoParallelFunding, r.Coordination, r.Justification);

        public ValidationResult<AssistanceRequest> Create() => AssistanceRequest.Create(
            Identifier,
            Submitted,
            RequestingParty.Create(Requester, Contact, CoRequester, Beneficiaries),
            RequestedActivity.Create(ActivityType, Themes, Title, Need, ServesObligation, ExpertsRequested, PlannedActivities, Scope, OutputDesignation),
            RequestLogistics.Create(Dates, Venue, Participants, Language),
            CostEstimate.Create(Costs, PreferredDonor),
            RequestDeclarations.Create(Attachments, IsEmergency, DeclaresNoParallelFunding, Coordination, Justification));
    }
}
