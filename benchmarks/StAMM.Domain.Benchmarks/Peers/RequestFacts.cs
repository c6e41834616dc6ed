using System.Numerics;
using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Geography;
using StAMM.Domain.Requests;
using StAMM.Domain.Time;

namespace StAMM.Domain.Benchmarks.Peers;

/// <summary>
/// A request flattened into the plain DTO a FluentValidation or RulesEngine user would validate: numbers, flags,
/// strings and arrays, with the facts that need the context (donor screening, duplicate count, the project's period)
/// precomputed once. The plain peer rows get it built in setup and handed unchanged to both peers; the
/// <c>IncludingFacts</c> rows build it on every call, as StAMM does.
/// </summary>
/// <remarks>
/// StAMM gets no such help: <see cref="Evaluator.Evaluate"/> derives all of these from the request and the context on
/// every call (the donor screening and the duplicate look-up included), so the comparison errs in the peers' favour.
/// Counts that are not given are -1 (RulesEngine's expression parser handles plain integers best).
/// </remarks>
public sealed class RequestFacts
{
    public string Identifier { get; init; } = "";

    public int ActivityType { get; init; }

    public int RequesterType { get; init; }

    /// <summary>The co-requester's institution type, or -1.</summary>
    public int CoRequesterType { get; init; }

    public int[] Attachments { get; init; } = [];

    public int[] Themes { get; init; } = [];

    public int[] CostCategories { get; init; } = [];

    /// <summary>Every country involved (ISO codes).</summary>
    public string[] InvolvedCountries { get; init; } = [];

    /// <summary>The beneficiary countries (ISO codes), for the ODA rule.</summary>
    public string[] BeneficiaryCountries { get; init; } = [];

    public bool InvolvesKosovo { get; init; }

    /// <summary>Day numbers (days since 0001-01-01).</summary>
    public int StartDay { get; init; }

    public int EndDay { get; init; }

    /// <summary>The submission day, as a day number: the lead time counts from it.</summary>
    public int ReferenceDay { get; init; }

    public int StartYear { get; init; }

    public int CalendarDays { get; init; }

    /// <summary>Working days of the requested duration (fewest possible for a flexible window).</summary>
    public int WorkingDays { get; init; }

    /// <summary>The last day number within 12 months of the earliest start; the span rule's limit.</summary>
    public int SpanLimitDay { get; init; }

    public int LatestEndDay { get; init; }

    public int PlannedActivities { get; init; }

    public bool IsEmergency { get; init; }

    public bool HasJustification { get; init; }

    public int ExpertsRequested { get; init; }

    public int ParticipantCount { get; init; }

    public int ParticipantCountryCount { get; init; }

    public bool HasVenue { get; init; }

    public bool HasServesObligation { get; init; }

    public string? Language { get; init; }

    public bool HasContactPhone { get; init; }

    public int CostLineCount { get; init; }

    /// <summary>The total cost in cents, 0 without costs.</summary>
    public long TotalCostCents { get; init; }

    public string? CostCurrency { get; init; }

    public bool DeclaresNoParallelFunding { get; init; }

    public bool HasCoordination { get; init; }

    public string Title { get; init; } = "";

    /// <summary>EU, UN, CoE, ICMPD, "custom" or null.</summary>
    public string? DesignationCode { get; init; }

    public string? DesignationMarker { get; init; }

    // Context facts, precomputed.
    public int ProjectStatus { get; init; }

    public int ProjectFirstDay { get; init; }

    public int ProjectLastDay { get; init; }

    /// <summary>Contributions whose country earmarks allow every beneficiary country.</summary>
    public int DonorsByCountry { get; init; }

    /// <summary>... and whose type and theme earmarks allow the request.</summary>
    public int DonorsByCountryTypeTheme { get; init; }

    /// <summary>... and whose period covers the dates: the earmarked contributions.</summary>
    public int DonorsEarmarked { get; init; }

    /// <summary>Earmarked contributions with enough balance.</summary>
    public int DonorsFundable { get; init; }

    /// <summary>Earmarked contributions whose balance is unknown or in another currency.</summary>
    public int DonorsBalanceUncertain { get; init; }

    public int DuplicateCount { get; init; }

    /// <summary>Flattens a request and the context facts it needs.</summary>
    public static RequestFacts From(AssistanceRequest request, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var input = new EvaluationInput(request, context, context.Today);
        var donors = input.Donors;
        var dates = request.Dates;
        var project = context.Project;
        var designation = request.OutputDesignation;
        return new RequestFacts
        {
            Identifier = request.Identifier,
            ActivityType = (int)request.ActivityType,
            RequesterType = (int)request.Requester.Type,
            CoRequesterType = request.CoRequester is { } co ? (int)co.Type : -1,
            Attachments = [.. request.Attachments.Select(a => (int)a)],
            Themes = [.. request.Themes.Select(t => (int)t)],
            CostCategories = [.. request.Costs.Select(c => (int)c.Category).Distinct()],
            InvolvedCountries = [.. request.InvolvedCountries.Select(c => c.Code)],
            BeneficiaryCountries = [.. request.BeneficiaryCountries.Select(c => c.Code)],
            InvolvesKosovo = request.InvolvesKosovo,
            StartDay = dates.StartDay,
            EndDay = dates.EndDay,
            ReferenceDay = request.SubmittedOn.ToDateOnly().DayNumber,
            StartYear = dates.EarliestStart.Year,
            CalendarDays = dates.DurationInDays,
            WorkingDays = dates.Kind == RequestedDatesKind.Exact
                ? Time.WorkingDays.Count(dates.EarliestStart, dates.DurationInDays)
                : Time.WorkingDays.Fewest(dates.EarliestStart, dates.EndDay - dates.StartDay + 1, dates.DurationInDays),
            SpanLimitDay = dates.EarliestStart.PlusMonths(PeerRules.MaxSpanMonths).PlusDays(-1).ToDateOnly().DayNumber,
            LatestEndDay = dates.LatestEnd.ToDateOnly().DayNumber,
            PlannedActivities = request.PlannedActivities,
            IsEmergency = request.IsEmergency,
            HasJustification = request.Justification is not null,
            ExpertsRequested = request.ExpertsRequested ?? -1,
            ParticipantCount = request.Participants.Count ?? -1,
            ParticipantCountryCount = request.Participants.Countries.Count,
            HasVenue = request.Venue is not null,
            HasServesObligation = request.ServesObligation is not null,
            Language = request.Language,
            HasContactPhone = request.Contact.Phone is not null,
            CostLineCount = request.Costs.Length,
            TotalCostCents = request.TotalCost is { } total ? (long)decimal.Round(total.Amount * 100m, MidpointRounding.AwayFromZero) : 0,
            CostCurrency = request.TotalCost?.Currency.Code,
            DeclaresNoParallelFunding = request.DeclaresNoParallelFunding,
            HasCoordination = request.Coordination is not null,
            Title = request.Title,
            DesignationCode = designation is null ? null
                : designation == KosovoDesignation.EuropeanUnion ? "EU"
                : designation == KosovoDesignation.UnitedNations ? "UN"
                : designation == KosovoDesignation.CouncilOfEurope ? "CoE"
                : designation == KosovoDesignation.Icmpd ? "ICMPD"
                : "custom",
            DesignationMarker = designation?.Marker,
            ProjectStatus = (int)project.Status,
            ProjectFirstDay = project.Period.Start.FirstDay.ToDateOnly().DayNumber,
            ProjectLastDay = project.Period.End is { } end ? end.LastDay.ToDateOnly().DayNumber : int.MaxValue,
            DonorsByCountry = BitOperations.PopCount(donors.Country),
            DonorsByCountryTypeTheme = BitOperations.PopCount(donors.Country & donors.Type & donors.Theme),
            DonorsEarmarked = BitOperations.PopCount(donors.Earmarked),
            DonorsFundable = BitOperations.PopCount(donors.Earmarked & donors.Balance),
            DonorsBalanceUncertain = BitOperations.PopCount(donors.Earmarked & (donors.BalanceUnknown | donors.Currency)),
            DuplicateCount = context.Index.CountDuplicates(request, out _),
        };
    }
}
