using System.Globalization;
using NodaTime;
using NodaTime.Text;
using StAMM.Domain.Activities;
using StAMM.Domain.Geography;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;

namespace StAMM.Cli.Reports;

/// <summary>Writes a project as a plain-text report for people.</summary>
internal static class ProjectReport
{
    private static readonly LocalDatePattern DayMonthYear = LocalDatePattern.CreateWithInvariantCulture("d MMMM yyyy");
    private static readonly YearMonthPattern MonthYear = YearMonthPattern.CreateWithInvariantCulture("MMMM yyyy");

    public static void Write(TextWriter writer, TechnicalAssistanceProject project, KosovoDesignation designation)
    {
        var namesKosovo = project.Scope.Countries.Any(c => c.IsKosovo)
            || project.Activities.Any(a => a.Participants.Countries.Any(c => c.IsKosovo) || a.TopicCountries.Any(c => c.IsKosovo));

        writer.WriteLine(project.Title);
        foreach (var title in project.AlternativeTitles)
        {
            writer.WriteLine($"  also: {title}");
        }

        writer.WriteLine();
        Field(writer, "Acronym", project.Acronym);
        Field(writer, "Status", $"{Describe(project.Status)} (IATI activity status {(int)project.Status})");
        Field(writer, "Period", Describe(project.Period));
        Field(writer, "Themes", string.Join(", ", project.ThematicAreas.Select(Describe)));
        Field(writer, "Scope", project.Scope.Region is null ? project.Scope.Kind.ToString() : $"{project.Scope.Kind} (IATI region {project.Scope.Region})");
        Field(writer, "Countries", Countries(project.Scope.Countries, designation));
        Field(writer, "Implementer", project.Implementer.ToString());
        Field(writer, "Donors", string.Join("; ", project.Donors.Select(d => d.Programmes.IsEmpty ? d.ToString() : $"{d} (programme: {string.Join(", ", d.Programmes)})")));
        Field(writer, "Funding", string.Join("; ", project.Contributions.Select(c => c.ToString())));
        Field(writer, "New donors", project.OpenToFurtherDonors ? "open to further donors" : "closed to further donors");

        if (project.Summary is not null)
        {
            writer.WriteLine();
            writer.WriteLine("Summary");
            writer.WriteLine($"  {project.Summary}");
        }

        if (project.Objective is not null)
        {
            writer.WriteLine();
            writer.WriteLine("Objective");
            writer.WriteLine($"  {project.Objective}");
        }

        writer.WriteLine();
        writer.WriteLine($"Activities ({project.Activities.Length})");
        for (var i = 0; i < project.Activities.Length; i++)
        {
            WriteActivity(writer, i + 1, project.Activities[i], designation);
        }

        if (namesKosovo)
        {
            writer.WriteLine();
            writer.WriteLine(designation.FootnoteLine);
        }
    }

    private static void WriteActivity(TextWriter writer, int number, Activity activity, KosovoDesignation designation)
    {
        writer.WriteLine();
        writer.WriteLine($"{number}. {activity.Title}");
        Field(writer, "Type", Describe(activity.Type), 3);
        Field(writer, "When", Describe(activity.Period), 3);
        Field(writer, "Where", activity.Venue is null ? "no venue" : Describe(activity.Venue, designation), 3);
        var participants = activity.Participants;
        if (participants != Participants.Unknown)
        {
            var count = participants.Count is { } n ? n.ToString(CultureInfo.InvariantCulture) : "number not known";
            var from = participants.Countries.IsEmpty ? string.Empty : $", from {Countries(participants.Countries, designation)}";
            Field(writer, "Participants", count + from, 3);
            if (participants.Description is not null)
            {
                Field(writer, string.Empty, participants.Description, 3);
            }
        }

        if (!activity.Beneficiaries.IsEmpty)
        {
            Field(writer, "Beneficiaries", string.Join("; ", activity.Beneficiaries.Select(b => Institution(b, designation))), 3);
        }

        if (!activity.Topics.IsEmpty)
        {
            Field(writer, "Topics", string.Join("; ", activity.Topics), 3);
        }

        if (!activity.TopicCountries.IsEmpty)
        {
            Field(writer, "Countries covered", Countries(activity.TopicCountries, designation), 3);
        }

        Field(writer, "Themes", activity.ThematicAreas.IsEmpty ? "not known" : string.Join(", ", activity.ThematicAreas.Select(Describe)), 3);

        if (!activity.Dialogues.IsEmpty)
        {
            Field(writer, "Dialogues", string.Join(", ", activity.Dialogues.Select(Describe)), 3);
        }

        Field(writer, "Funded by", activity.Funding.IsEmpty ? "not known" : string.Join("; ", activity.Funding), 3);
        foreach (var document in activity.Documents)
        {
            Field(writer, "Document", $"{document.Title} ({(document.Published is null ? "date not known" : Describe(document.Published))})", 3);
        }
    }

    private static void Field(TextWriter writer, string label, string value, int indent = 0)
    {
        var head = label.Length == 0 ? string.Empty : label + ":";
        writer.WriteLine($"{new string(' ', indent)}{head,-14} {value}");
    }

    private static string Countries(IEnumerable<Country> countries, KosovoDesignation designation) =>
        string.Join(", ", countries.Select(designation.DisplayName).Order(StringComparer.Ordinal));

    private static string Institution(Domain.Organisations.Institution institution, KosovoDesignation designation)
    {
        var country = designation.DisplayName(institution.Country);
        return institution.Parent is null ? $"{institution.Name}, {country}" : $"{institution.Name} ({institution.Parent.Name}), {country}";
    }

    private static string Describe(Venue venue, KosovoDesignation designation) => venue.Mode switch
    {
        VenueMode.Online => "online",
        VenueMode.Hybrid => $"hybrid, {venue.City}, {designation.DisplayName(venue.Country!)}",
        _ => $"in person, {venue.City}, {designation.DisplayName(venue.Country!)}",
    };

    private static string Describe(ProjectPeriod period) =>
        $"{Describe(period.Start)} to {(period.End is null ? "an end not yet known (ongoing)" : Describe(period.End))}";

    private static string Describe(PartialDate date) => date.Precision == DatePrecision.Day
        ? DayMonthYear.Format(date.FirstDay)
        : MonthYear.Format(date.YearMonth);

    private static string Describe(ActivityPeriod period)
    {
        if (period.Precision == DatePrecision.Month)
        {
            return MonthYear.Format(period.Start.ToYearMonth()) + " (day not known)";
        }

        var days = period.DurationInDays!.Value;
        var span = period.Start == period.End
            ? DayMonthYear.Format(period.Start)
            : $"{DayMonthYear.Format(period.Start)} to {DayMonthYear.Format(period.End)}";
        return $"{span} ({days} day{(days == 1 ? string.Empty : "s")})";
    }

    private static string Describe(ProjectStatus status) => status switch
    {
        ProjectStatus.Pipeline => "pipeline/identification",
        ProjectStatus.Implementation => "ongoing (implementation)",
        ProjectStatus.Finalisation => "finalisation",
        ProjectStatus.Closed => "closed",
        ProjectStatus.Cancelled => "cancelled",
        ProjectStatus.Suspended => "suspended",
        _ => status.ToString(),
    };

    private static string Describe(ThematicArea area) => area switch
    {
        ThematicArea.CapacityDevelopment => "Capacity Development",
        ThematicArea.Governance => "Governance",
        ThematicArea.Asylum => "Asylum and international protection",
        ThematicArea.LegalMigrationAndMobility => "Legal migration and mobility",
        ThematicArea.IrregularMigrationAndReturn => "Irregular migration and return",
        ThematicArea.BorderManagement => "Border management",
        ThematicArea.TraffickingAndSmuggling => "Trafficking and smuggling",
        ThematicArea.MigrationAndDevelopment => "Migration and development",
        ThematicArea.MigrationDataAndAnalysis => "Migration data and analysis",
        ThematicArea.Horizontal => "Horizontal support",
        ThematicArea.Reception => "Reception",
        _ => area.ToString(),
    };

    private static string Describe(ActivityType type) => type switch
    {
        ActivityType.ExpertMission => "expert mission",
        ActivityType.StudyVisit => "study visit",
        ActivityType.PeerReview => "peer review",
        ActivityType.PolicySupport => "policy support",
        ActivityType.EquipmentSupply => "equipment supply",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static string Describe(MigrationDialogue dialogue) => dialogue switch
    {
        MigrationDialogue.PragueProcess => "Prague Process",
        MigrationDialogue.BudapestProcess => "Budapest Process",
        MigrationDialogue.RabatProcess => "Rabat Process",
        MigrationDialogue.KhartoumProcess => "Khartoum Process",
        _ => dialogue.ToString(),
    };
}
