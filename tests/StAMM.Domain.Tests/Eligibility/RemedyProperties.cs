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
    private static readonly Gen<AssistanceRequest> GenRequest = Gen.OneOf(Generate.Request.StammLike, Generate.Request.StammLike, Generate.Request.Valid);

    // The default context, and one whose only contribution has EUR 10 000 left, so the balance rule fails too.
    private static readonly Gen<EvaluationContext> GenContext = Gen.OneOf(
        Gen.Const(An.EvaluationContext.BuildValid()),
        Gen.Const(An.EvaluationContext.WithBalances(ContributionBalance.Create(
            Contribution.Create(Stamm.StateSecretariatForMigration, amount: Money.Of(10_000m, Currency.Eur)).OrThrow()).OrThrow()).BuildValid()));

    [Fact]
    public void Applying_a_change_of_the_request_that_a_remedy_names_makes_the_rule_pass()
    {
        var applied = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        Gen.Select(GenRequest, GenContext).Sample((request, context) =>
        {
            foreach (var rule in StammRuleSet.Default.Rules)
            {
                var outcome = rule.Evaluate(new EvaluationInput(request, OnOrAfterSubmission(context, request)));
                if (outcome.RemedyFor(request) is not { Kind: RemedyKind.ChangeRequest } remedy)
                {
                    continue;
                }

                var changed = Apply(request, remedy);
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
        Gen.Select(GenRequest, GenContext).Sample((request, context) =>
        {
            var evaluation = new EvaluationInput(request, OnOrAfterSubmission(context, request));
            return StammRuleSet.Default.Rules.Select(r => r.Evaluate(evaluation)).All(o => o.IsFinding == o.RemedyFor(request) is { Text.Length: > 0 });
        }, iter: 200);
    }

    /// <summary>Applies a remedy's values to a request, one after the other, as a requester would.</summary>
    private static AssistanceRequest Apply(AssistanceRequest request, Remedy remedy)
    {
        foreach (var (name, value) in remedy.Values.Select(v => (v.Name, v.Value)))
        {
            var like = RequestBuilder.Like(request);
            request = (name switch
            {
                "startOnOrAfter" => like.WithDates(ShiftStart(request.Dates, value.Date!.Value)),
                "endOnOrBefore" => like.WithDates(EndBy(request.Dates, value.Date!.Value)),
                "maxDuration" => like.WithDates(RequestedDates.Exactly(new DateInterval(request.Dates.EarliestStart, request.Dates.EarliestStart.PlusDays((int)value.Number!.Value - 1)))),
                "maxActivities" => like.Planning((int)value.Number!.Value),
                "attach" => Names<AttachmentKind>(value).Aggregate(like, (b, kind) => b.WithAttachment(kind)),
                "fill" => RequestBuilder.Like(Fill(request, Names<FormField>(value))),
                "language" => like.InLanguage(value.Codes[0]),
                "activityTypes" => WithType(request, Names<ActivityType>(value)[0]),
                "countries" => InScope(request, [.. value.Codes.Select(Country.FromCode)]),
                "outside" or "maxWithJustification" or "reduceCostBy" => like,
                "requesterTypes" => like.From(Institution.Create(request.Requester.Name, request.Requester.Country, Names<InstitutionType>(value)[0]).OrThrow()),
                "coRequesterTypes" => like.WithCoRequester(Institution.Create("Co-requesting authority", request.Requester.Country, Names<InstitutionType>(value)[0]).OrThrow()),
                "themes" => like.WithThemes([.. request.Themes, Names<ThematicArea>(value)[0]]),
                "maxParticipants" or "minParticipants" => like.WithParticipants((int)value.Number!.Value, request.Participants.Countries),
                "maxExperts" => like.WithExperts((int)value.Number!.Value),
                "maxCost" => Costing(like, request, value.Number!.Value),
                "removeCostLines" => request.Costs.Where(c => !Names<CostCategory>(value).Contains(c.Category))
                    .Aggregate(WithoutCosts(like, request), (b, c) => b.WithCost(c.Category, c.Amount.Amount, c.Description)),
                "declare" => like
                    .DeclaringNoParallelFunding(request.DeclaresNoParallelFunding || value.Codes.Contains("declaration"))
                    .WithCoordination(value.Codes.Contains("coordination") ? "Coordinated with TAIEX, IPA, MIEUX and MPF." : request.Coordination),
                "outputDesignation" => like.WithOutputDesignation(Designation(value.Codes[0])),
                "titleMarker" => like.Titled(request.Title.Replace("Kosovo" + value.Text, "Kosovo", StringComparison.Ordinal).Replace("Kosovo", "Kosovo" + value.Text, StringComparison.Ordinal)),
                _ => throw new InvalidOperationException($"The remedy '{remedy.Text}' names '{name}', which this test cannot apply."),
            }).BuildValid();
        }

        return request;
    }

    private static ImmutableArray<TEnum> Names<TEnum>(RuleValue value)
        where TEnum : struct, Enum =>
        [.. value.Codes.Select(code => Enum.Parse<TEnum>(code, ignoreCase: true))];

    private static RequestedDates ShiftStart(RequestedDates dates, LocalDate start)
    {
        var days = Period.Between(dates.EarliestStart, start, PeriodUnits.Days).Days;
        return dates.Kind == RequestedDatesKind.Exact
            ? RequestedDates.Exactly(dates.EarliestStart.PlusDays(days), dates.LatestEnd.PlusDays(days)).OrThrow()
            : RequestedDates.Within(dates.EarliestStart.PlusDays(days), dates.LatestEnd.PlusDays(days), dates.DurationInDays).OrThrow();
    }

    private static RequestedDates EndBy(RequestedDates dates, LocalDate end)
    {
        var start = dates.EarliestStart;
        var last = LocalDate.Min(end, start.PlusDays(dates.DurationInDays - 1));
        return start <= last ? RequestedDates.Exactly(start, last).OrThrow() : RequestedDates.Exactly(end, end).OrThrow();
    }

    private static AssistanceRequest Fill(AssistanceRequest request, ImmutableArray<FormField> fields)
    {
        foreach (var field in fields)
        {
            var like = RequestBuilder.Like(request);
            var country = request.Requester.Country;
            request = (field switch
            {
                FormField.Venue => like.InPerson("Sarajevo", country),
                FormField.ParticipantCount => like.WithParticipants(20, request.Participants.Countries),
                FormField.ParticipantCountries => like.WithParticipants(request.Participants.Count, [country]),
                FormField.Costs => like.WithoutCosts().InCurrency(Currency.Eur).WithCost(CostCategory.Travel, 1_000m),
                FormField.ServesObligation => like.Serving("Strategy on Migration and Asylum"),
                FormField.Language => like.InLanguage("en"),
                _ => like.WithContact(request.Contact.Name, request.Contact.Email, "+387 33 000 000"),
            }).BuildValid();
        }

        return request;
    }

    private static RequestBuilder WithType(AssistanceRequest request, ActivityType type)
    {
        var like = RequestBuilder.Like(request).OfKind(type);
        return type == ActivityType.StudyVisit && request.Venue?.Mode == VenueMode.Online ? like.WithoutVenue() : like;
    }

    private static RequestBuilder InScope(AssistanceRequest request, ImmutableArray<Country> countries)
    {
        Institution Moved(Institution i) => countries.Contains(i.Country) ? i : Institution.Create(i.Name, countries[0], i.Type).OrThrow();
        var requester = Moved(request.Requester);
        var co = request.CoRequester is null ? null : Moved(request.CoRequester);
        return RequestBuilder.Like(request)
            .From(requester)
            .WithCoRequester(co == requester ? null : co)
            .WithBeneficiaries([.. request.Beneficiaries.Where(b => countries.Contains(b.Country)).Where(b => b != requester && b != co)])
            .WithParticipants(request.Participants.Count, request.Participants.Countries.Where(countries.Contains))
            .Covering(null);
    }

    /// <summary>One cost line of <paramref name="total"/>, of the category of the request's first line; no line for nothing.</summary>
    private static RequestBuilder Costing(RequestBuilder like, AssistanceRequest request, decimal total)
    {
        var category = request.Costs.IsEmpty ? CostCategory.Travel : request.Costs[0].Category;
        return total <= 0m ? like.WithoutCosts() : WithoutCosts(like, request).WithCost(category, total, category == CostCategory.Other ? "Other costs" : null);
    }

    /// <summary>No cost line, and further lines in the request's currency (EUR without costs).</summary>
    private static RequestBuilder WithoutCosts(RequestBuilder like, AssistanceRequest request) =>
        like.WithoutCosts().InCurrency(request.TotalCost?.Currency ?? Currency.Eur);

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
}
