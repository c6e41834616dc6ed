using Ardalis.GuardClauses;
using StAMM.Domain.Activities;
using StAMM.Domain.EntityFrameworkCore.Storage;
using StAMM.Domain.Geography;
using StAMM.Domain.Projects;

namespace Microsoft.EntityFrameworkCore;

/// <summary>Maps StAMM.Domain's portfolios onto a relational database.</summary>
public static class StammModelBuilderExtensions
{
    /// <summary>
    /// Maps projects, their contributions and rule-set versions, and cases with their append-only events, in five
    /// tables prefixed <c>stamm_</c>:
    /// <list type="bullet">
    /// <item><c>stamm_projects</c>: the project as its JSON document;</item>
    /// <item><c>stamm_contributions</c>: donor, programme, amount, period and earmarks, the running committed and spent
    /// figures, and a version (concurrency token) that every event moving its money increments;</item>
    /// <item><c>stamm_rule_sets</c>: name, version, days in force, and the rule set as its JSON document;</item>
    /// <item><c>stamm_cases</c>: each case's state, current request (its JSON document), requester, country and
    /// funding donor as of its last event (for the queries), and its version (its number of events, the concurrency
    /// token);</item>
    /// <item><c>stamm_case_events</c>: every event, never updated, unique by case and sequence and by its position in
    /// the portfolio's log, with its kind and instant beside the event itself as its JSON document.</item>
    /// </list>
    /// Read and write them through <see cref="StAMM.Domain.EntityFrameworkCore.StammStore"/>: every load goes back
    /// through the domain's validation, every append through its rules.
    /// </summary>
    /// <param name="modelBuilder">The model of your <see cref="DbContext"/>, in <c>OnModelCreating</c>.</param>
    /// <returns><paramref name="modelBuilder"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelBuilder"/> is null.</exception>
    public static ModelBuilder ApplyStammModel(this ModelBuilder modelBuilder)
    {
        Guard.Against.Null(modelBuilder);

        modelBuilder.Entity<ProjectRow>(e =>
        {
            e.ToTable("stamm_projects");
            e.HasKey(r => r.ProjectId);
            e.Property(r => r.ProjectId).HasColumnName("project_id").HasMaxLength(200);
            e.Property(r => r.Project).HasColumnName("project").HasConversion(StoredValues.Project);
        });

        modelBuilder.Entity<RuleSetRow>(e =>
        {
            e.ToTable("stamm_rule_sets");
            e.HasKey(r => new { r.ProjectId, r.Position });
            e.HasIndex(r => new { r.ProjectId, r.Name, r.Version }).IsUnique();
            e.Property(r => r.ProjectId).HasColumnName("project_id").HasMaxLength(200);
            e.Property(r => r.Position).HasColumnName("position").ValueGeneratedNever();
            e.Property(r => r.Name).HasColumnName("name").HasMaxLength(200);
            e.Property(r => r.Version).HasColumnName("version").HasMaxLength(100);
            e.Property(r => r.InForceFrom).HasColumnName("in_force_from").HasConversion(StoredValues.Date);
            e.Property(r => r.InForceUntil).HasColumnName("in_force_until").HasConversion(StoredValues.Date);
            e.Property(r => r.RuleSet).HasColumnName("rule_set").HasConversion(StoredValues.RuleSet);
            e.HasOne<ProjectRow>().WithMany().HasForeignKey(r => r.ProjectId);
        });

        modelBuilder.Entity<ContributionRow>(e =>
        {
            e.ToTable("stamm_contributions");
            e.HasKey(r => new { r.ProjectId, r.Position });
            e.Property(r => r.ProjectId).HasColumnName("project_id").HasMaxLength(200);
            e.Property(r => r.Position).HasColumnName("position").ValueGeneratedNever();
            e.Property(r => r.Donor).HasColumnName("donor").HasMaxLength(500);
            e.Property(r => r.Programme).HasColumnName("programme").HasMaxLength(500);
            e.Property(r => r.Amount).HasColumnName("amount").HasMaxLength(40).HasConversion(StoredValues.ExactDecimal);
            e.Property(r => r.Currency).HasColumnName("currency").HasMaxLength(3).HasConversion(StoredValues.Currency!);
            e.Property(r => r.PeriodStart).HasColumnName("period_start").HasConversion(StoredValues.Date);
            e.Property(r => r.PeriodEnd).HasColumnName("period_end").HasConversion(StoredValues.Date);
            e.Property(r => r.EarmarkedCountries).HasColumnName("earmarked_countries")
                .HasConversion(StoredValues.Countries, StoredValues.ListComparer<Country>());
            e.Property(r => r.EarmarkedActivityTypes).HasColumnName("earmarked_activity_types")
                .HasConversion(StoredValues.ActivityTypes, StoredValues.ListComparer<ActivityType>());
            e.Property(r => r.EarmarkedThemes).HasColumnName("earmarked_themes")
                .HasConversion(StoredValues.Themes, StoredValues.ListComparer<ThematicArea>());
            e.Property(r => r.Committed).HasColumnName("committed").HasMaxLength(40).HasConversion(StoredValues.ExactDecimal);
            e.Property(r => r.Spent).HasColumnName("spent").HasMaxLength(40).HasConversion(StoredValues.ExactDecimal);
            e.Property(r => r.Version).HasColumnName("version").IsConcurrencyToken();
            e.HasOne<ProjectRow>().WithMany().HasForeignKey(r => r.ProjectId);
        });

        modelBuilder.Entity<CaseRow>(e =>
        {
            e.ToTable("stamm_cases");
            e.HasKey(r => new { r.ProjectId, r.CaseId });
            e.HasIndex(r => new { r.ProjectId, r.State });
            e.HasIndex(r => new { r.ProjectId, r.Country });
            e.HasIndex(r => new { r.ProjectId, r.Requester });
            e.HasIndex(r => new { r.ProjectId, r.Donor });
            e.Property(r => r.ProjectId).HasColumnName("project_id").HasMaxLength(200);
            e.Property(r => r.CaseId).HasColumnName("case_id").HasMaxLength(200);
            e.Property(r => r.State).HasColumnName("state").HasMaxLength(20).HasConversion<string>();
            e.Property(r => r.Request).HasColumnName("request").HasConversion(StoredValues.Request);
            e.Property(r => r.Requester).HasColumnName("requester").HasMaxLength(500);
            e.Property(r => r.Country).HasColumnName("country").HasMaxLength(2).HasConversion(StoredValues.Country);
            e.Property(r => r.Donor).HasColumnName("donor").HasMaxLength(500);
            e.Property(r => r.Submitted).HasColumnName("submitted").HasConversion(StoredValues.Instant);
            e.Property(r => r.LastChanged).HasColumnName("last_changed").HasConversion(StoredValues.Instant);
            e.Property(r => r.Version).HasColumnName("version").IsConcurrencyToken();
            e.HasOne<ProjectRow>().WithMany().HasForeignKey(r => r.ProjectId);
        });

        modelBuilder.Entity<CaseEventRow>(e =>
        {
            e.ToTable("stamm_case_events");
            e.HasKey(r => r.Id);
            e.HasIndex(r => new { r.ProjectId, r.CaseId, r.Sequence }).IsUnique();
            e.HasIndex(r => new { r.ProjectId, r.Position }).IsUnique();
            e.Property(r => r.Id).HasColumnName("id").ValueGeneratedOnAdd();
            e.Property(r => r.ProjectId).HasColumnName("project_id").HasMaxLength(200);
            e.Property(r => r.CaseId).HasColumnName("case_id").HasMaxLength(200);
            e.Property(r => r.Sequence).HasColumnName("sequence");
            e.Property(r => r.Position).HasColumnName("position");
            e.Property(r => r.Kind).HasColumnName("kind").HasMaxLength(20).HasConversion<string>();
            e.Property(r => r.At).HasColumnName("at").HasConversion(StoredValues.Instant);
            e.Property(r => r.Document).HasColumnName("event");
            e.HasOne<CaseRow>().WithMany().HasForeignKey(r => new { r.ProjectId, r.CaseId });
        });

        return modelBuilder;
    }
}
