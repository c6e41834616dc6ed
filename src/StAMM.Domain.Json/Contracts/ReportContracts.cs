using System.ComponentModel;
using System.Text.Json.Serialization;
using StAMM.Domain.Activities;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;

namespace StAMM.Domain.Json.Contracts;

// The contracts of the report document: the figures of a Reporting.PortfolioReport. Written, not read.

/// <summary>The report document: a <see cref="Reporting.PortfolioReport"/>. Written, not read.</summary>
internal sealed record ReportDocumentContract() : DocumentContract(DocumentKinds.Report)
{
    public required ReportProjectContract Project { get; init; }

    public required ReportScopeContract Scope { get; init; }

    [Form(ValueForm.Instant)]
    [Description("The instant of the portfolio's last event: what the report knows. Absent for a portfolio without events.")]
    public string? AsOf { get; init; }

    public required ActivityFiguresContract Activities { get; init; }

    public required ParticipantFiguresContract Participants { get; init; }

    public required IReadOnlyList<ContributionFiguresContract> Contributions { get; init; }

    public required IReadOnlyList<DonorFiguresContract> Donors { get; init; }

    public required RequestFiguresContract Requests { get; init; }

    [Description("Present exactly when Kosovo appears in the report: the marker its name carries (see each country's name) and the footnote to print.")]
    public KosovoDesignationContract? KosovoDesignation { get; init; }
}

/// <summary>The project the report is of.</summary>
internal sealed record ReportProjectContract
{
    public required string Identifier { get; init; }

    public required string Acronym { get; init; }

    public required string Title { get; init; }
}

/// <summary>What the report covers: the period (absent for the whole life) and the filters.</summary>
internal sealed record ReportScopeContract
{
    [Form(ValueForm.Date)]
    [Description("The first day covered; absent, with 'to', for the portfolio's whole life.")]
    public string? From { get; init; }

    [Form(ValueForm.Date)]
    [Description("The last day covered (included); absent, with 'from', for the portfolio's whole life.")]
    public string? To { get; init; }

    [Description("The donor whose contributions' funding alone is reported; absent for every donor.")]
    public DonorContract? Donor { get; init; }

    [Form(ValueForm.CountryCode)]
    [Description("The country of the requesting institutions reported; absent for every country.")]
    public string? Country { get; init; }

    [Description("The theme reported; absent for every theme.")]
    [Names(typeof(ThematicArea))]
    public string? Theme { get; init; }
}

/// <summary>A count under a key: the derived record's properties name what is counted, and <c>count</c> follows them.</summary>
internal abstract record CountContract
{
    [Form(ValueForm.Count)]
    public required int Count { get; init; }
}

/// <summary>A count under a country, with the name to show (Kosovo with its marker).</summary>
internal sealed record CountryCountContract : CountContract
{
    [Form(ValueForm.CountryCode)]
    public required string Country { get; init; }

    [Description("The name to show, with the Kosovo designation's marker for Kosovo.")]
    public required string Name { get; init; }
}

/// <summary>A count of activities of a type.</summary>
internal sealed record TypeCountContract : CountContract
{
    [Names(typeof(ActivityType))]
    public required string Type { get; init; }
}

/// <summary>A count of activities on a theme.</summary>
internal sealed record ThemeCountContract : CountContract
{
    [Names(typeof(ThematicArea))]
    public required string Theme { get; init; }
}

/// <summary>A count of activities that began in a month.</summary>
internal sealed record MonthCountContract : CountContract
{
    [Form(ValueForm.Month)]
    public required string Month { get; init; }
}

/// <summary>The activities that began in a year, by type.</summary>
internal sealed record ActivityYearContract
{
    public required int Year { get; init; }

    [Form(ValueForm.Count)]
    public required int Count { get; init; }

    public required IReadOnlyList<TypeCountContract> ByType { get; init; }
}

/// <summary><see cref="Reporting.ActivityFigures"/>.</summary>
internal sealed record ActivityFiguresContract
{
    [Form(ValueForm.Count)]
    public required int Count { get; init; }

    [Form(ValueForm.Count)]
    [Description("The calendar days of the activities whose days are known.")]
    public required int Days { get; init; }

    [Form(ValueForm.Count)]
    [Description("How many activities are known only by their month: their days are unknown and in no sum.")]
    public required int WithUnknownDays { get; init; }

    public required IReadOnlyList<TypeCountContract> ByType { get; init; }

    [Description("An activity on two themes counts under both: these counts add up to at least 'count'.")]
    public required IReadOnlyList<ThemeCountContract> ByTheme { get; init; }

    [Description("By the country of the requesting institution.")]
    public required IReadOnlyList<CountryCountContract> ByCountry { get; init; }

    [Description("By the month of the first day.")]
    public required IReadOnlyList<MonthCountContract> ByMonth { get; init; }

    public required IReadOnlyList<ActivityYearContract> ByYear { get; init; }
}

/// <summary>The participants of one country, or (country null) those whose country is not known.</summary>
internal sealed record ParticipantCountryContract
{
    [Form(ValueForm.CountryCode)]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [Description("The country; null for the participants whose country is not known (never spread over the countries).")]
    public required string? Country { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [Description("The name to show (Kosovo with its marker); null with 'country'.")]
    public required string? Name { get; init; }

    [Form(ValueForm.Count)]
    public required int Participants { get; init; }

    [Form(ValueForm.Count)]
    public required int Female { get; init; }

    [Form(ValueForm.Count)]
    public required int Male { get; init; }

    [Form(ValueForm.Count)]
    public required int Other { get; init; }

    [Form(ValueForm.Count)]
    [Description("The participants whose sex is not known for this country.")]
    public required int SexUnknown { get; init; }
}

/// <summary><see cref="Reporting.SexFigures"/>.</summary>
internal sealed record SexFiguresContract
{
    [Form(ValueForm.Count)]
    public required int Female { get; init; }

    [Form(ValueForm.Count)]
    public required int Male { get; init; }

    [Form(ValueForm.Count)]
    public required int Other { get; init; }

    [Form(ValueForm.Count)]
    [Description("Participants counted whose sex is not known.")]
    public required int Unknown { get; init; }
}

/// <summary>The participants of the activities of a year.</summary>
internal sealed record ParticipantYearContract
{
    public required int Year { get; init; }

    [Form(ValueForm.Count)]
    public required int Counted { get; init; }

    [Form(ValueForm.Count)]
    public required int ActivitiesWithUnknownCount { get; init; }
}

/// <summary><see cref="Reporting.ParticipantFigures"/>.</summary>
internal sealed record ParticipantFiguresContract
{
    [Form(ValueForm.Count)]
    [Description("The participants of the activities whose number of participants is known; the true total is at least this.")]
    public required int Counted { get; init; }

    [Form(ValueForm.Count)]
    [Description("How many activities have an unknown number of participants (in no count).")]
    public required int ActivitiesWithUnknownCount { get; init; }

    [Description("Adds up to 'counted'; the last entry, with country null, holds those whose country is not known.")]
    public required IReadOnlyList<ParticipantCountryContract> ByCountry { get; init; }

    [Description("Adds up to 'counted', its unknown part included.")]
    public required SexFiguresContract BySex { get; init; }

    public required IReadOnlyList<ParticipantYearContract> ByYear { get; init; }
}

/// <summary><see cref="Reporting.ActivitySpend"/>.</summary>
internal sealed record ActivitySpendContract
{
    public required string Activity { get; init; }

    public required string Title { get; init; }

    [Names(typeof(ActivityType))]
    public required string Type { get; init; }

    [Form(ValueForm.CountryCode)]
    public required string Country { get; init; }

    public required MoneyContract Committed { get; init; }

    public required MoneyContract Spent { get; init; }

    public required MoneyContract Unspent { get; init; }
}

/// <summary><see cref="Reporting.ContributionFigures"/>: an unknown amount makes every figure null, never zero.</summary>
internal sealed record ContributionFiguresContract
{
    public required ContributionContract Contribution { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [Description("null when the amount is not known.")]
    public required MoneyContract? Amount { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [Description("Committed to approved requests, what they spent included; null when the amount is not known.")]
    public required MoneyContract? Committed { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [Description("Spent by delivered activities; null when the amount is not known.")]
    public required MoneyContract? Spent { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [Description("amount - committed; null when the amount is not known.")]
    public required MoneyContract? Available { get; init; }

    public required IReadOnlyList<ActivitySpendContract> Activities { get; init; }
}

/// <summary><see cref="Reporting.MoneyFigures"/>.</summary>
internal sealed record MoneyFiguresContract
{
    [Form(ValueForm.CurrencyCode)]
    public required string Currency { get; init; }

    public required decimal Amount { get; init; }

    public required decimal Committed { get; init; }

    public required decimal Spent { get; init; }

    public required decimal Available { get; init; }
}

/// <summary><see cref="Reporting.DonorFigures"/>.</summary>
internal sealed record DonorFiguresContract
{
    public required DonorContract Donor { get; init; }

    [Description("The sums of its contributions of known amount, one per currency.")]
    public required IReadOnlyList<MoneyFiguresContract> ByCurrency { get; init; }

    [Form(ValueForm.Count)]
    [Description("How many of its contributions are of unknown amount: in no sum, never counted as zero.")]
    public required int UnknownAmounts { get; init; }
}

/// <summary>A count of requests from a type of institution.</summary>
internal sealed record InstitutionTypeCountContract : CountContract
{
    [Names(typeof(InstitutionType))]
    public required string InstitutionType { get; init; }
}

/// <summary>A count of requests of a decision.</summary>
internal sealed record DecisionCountContract : CountContract
{
    [Names(typeof(DecisionKind))]
    public required string Decision { get; init; }
}

/// <summary>A count of requests in a state of their case.</summary>
internal sealed record StateCountContract : CountContract
{
    [Description("The case's state: submitted, evaluated, reviewed, approved, rejected, withdrawn, cancelled, delivered or closed.")]
    public required string State { get; init; }
}

/// <summary>How often a rule failed.</summary>
internal sealed record RuleCountContract : CountContract
{
    [Form(ValueForm.RuleCode)]
    public required string Rule { get; init; }
}

/// <summary><see cref="Reporting.RequestFigures"/>.</summary>
internal sealed record RequestFiguresContract
{
    [Form(ValueForm.Count)]
    public required int Count { get; init; }

    public required IReadOnlyList<CountryCountContract> ByCountry { get; init; }

    public required IReadOnlyList<InstitutionTypeCountContract> ByInstitutionType { get; init; }

    [Description("The last decision of each request's current version; with 'notEvaluated', adds up to 'count'.")]
    public required IReadOnlyList<DecisionCountContract> ByDecision { get; init; }

    [Form(ValueForm.Count)]
    public required int NotEvaluated { get; init; }

    public required IReadOnlyList<StateCountContract> ByState { get; init; }

    [Description("The rules that failed most often, the most frequent first (at most ten).")]
    public required IReadOnlyList<RuleCountContract> FailingRules { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [Description("The median of the days from submission to the first day asked for; null without requests.")]
    public required decimal? MedianLeadTimeDays { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    [Description("The median time from submission to approval or rejection, in days rounded to hundredths; null when none was decided.")]
    public required decimal? MedianTimeToDecisionDays { get; init; }
}
