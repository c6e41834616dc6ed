using System.Collections.Immutable;
using StAMM.Domain.Activities;
using StAMM.Domain.Geography;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;

namespace StAMM.Domain.Iati.Import;

/// <summary>
/// One <c>iati-activity</c> as read from a file: its facts mapped to the domain model where the model has the concept
/// (<see cref="Status"/>, <see cref="Period"/>, <see cref="GeographicScope"/>, countries, organisation types and
/// roles, money), in this package's records otherwise, and what could not be mapped in <see cref="Problems"/>.
/// </summary>
/// <remarks>Immutable. Made only by <see cref="IatiImport"/>.</remarks>
public sealed class IatiImportedActivity
{
    internal IatiImportedActivity(Builder b)
    {
        Index = b.Index;
        Path = b.Path;
        FileVersion = b.FileVersion;
        Identifier = b.Identifier;
        DefaultLanguage = b.DefaultLanguage;
        DefaultCurrency = b.DefaultCurrency;
        Hierarchy = b.Hierarchy;
        ReportingOrganisation = b.ReportingOrganisation;
        Titles = b.Titles.ToImmutable();
        Descriptions = b.Descriptions.ToImmutable();
        Participants = b.Participants.ToImmutable();
        Status = b.Status;
        Dates = b.Dates.ToImmutable();
        ScopeCode = b.ScopeCode;
        Countries = b.Countries.ToImmutable();
        Regions = b.Regions.ToImmutable();
        Locations = b.Locations.ToImmutable();
        Sectors = b.Sectors.ToImmutable();
        AidTypeCodes = b.AidTypeCodes.ToImmutable();
        Tags = b.Tags.ToImmutable();
        ThematicAreas = b.ThematicAreas.ToImmutable();
        Dialogues = b.Dialogues.ToImmutable();
        Budgets = b.Budgets.ToImmutable();
        Transactions = b.Transactions.ToImmutable();
        Documents = b.Documents.ToImmutable();
        RelatedActivities = b.RelatedActivities.ToImmutable();
        GeographicScope = b.GeographicScope;
        RecipientPercentageSum = b.RecipientPercentageSum;
        Period = b.Period;
        Problems = b.Problems.ToImmutable();
    }

    /// <summary>The position of the activity in the file, from 1.</summary>
    public int Index { get; }

    /// <summary>Its XPath in the file, such as <c>/iati-activities/iati-activity[3]</c>.</summary>
    public string Path { get; }

    /// <summary>The file's <c>iati-activities/@version</c>, such as <c>2.03</c>.</summary>
    public string? FileVersion { get; }

    /// <summary>The <c>iati-identifier</c>, trimmed; <see langword="null"/> when missing.</summary>
    public string? Identifier { get; }

    /// <summary>The activity's <c>xml:lang</c>, lower-case.</summary>
    public string? DefaultLanguage { get; }

    /// <summary>The activity's <c>default-currency</c>.</summary>
    public string? DefaultCurrency { get; }

    /// <summary>The <c>hierarchy</c> attribute; IATI assumes 1 when it is missing.</summary>
    public int? Hierarchy { get; }

    /// <summary>The <c>reporting-org</c>.</summary>
    public IatiOrganisationReference? ReportingOrganisation { get; }

    /// <summary>The <c>title</c> narratives.</summary>
    public ImmutableArray<IatiNarrative> Titles { get; }

    /// <summary>The first title, preferring English; <see langword="null"/> when there is none.</summary>
    public string? Title => (Titles.FirstOrDefault(t => t.Language == "en") ?? Titles.FirstOrDefault())?.Text;

    /// <summary>The descriptions.</summary>
    public ImmutableArray<IatiDescription> Descriptions { get; }

    /// <summary>The participating organisations, in file order.</summary>
    public ImmutableArray<IatiParticipant> Participants { get; }

    /// <summary>The <c>activity-status</c>, as the domain's status (the codes are the same).</summary>
    public ProjectStatus? Status { get; }

    /// <summary>The <c>activity-date</c>s.</summary>
    public ImmutableArray<IatiActivityDate> Dates { get; }

    /// <summary>The <c>activity-scope</c> code (ActivityScope codelist), as written.</summary>
    public string? ScopeCode { get; }

    /// <summary>The <c>recipient-country</c>s with their shares.</summary>
    public ImmutableArray<IatiCountryShare> Countries { get; }

    /// <summary>The <c>recipient-region</c>s with their shares.</summary>
    public ImmutableArray<IatiRegionShare> Regions { get; }

    /// <summary>The <c>location</c>s.</summary>
    public ImmutableArray<IatiLocation> Locations { get; }

    /// <summary>The <c>sector</c>s.</summary>
    public ImmutableArray<IatiSector> Sectors { get; }

    /// <summary>The <c>default-aid-type</c> codes of vocabulary 1 (OECD DAC), such as <c>D02</c>.</summary>
    public ImmutableArray<string> AidTypeCodes { get; }

    /// <summary>The <c>tag</c>s, in file order, whatever their vocabulary.</summary>
    public ImmutableArray<IatiTag> Tags { get; }

    /// <summary>
    /// The thematic areas named by tags of vocabulary 99 with the URI <see cref="Export.IatiExtension.ThematicAreaVocabularyUri"/>
    /// (as <see cref="Export.IatiExport"/> writes them), in file order; a code of that vocabulary that names no thematic
    /// area is a problem.
    /// </summary>
    public ImmutableArray<ThematicArea> ThematicAreas { get; }

    /// <summary>
    /// The migration dialogues named by tags of vocabulary 99 with the URI <see cref="Export.IatiExtension.DialogueVocabularyUri"/>,
    /// in file order; a code of that vocabulary that names no dialogue is a problem.
    /// </summary>
    public ImmutableArray<MigrationDialogue> Dialogues { get; }

    /// <summary>The <c>budget</c>s.</summary>
    public ImmutableArray<IatiBudget> Budgets { get; }

    /// <summary>The <c>transaction</c>s.</summary>
    public ImmutableArray<IatiTransaction> Transactions { get; }

    /// <summary>The <c>document-link</c>s.</summary>
    public ImmutableArray<IatiDocument> Documents { get; }

    /// <summary>The <c>related-activity</c> links.</summary>
    public ImmutableArray<IatiRelatedActivity> RelatedActivities { get; }

    /// <summary>
    /// The recipient countries as a domain scope, made by <see cref="Geography.GeographicScope.Create"/> (with its share
    /// tolerance); <see langword="null"/> when there are no valid countries or the scope is not valid (see <see cref="Problems"/>).
    /// </summary>
    public GeographicScope? GeographicScope { get; }

    /// <summary>
    /// The sum of the percentages of the recipient countries and regions, which IATI asks to make 100 together (rule
    /// 3.4.2), when any has one; <see langword="null"/> when none has one, or when the sum is beyond decimal's range.
    /// With more than one recipient, a sum that is not 100 within <see cref="GeographicScope.ShareSumTolerance"/> is a
    /// problem, as it is a finding of <see cref="Validation.IatiValidator"/>.
    /// </summary>
    public decimal? RecipientPercentageSum { get; }

    /// <summary>The start (actual, else planned) and end (actual, else planned) as a domain period, at day precision.</summary>
    public ProjectPeriod? Period { get; }

    /// <summary>What could not be mapped, each with its path and reason; empty when everything read was mapped.</summary>
    public ImmutableArray<IatiImportProblem> Problems { get; }

    internal sealed class Builder
    {
        /// <summary>Empties the builder for the next activity, keeping the capacity of its lists.</summary>
        public void Clear()
        {
            Index = 0;
            Path = string.Empty;
            FileVersion = Identifier = DefaultLanguage = DefaultCurrency = ScopeCode = null;
            Hierarchy = null;
            ReportingOrganisation = null;
            Status = null;
            GeographicScope = null;
            RecipientPercentageSum = null;
            Period = null;
            Titles.Clear();
            Descriptions.Clear();
            Participants.Clear();
            Dates.Clear();
            Countries.Clear();
            Regions.Clear();
            Locations.Clear();
            Sectors.Clear();
            AidTypeCodes.Clear();
            Tags.Clear();
            ThematicAreas.Clear();
            Dialogues.Clear();
            Budgets.Clear();
            Transactions.Clear();
            Documents.Clear();
            RelatedActivities.Clear();
            Problems.Clear();
        }

        public int Index { get; set; }

        public string Path { get; set; } = string.Empty;

        public string? FileVersion { get; set; }

        public string? Identifier { get; set; }

        public string? DefaultLanguage { get; set; }

        public string? DefaultCurrency { get; set; }

        public int? Hierarchy { get; set; }

        public IatiOrganisationReference? ReportingOrganisation { get; set; }

        public ImmutableArray<IatiNarrative>.Builder Titles { get; } = ImmutableArray.CreateBuilder<IatiNarrative>();

        public ImmutableArray<IatiDescription>.Builder Descriptions { get; } = ImmutableArray.CreateBuilder<IatiDescription>();

        public ImmutableArray<IatiParticipant>.Builder Participants { get; } = ImmutableArray.CreateBuilder<IatiParticipant>();

        public ProjectStatus? Status { get; set; }

        public ImmutableArray<IatiActivityDate>.Builder Dates { get; } = ImmutableArray.CreateBuilder<IatiActivityDate>();

        public string? ScopeCode { get; set; }

        public ImmutableArray<IatiCountryShare>.Builder Countries { get; } = ImmutableArray.CreateBuilder<IatiCountryShare>();

        public ImmutableArray<IatiRegionShare>.Builder Regions { get; } = ImmutableArray.CreateBuilder<IatiRegionShare>();

        public ImmutableArray<IatiLocation>.Builder Locations { get; } = ImmutableArray.CreateBuilder<IatiLocation>();

        public ImmutableArray<IatiSector>.Builder Sectors { get; } = ImmutableArray.CreateBuilder<IatiSector>();

        public ImmutableArray<string>.Builder AidTypeCodes { get; } = ImmutableArray.CreateBuilder<string>();

        public ImmutableArray<IatiTag>.Builder Tags { get; } = ImmutableArray.CreateBuilder<IatiTag>();

        public ImmutableArray<ThematicArea>.Builder ThematicAreas { get; } = ImmutableArray.CreateBuilder<ThematicArea>();

        public ImmutableArray<MigrationDialogue>.Builder Dialogues { get; } = ImmutableArray.CreateBuilder<MigrationDialogue>();

        public ImmutableArray<IatiBudget>.Builder Budgets { get; } = ImmutableArray.CreateBuilder<IatiBudget>();

        public ImmutableArray<IatiTransaction>.Builder Transactions { get; } = ImmutableArray.CreateBuilder<IatiTransaction>();

        public ImmutableArray<IatiDocument>.Builder Documents { get; } = ImmutableArray.CreateBuilder<IatiDocument>();

        public ImmutableArray<IatiRelatedActivity>.Builder RelatedActivities { get; } = ImmutableArray.CreateBuilder<IatiRelatedActivity>();

        public GeographicScope? GeographicScope { get; set; }

        public decimal? RecipientPercentageSum { get; set; }

        public ProjectPeriod? Period { get; set; }

        public ImmutableArray<IatiImportProblem>.Builder Problems { get; } = ImmutableArray.CreateBuilder<IatiImportProblem>();
    }
}
