using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using StAMM.Domain.Activities;
using StAMM.Domain.Cases;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Iati.Reference;
using StAMM.Domain.Organisations;
using StAMM.Domain.Portfolios;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;

namespace StAMM.Domain.Iati.Export;

/// <summary>
/// Writes a <see cref="TechnicalAssistanceProject"/> as an IATI 2.03 <c>iati-activities</c> document: the project as a
/// parent activity (hierarchy 1) and each of its activities as a child activity (hierarchy 2), linked both ways by
/// <c>related-activity</c> (type 2 "child" in the parent, type 1 "parent" in each child).
/// </summary>
/// <remarks>
/// <para>Everything the model holds is written: in IATI's own elements where IATI has one (regions, vocabulary-99 tags
/// for thematic areas and dialogues, organisations, dates, document links, transactions), and otherwise in the
/// extension namespace <see cref="IatiExtension.NamespaceUri"/>, which the official XSD allows.
/// <see cref="Import.IatiProjectReader"/> reads the file back to an equal project.</para>
/// <para>Nothing is invented: amounts the model does not know produce no budget, no transaction and no amount; a
/// document without an address produces no <c>document-link</c>. Where IATI needs a value the model holds only roughly
/// (a month instead of a day, countries without shares), the file says so in a narrative and marks it in the
/// extension. docs/iati.md lists the mapping field by field.</para>
/// <para>Thread-safe: the methods keep no state.</para>
/// </remarks>
public static class IatiExport
{
    /// <summary>The sector every StAMM-like project is reported under: OECD DAC CRS purpose code 15190.</summary>
    public const string SectorCode = "15190";

    /// <summary>The default aid type: D02 "Other technical assistance" (vocabulary 1, OECD DAC).</summary>
    public const string AidTypeCode = "D02";

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly YearMonthPattern MonthName = YearMonthPattern.Create("MMMM uuuu", CultureInfo.InvariantCulture);

    /// <summary>The IATI identifier of the project: <c>{reporting-org ref}-{project identifier}</c>.</summary>
    /// <param name="project">The project.</param>
    /// <param name="options">The options that name the reporting organisation.</param>
    /// <returns>The identifier, such as <c>XM-EXAMPLE-1-StAMM</c>.</returns>
    public static string ProjectIdentifier(TechnicalAssistanceProject project, IatiExportOptions options)
    {
        Guard.Against.Null(project);
        Guard.Against.Null(options);
        return $"{options.ReportingOrganisation.Identifier.Value}-{project.Identifier}";
    }

    /// <summary>The IATI identifier of one of the project's activities: <c>{project's IATI identifier}-{activity identifier}</c>.</summary>
    /// <param name="project">The project.</param>
    /// <param name="activity">One of its activities.</param>
    /// <param name="options">The options that name the reporting organisation.</param>
    /// <returns>The identifier.</returns>
    public static string ActivityIdentifier(TechnicalAssistanceProject project, Activity activity, IatiExportOptions options)
    {
        Guard.Against.Null(activity);
        return $"{ProjectIdentifier(project, options)}-{activity.Identifier}";
    }

    /// <summary>Writes the document as indented UTF-8 (without byte-order mark) to a string.</summary>
    /// <param name="project">The project.</param>
    /// <param name="options">The options.</param>
    /// <returns>The XML text.</returns>
    public static string ToXml(TechnicalAssistanceProject project, IatiExportOptions options) =>
        Text(stream => Write(project, stream, options));

    /// <summary>Writes the document as indented UTF-8 (without byte-order mark) to a stream, which stays open.</summary>
    /// <param name="project">The project.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="options">The options.</param>
    public static void Write(TechnicalAssistanceProject project, Stream stream, IatiExportOptions options)
    {
        using var writer = Writer(stream);
        Write(project, writer, options);
    }

    /// <summary>Writes the document to an XML writer, from the XML declaration to the end of <c>iati-activities</c>.</summary>
    /// <param name="project">The project.</param>
    /// <param name="writer">The destination; flushed, not closed.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TechnicalAssistanceProject project, XmlWriter writer, IatiExportOptions options)
    {
        Guard.Against.Null(project);
        Guard.Against.Null(writer);
        Guard.Against.Null(options);
        var now = options.Clock.GetCurrentInstant();
        WriteDocument(writer, new Context(project, options, now.InUtc().Date, project.Contributions, []), now);
    }

    /// <summary>Writes a portfolio's document as indented UTF-8 (without byte-order mark) to a string.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="options">The options.</param>
    /// <returns>The XML text.</returns>
    /// <seealso cref="Write(Portfolio, XmlWriter, IatiExportOptions)"/>
    public static string ToXml(Portfolio portfolio, IatiExportOptions options) =>
        Text(stream => Write(portfolio, stream, options));

    /// <summary>Writes a portfolio's document as indented UTF-8 (without byte-order mark) to a stream, which stays open.</summary>
    /// <param name="portfolio">The portfolio.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="options">The options.</param>
    /// <seealso cref="Write(Portfolio, XmlWriter, IatiExportOptions)"/>
    public static void Write(Portfolio portfolio, Stream stream, IatiExportOptions options)
    {
        using var writer = Writer(stream);
        Write(portfolio, writer, options);
    }

    /// <summary>The one way a document is written to a stream: indented UTF-8 without byte-order mark, the stream left open.</summary>
    private static XmlWriter Writer(Stream stream)
    {
        Guard.Against.Null(stream);
        // Entitize keeps carriage returns and line breaks in attributes: a reading parser would otherwise normalise them.
        return XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false, NewLineHandling = NewLineHandling.Entitize });
    }

    /// <summary>What <paramref name="write"/> writes to a stream, as text.</summary>
    private static string Text(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return new UTF8Encoding(false).GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>
    /// Writes a portfolio as of the options' clock: its delivered project (the project with the activities delivered
    /// through its cases) with the portfolio's contributions, and on the parent activity the money its cases moved up to
    /// that instant, as IATI transactions in the order of the events.
    /// </summary>
    /// <param name="portfolio">The portfolio; events after the clock's instant are not written (they have not happened).</param>
    /// <param name="writer">The destination; flushed, not closed.</param>
    /// <param name="options">The options.</param>
    /// <remarks>
    /// <para>Each movement is a transaction in the contribution's currency, dated with the event's day (UTC), marked
    /// with <c>stamm:case</c>, <c>stamm:event</c> and <c>stamm:contribution</c> (1-based): an approval is an outgoing
    /// commitment (type 2) of the commitment's amount; a delivery an expenditure (type 4) of its actual cost; a
    /// closing a negative outgoing commitment of what the delivery did not spend; a cancellation a negative outgoing
    /// commitment of the whole commitment. Movements of zero are not written. So, per contribution, the commitments
    /// minus the expenditures give the portfolio's <c>Committed</c>, and the expenditures its <c>Spent</c>.</para>
    /// <para>The case log itself (requests, evaluations, reviews, rule sets, who decided) is not carried: IATI has no
    /// place for it, and the portfolio JSON document is its carrier. docs/iati.md lists what is and is not written.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Portfolio portfolio, XmlWriter writer, IatiExportOptions options)
    {
        Guard.Against.Null(portfolio);
        Guard.Against.Null(writer);
        Guard.Against.Null(options);
        var now = options.Clock.GetCurrentInstant();
        var asOf = portfolio.AsOf(now);
        WriteDocument(writer, new Context(asOf.DeliveredProject, options, now.InUtc().Date, asOf.Contributions, Movements(asOf)), now);
    }

    /// <summary>
    /// What each event moved on a contribution, in the order of the events: the same arithmetic as the portfolio's
    /// balances (approval commits; delivery turns the actual cost into spend; closing releases what was not spent;
    /// cancelling releases all), kept per event so that each can be dated.
    /// </summary>
    internal static List<Movement> Movements(Portfolio portfolio)
    {
        var result = new List<Movement>();
        var commitments = new Dictionary<string, Commitment>(StringComparer.Ordinal);
        var spent = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var e in portfolio.Events)
        {
            switch (e)
            {
                case CaseApproved approved:
                    commitments[e.CaseId] = approved.Commitment;
                    Add(e, "approved", "2", approved.Commitment, approved.Commitment.InContributionCurrency.Amount);
                    break;
                case CaseDelivered delivered when commitments.TryGetValue(e.CaseId, out var commitment):
                    var cost = delivered.TotalCost is { } total ? commitment.ToContributionCurrency(total).Amount : 0m;
                    spent[e.CaseId] = cost;
                    Add(e, "delivered", "4", commitment, cost);
                    break;
                case CaseClosed when commitments.TryGetValue(e.CaseId, out var commitment):
                    Add(e, "closed", "2", commitment, -(commitment.InContributionCurrency.Amount - spent.GetValueOrDefault(e.CaseId)));
                    break;
                case CaseCancelled when commitments.TryGetValue(e.CaseId, out var commitment):
                    Add(e, "cancelled", "2", commitment, -commitment.InContributionCurrency.Amount);
                    break;
            }
        }

        return result;

        void Add(CaseEvent e, string kind, string type, Commitment commitment, decimal amount)
        {
            if (amount != 0m)
            {
                result.Add(new Movement(e.CaseId, kind, type, portfolio.Contributions.IndexOf(commitment.Contribution), e.At.InUtc().Date, Money.Of(amount, commitment.InContributionCurrency.Currency), kind == "approved" ? commitment.ExchangeRate : null, kind == "approved" ? commitment.Amount : null));
            }
        }
    }

    private static void WriteDocument(XmlWriter writer, Context context, Instant now)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement("iati-activities");
        writer.WriteAttributeString("version", IatiReference.Version);
        writer.WriteAttributeString("generated-datetime", InstantPattern.General.Format(now));
        writer.WriteAttributeString("xmlns", IatiExtension.Prefix, null, IatiExtension.NamespaceUri);
        WriteProject(writer, context);
        foreach (var activity in context.Project.Activities)
        {
            WriteActivity(writer, context, activity);
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
        writer.Flush();
    }

    private static void WriteProject(XmlWriter w, Context c)
    {
        var project = c.Project;
        StartActivity(w, c, ProjectIdentifier(project, c.Options), hierarchy: 1);
        WriteNarrativeElement(w, "title", project.Title);
        WriteDescription(w, "1", project.Summary);
        WriteDescription(w, "2", project.Objective);
        var notes = ProjectNotes(c);
        if (notes.Count == 0 && project.Summary is null && project.Objective is null)
        {
            notes.Add("No description of this project is recorded.");
        }

        WriteDescription(w, "4", notes.Count == 0 ? null : string.Join(" ", notes));
        foreach (var donor in project.Donors)
        {
            WriteParticipant(w, donor.Organisation, OrganisationRole.Funding, donor.Programmes);
        }

        WriteParticipant(w, project.Implementer, OrganisationRole.Accountable);
        WriteParticipant(w, project.Implementer, OrganisationRole.Implementing);
        WriteStatus(w, project.Status);

        var started = project.Status != ProjectStatus.Pipeline && project.Period.Start.FirstDay <= c.Today;
        WriteDate(w, started ? "2" : "1", project.Period.Start, first: true);
        if (project.Period.End is { } end)
        {
            var ended = project.Status is ProjectStatus.Closed or ProjectStatus.Finalisation or ProjectStatus.Cancelled && end.LastDay <= c.Today;
            WriteDate(w, ended ? "4" : "3", end, first: false);
        }

        WriteScope(w, project.Scope.Kind);
        WriteCountries(w, c, project.Scope.Countries, project.Scope.HasShares ? project.Scope : null, withRegion: project.Scope.Region is not null);
        if (project.Scope.Region is { } region)
        {
            // No percentage: the model does not split the activity between the region and its countries (rule 3.4.2
            // sums what is given; the countries' percentages already make 100).
            w.WriteStartElement("recipient-region");
            w.WriteAttributeString("code", region.Code.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("vocabulary", "1");
            WriteNarrative(w, region.Name);
            w.WriteEndElement();
        }

        WriteSector(w);
        foreach (var theme in project.ThematicAreas)
        {
            WriteTag(w, IatiExtension.ThematicAreaVocabularyUri, IatiExtension.Code(theme), Words(theme.ToString()));
        }

        WriteAidType(w);
        WriteBudgets(w, c);
        var transactions = WriteContributions(w, c);
        WriteMovements(w, c);
        foreach (var activity in project.Activities)
        {
            WriteRelated(w, ActivityIdentifier(project, activity, c.Options), "2");
        }

        WriteProjectExtension(w, c, transactions);
        w.WriteEndElement();
    }

    /// <summary>The project's <c>stamm:project</c> element: acronym, invitation to further donors, alternative titles, contributions.</summary>
    private static void WriteProjectExtension(XmlWriter w, Context c, Dictionary<int, int> transactions)
    {
        var project = c.Project;
        StartExtension(w, "project");
        ExtensionAttribute(w, "acronym", project.Acronym);
        ExtensionAttribute(w, "open-to-further-donors", project.OpenToFurtherDonors ? "true" : "false");
        foreach (var title in project.AlternativeTitles)
        {
            ExtensionText(w, "alternative-title", title);
        }

        for (var i = 0; i < c.Contributions.Length; i++)
        {
            var contribution = c.Contributions[i];
            StartExtension(w, "contribution");
            ExtensionAttribute(w, "donor", Number(project.Donors.IndexOf(contribution.Donor) + 1));
            if (contribution.Programme is { } programme)
            {
                ExtensionAttribute(w, "programme", Number(contribution.Donor.Programmes.IndexOf(programme) + 1));
            }

            if (transactions.TryGetValue(i, out var transaction))
            {
                ExtensionAttribute(w, "transaction", Number(transaction));
            }
            else if (contribution.Amount is { } amount)
            {
                ExtensionAttribute(w, "amount", amount.Amount.ToString(CultureInfo.InvariantCulture));
                ExtensionAttribute(w, "currency", amount.Currency.Code);
            }

            if (contribution.Period is { } period)
            {
                ExtensionAttribute(w, "start", IsoDate.Format(period.Start));
                ExtensionAttribute(w, "end", IsoDate.Format(period.End));
            }

            foreach (var country in contribution.Earmarks.Countries)
            {
                EmptyExtension(w, "earmark", "country", country.Code);
            }

            foreach (var type in contribution.Earmarks.ActivityTypes)
            {
                EmptyExtension(w, "earmark", "activity-type", IatiExtension.Code(type));
            }

            foreach (var theme in contribution.Earmarks.Themes)
            {
                EmptyExtension(w, "earmark", "theme", IatiExtension.Code(theme));
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    /// <summary>What the project knows that IATI has no element for, or that qualifies what the file says; written as a description of type 4 ("other").</summary>
    private static List<string> ProjectNotes(Context c)
    {
        var project = c.Project;
        var notes = new List<string>();
        if (!project.AlternativeTitles.IsEmpty)
        {
            notes.Add("Also known as: " + string.Join("; ", project.AlternativeTitles) + ".");
        }

        foreach (var contribution in c.Contributions)
        {
            if (contribution.Programme is not null)
            {
                notes.Add($"{contribution.Donor.Name} funds through its programme \"{contribution.Programme.Name}\".");
            }

            if (contribution.Amount is { } amount && (contribution.Period is null || contribution.Period.Start > c.Today))
            {
                notes.Add($"{contribution.Donor.Name} contributes {Format(amount)}; the date of the commitment is not known or not yet reached, so no transaction is reported.");
            }
        }

        if (project.OpenToFurtherDonors)
        {
            notes.Add("Further donors are invited to contribute.");
        }

        AddGeographyNotes(c, notes, project.Scope.Countries, project.Scope.HasShares);
        return notes;
    }

    private static void AddGeographyNotes(Context c, List<string> notes, IReadOnlyCollection<Country> countries, bool hasShares)
    {
        if (countries.Count > 1 && !hasShares)
        {
            notes.Add("The percentages of the recipient countries are an even split: the source names the countries but not how the work is shared among them, and IATI requires a percentage for each.");
        }

        if (countries.Any(x => x.IsKosovo))
        {
            notes.Add(c.Options.KosovoDesignation.FootnoteLine);
        }
    }

    private static void WriteActivity(XmlWriter w, Context c, Activity activity)
    {
        var countries = RecipientCountries(c, activity);
        StartActivity(w, c, ActivityIdentifier(c.Project, activity, c.Options), hierarchy: 2);
        WriteNarrativeElement(w, "title", activity.Title);
        WriteDescription(w, "1", activity.Summary);
        WriteDescription(w, "4", string.Join(" ", ActivityNotes(c, activity, countries)));
        foreach (var source in activity.Funding)
        {
            WriteParticipant(w, source.Donor.Organisation, OrganisationRole.Funding, funding: (c.Project.Donors.IndexOf(source.Donor) + 1, source.Programme is null ? 0 : source.Donor.Programmes.IndexOf(source.Programme) + 1));
        }

        WriteParticipant(w, c.Project.Implementer, OrganisationRole.Accountable);
        WriteParticipant(w, c.Project.Implementer, OrganisationRole.Implementing);

        var period = activity.Period;
        var status = period.End < c.Today ? ProjectStatus.Finalisation : period.Start > c.Today ? ProjectStatus.Pipeline : ProjectStatus.Implementation;
        WriteStatus(w, status);
        var start = period.Precision == DatePrecision.Month ? PartialDate.OfMonth(period.Start.ToYearMonth()) : PartialDate.OfDay(period.Start);
        var end = period.Precision == DatePrecision.Month ? start : PartialDate.OfDay(period.End);
        WriteDate(w, period.Start <= c.Today ? "2" : "1", start, first: true);
        WriteDate(w, period.End < c.Today ? "4" : "3", end, first: false);

        var scopeKind = countries.Count == 1 ? ScopeKind.National
            : c.Project.Scope.Kind == ScopeKind.Regional && countries.SetEquals(c.Project.Scope.Countries) ? ScopeKind.Regional
            : ScopeKind.MultiCountry;
        WriteScope(w, scopeKind);
        WriteCountries(w, c, countries, null, withRegion: false);
        WriteSector(w);
        foreach (var theme in activity.ThematicAreas)
        {
            WriteTag(w, IatiExtension.ThematicAreaVocabularyUri, IatiExtension.Code(theme), Words(theme.ToString()));
        }

        foreach (var dialogue in activity.Dialogues)
        {
            WriteTag(w, IatiExtension.DialogueVocabularyUri, IatiExtension.Code(dialogue), Words(dialogue.ToString()));
        }

        WriteAidType(w);
        foreach (var document in activity.Documents.Where(d => d.Url is not null))
        {
            WriteDocument(w, document);
        }

        WriteRelated(w, ProjectIdentifier(c.Project, c.Options), "1");
        WriteActivityExtension(w, activity);
        w.WriteEndElement();
    }

    /// <summary>The activity's <c>stamm:activity</c> element: type, experts, venue, beneficiaries, participants, topics, documents without an address.</summary>
    private static void WriteActivityExtension(XmlWriter w, Activity activity)
    {
        StartExtension(w, "activity");
        ExtensionAttribute(w, "type", IatiExtension.Code(activity.Type));
        if (activity.Experts is { } experts)
        {
            ExtensionAttribute(w, "experts", Number(experts));
        }

        if (activity.Venue is { } venue)
        {
            StartExtension(w, "venue");
            ExtensionAttribute(w, "mode", IatiExtension.Code(venue.Mode));
            if (venue.City is { } city)
            {
                ExtensionAttribute(w, "city", city);
            }

            if (venue.Country is { } country)
            {
                ExtensionAttribute(w, "country", country.Code);
            }

            w.WriteEndElement();
        }

        foreach (var beneficiary in activity.Beneficiaries)
        {
            WriteInstitution(w, "beneficiary", beneficiary);
        }

        WriteParticipants(w, activity.Participants);
        foreach (var topic in activity.Topics)
        {
            ExtensionText(w, "topic", topic);
        }

        foreach (var country in activity.TopicCountries)
        {
            EmptyExtension(w, "topic-country", "code", country.Code);
        }

        for (var i = 0; i < activity.Documents.Length; i++)
        {
            var document = activity.Documents[i];
            if (document.Url is not null)
            {
                continue;
            }

            // A document-link needs an address; this one has none. Its position keeps the order of all the documents.
            StartExtension(w, "document");
            ExtensionAttribute(w, "position", Number(i + 1));
            ExtensionAttribute(w, "category", document.Category);
            if (document.Published is { } published)
            {
                ExtensionAttribute(w, "published", published.ToString());
            }

            ExtensionText(w, "title", document.Title);
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void WriteInstitution(XmlWriter w, string name, Institution institution)
    {
        StartExtension(w, name);
        ExtensionAttribute(w, "name", institution.Name);
        ExtensionAttribute(w, "country", institution.Country.Code);
        ExtensionAttribute(w, "type", IatiExtension.Code(institution.Type));
        if (institution.Acronym is { } acronym)
        {
            ExtensionAttribute(w, "acronym", acronym);
        }

        if (institution.Parent is { } parent)
        {
            WriteInstitution(w, "parent", parent);
        }

        w.WriteEndElement();
    }

    private static void WriteParticipants(XmlWriter w, Participants participants)
    {
        if (participants.Equals(Participants.Unknown))
        {
            return;
        }

        StartExtension(w, "participants");
        if (participants.Count is { } count)
        {
            ExtensionAttribute(w, "count", Number(count));
        }

        foreach (var country in participants.Countries)
        {
            StartExtension(w, "country");
            ExtensionAttribute(w, "code", country.Code);
            if (participants.CountByCountry.TryGetValue(country, out var n))
            {
                ExtensionAttribute(w, "count", Number(n));
            }

            w.WriteEndElement();
        }

        if (participants.BySex is { } bySex)
        {
            StartExtension(w, "by-sex");
            ExtensionAttribute(w, "female", Number(bySex.Female));
            ExtensionAttribute(w, "male", Number(bySex.Male));
            ExtensionAttribute(w, "other", Number(bySex.Other));
            w.WriteEndElement();
        }

        if (participants.Description is { } description)
        {
            ExtensionText(w, "description", description);
        }

        w.WriteEndElement();
    }

    private static void StartExtension(XmlWriter w, string name) => w.WriteStartElement(IatiExtension.Prefix, name, IatiExtension.NamespaceUri);

    private static void ExtensionAttribute(XmlWriter w, string name, string value) => w.WriteAttributeString(IatiExtension.Prefix, name, IatiExtension.NamespaceUri, value);

    private static void ExtensionText(XmlWriter w, string name, string text) => w.WriteElementString(IatiExtension.Prefix, name, IatiExtension.NamespaceUri, text);

    private static void EmptyExtension(XmlWriter w, string name, string attribute, string value)
    {
        StartExtension(w, name);
        ExtensionAttribute(w, attribute, value);
        w.WriteEndElement();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void WriteTag(XmlWriter w, string vocabularyUri, string code, string words)
    {
        w.WriteStartElement("tag");
        w.WriteAttributeString("code", code);
        w.WriteAttributeString("vocabulary", "99");
        w.WriteAttributeString("vocabulary-uri", vocabularyUri);
        WriteNarrative(w, words);
        w.WriteEndElement();
    }

    private static List<string> ActivityNotes(Context c, Activity activity, SortedSet<Country> countries)
    {
        var designation = c.Options.KosovoDesignation;
        var notes = new List<string> { $"Type of activity: {Words(activity.Type.ToString())}." };
        if (activity.Venue is { } venue)
        {
            var place = string.Join(", ", new[] { venue.City, venue.Country is null ? null : designation.DisplayName(venue.Country) }.Where(s => s is not null));
            notes.Add(venue.Mode == VenueMode.Online ? "Held online." : $"Held {(venue.Mode == VenueMode.Hybrid ? "in hybrid form " : string.Empty)}in {place}.");
        }

        if (!activity.Beneficiaries.IsEmpty)
        {
            notes.Add("Beneficiary institutions: " + string.Join("; ", activity.Beneficiaries.Select(b => $"{b.Name} ({designation.DisplayName(b.Country)})")) + ".");
        }

        if (activity.Participants.Description is { } who)
        {
            notes.Add($"Participants: {who}" + (activity.Participants.Count is { } n ? string.Create(CultureInfo.InvariantCulture, $" ({n})") : string.Empty) + ".");
        }

        if (!activity.Topics.IsEmpty)
        {
            notes.Add("Topics: " + string.Join("; ", activity.Topics) + ".");
        }

        foreach (var funder in activity.Funding.Where(f => f.Programme is not null))
        {
            notes.Add($"{funder.Donor.Name} funds it through its programme \"{funder.Programme!.Name}\".");
        }

        foreach (var document in activity.Documents.Where(d => d.Url is null))
        {
            notes.Add($"Document without a published address: \"{document.Title}\" ({document.Category}{(document.Published is null ? string.Empty : ", " + document.Published)}).");
        }

        AddGeographyNotes(c, notes, countries, hasShares: false);
        return notes;
    }

    /// <summary>
    /// The countries that benefit from an activity: those of its participants and beneficiaries; failing those, the
    /// countries it is about that lie in the project's scope; failing those, the project's scope.
    /// </summary>
    private static SortedSet<Country> RecipientCountries(Context c, Activity activity)
    {
        var set = new SortedSet<Country>(activity.Participants.Countries);
        set.UnionWith(activity.Beneficiaries.Select(b => b.Country));
        if (set.Count == 0)
        {
            set.UnionWith(activity.TopicCountries.Where(c.Project.Scope.Contains));
        }

        if (set.Count == 0)
        {
            set.UnionWith(c.Project.Scope.Countries);
        }

        return set;
    }

    private static void StartActivity(XmlWriter w, Context c, string identifier, int hierarchy)
    {
        w.WriteStartElement("iati-activity");
        w.WriteAttributeString("xml", "lang", null, c.Options.Language);
        w.WriteAttributeString("hierarchy", hierarchy.ToString(CultureInfo.InvariantCulture));
        w.WriteElementString("iati-identifier", identifier);
        var reporter = c.Options.ReportingOrganisation;
        w.WriteStartElement("reporting-org");
        w.WriteAttributeString("ref", reporter.Identifier.Value);
        w.WriteAttributeString("type", Code(reporter.Type));
        WriteNarrative(w, reporter.Name);
        w.WriteEndElement();
    }

    private static void WriteNarrativeElement(XmlWriter w, string name, string text)
    {
        w.WriteStartElement(name);
        WriteNarrative(w, text);
        w.WriteEndElement();
    }

    private static void WriteNarrative(XmlWriter w, string text) => w.WriteElementString("narrative", text);

    private static void WriteDescription(XmlWriter w, string type, string? text)
    {
        if (text is null)
        {
            return;
        }

        w.WriteStartElement("description");
        w.WriteAttributeString("type", type);
        WriteNarrative(w, text);
        w.WriteEndElement();
    }

    /// <summary>
    /// A <c>participating-org</c>, with what IATI has no attribute for in the extension: the acronym and country, a
    /// donor's programmes (on the project), and for a funder of an activity the project's donor and programme it is
    /// (1-based positions, so that two donors of the same name stay apart).
    /// </summary>
    private static void WriteParticipant(
        XmlWriter w,
        Organisation organisation,
        OrganisationRole role,
        IEnumerable<FundingProgramme>? programmes = null,
        (int Donor, int Programme)? funding = null)
    {
        w.WriteStartElement("participating-org");
        if (organisation.Identifier is { } identifier)
        {
            w.WriteAttributeString("ref", identifier.Value);
        }

        w.WriteAttributeString("role", ((int)role).ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("type", Code(organisation.Type));
        if (organisation.Acronym is { } acronym)
        {
            ExtensionAttribute(w, "acronym", acronym);
        }

        if (organisation.Country is { } country)
        {
            ExtensionAttribute(w, "country", country.Code);
        }

        if (funding is { } f)
        {
            ExtensionAttribute(w, "donor", Number(f.Donor));
            if (f.Programme > 0)
            {
                ExtensionAttribute(w, "programme", Number(f.Programme));
            }
        }

        WriteNarrative(w, organisation.Name);
        foreach (var programme in programmes ?? [])
        {
            StartExtension(w, "programme");
            ExtensionAttribute(w, "name", programme.Name);
            if (programme.LocalName is { } local)
            {
                ExtensionAttribute(w, "local-name", local);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void WriteStatus(XmlWriter w, ProjectStatus status)
    {
        w.WriteStartElement("activity-status");
        w.WriteAttributeString("code", ((int)status).ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }

    private static void WriteDate(XmlWriter w, string type, PartialDate date, bool first)
    {
        w.WriteStartElement("activity-date");
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("iso-date", IsoDate.Format(first ? date.FirstDay : date.LastDay));
        if (date.Precision == DatePrecision.Month)
        {
            ExtensionAttribute(w, "precision", "month");
            WriteNarrative(w, $"The source gives only the month ({MonthName.Format(date.YearMonth)}); the {(first ? "first" : "last")} day of the month stands for it.");
        }

        w.WriteEndElement();
    }

    private static void WriteScope(XmlWriter w, ScopeKind kind)
    {
        w.WriteStartElement("activity-scope");
        w.WriteAttributeString("code", kind switch
        {
            ScopeKind.Regional => "2",
            ScopeKind.MultiCountry => "3",
            _ => "4",
        });
        w.WriteEndElement();
    }

    /// <summary>
    /// The recipient countries: with the scope's shares when it has them (also for a single country), else with an even
    /// split for several countries, marked <c>stamm:share="even-split"</c> so that a reader does not take it for shares.
    /// Beside a region, even a single country has its percentage (100), as rule 3.4.2 sums countries and region to 100.
    /// </summary>
    private static void WriteCountries(XmlWriter w, Context c, IEnumerable<Country> countries, GeographicScope? withShares, bool withRegion)
    {
        var list = countries.ToList();
        var percentages = withShares is not null
            ? list.Select(x => withShares.ShareOf(x)!.Value).ToList()
            : EvenSplit(list.Count);

        for (var i = 0; i < list.Count; i++)
        {
            w.WriteStartElement("recipient-country");
            w.WriteAttributeString("code", list[i].Code);
            var percentage = withShares is not null || list.Count > 1 || withRegion;
            if (percentage)
            {
                w.WriteAttributeString("percentage", percentages[i].ToString(CultureInfo.InvariantCulture));
            }

            if (withShares is null && percentage)
            {
                ExtensionAttribute(w, "share", "even-split");
            }

            WriteNarrative(w, c.Options.KosovoDesignation.DisplayName(list[i]));
            w.WriteEndElement();
        }
    }

    /// <summary>Percentages with two decimals that sum to exactly 100: the remainder cents go to the first countries.</summary>
    internal static List<decimal> EvenSplit(int count)
    {
        var result = new List<decimal>(count);
        if (count == 0)
        {
            return result;
        }

        var cents = 10_000 / count;
        var remainder = 10_000 % count;
        for (var i = 0; i < count; i++)
        {
            result.Add((cents + (i < remainder ? 1 : 0)) / 100m);
        }

        return result;
    }

    private static void WriteSector(XmlWriter w)
    {
        w.WriteStartElement("sector");
        w.WriteAttributeString("vocabulary", "1");
        w.WriteAttributeString("code", SectorCode);
        WriteNarrative(w, "Facilitation of orderly, safe, regular and responsible migration and mobility");
        w.WriteEndElement();
    }

    private static void WriteAidType(XmlWriter w)
    {
        w.WriteStartElement("default-aid-type");
        w.WriteAttributeString("code", AidTypeCode);
        w.WriteAttributeString("vocabulary", "1");
        w.WriteEndElement();
    }

    /// <summary>
    /// A contribution with a known amount and a known start that has passed becomes an incoming commitment
    /// (transaction type 11) from the donor; every other contribution writes nothing, since IATI has no place for an
    /// amount without a date, or a donor without an amount, other than the participating-org already written.
    /// </summary>
    /// <returns>For each contribution written as a transaction, its index and the transaction's 1-based position.</returns>
    private static Dictionary<int, int> WriteContributions(XmlWriter w, Context c)
    {
        var written = new Dictionary<int, int>();
        for (var i = 0; i < c.Contributions.Length; i++)
        {
            var contribution = c.Contributions[i];
            if (contribution.Amount is not { } amount || contribution.Period is not { } period || period.Start > c.Today)
            {
                continue;
            }

            written[i] = written.Count + 1;

            var date = IsoDate.Format(period.Start);
            w.WriteStartElement("transaction");
            w.WriteStartElement("transaction-type");
            w.WriteAttributeString("code", "11");
            w.WriteEndElement();
            w.WriteStartElement("transaction-date");
            w.WriteAttributeString("iso-date", date);
            w.WriteEndElement();
            w.WriteStartElement("value");
            w.WriteAttributeString("currency", amount.Currency.Code);
            w.WriteAttributeString("value-date", date);
            w.WriteString(amount.Amount.ToString(CultureInfo.InvariantCulture));
            w.WriteEndElement();
            WriteTransactionOrg(w, "provider-org", contribution.Donor.Organisation);
            WriteTransactionOrg(w, "receiver-org", c.Project.Implementer);
            w.WriteEndElement();
        }

        return written;
    }

    /// <summary>
    /// A budget (type 1 original) for each contribution whose amount and period are both known and whose period IATI
    /// accepts for a budget (its start before its end, at most a year apart: rules 8.6.3 and 7.5.3): the donor's
    /// share over its period, committed (status 2) once the period has started, indicative (1) before; marked
    /// <c>stamm:contribution</c> (1-based). Any other contribution writes no budget: an unknown amount is never
    /// written as 0, and the model has no yearly schedule of a longer contribution to split it by (an even split
    /// would be invented); its amount and period stay in <c>stamm:contribution</c> and its incoming commitment.
    /// </summary>
    private static void WriteBudgets(XmlWriter w, Context c)
    {
        for (var i = 0; i < c.Contributions.Length; i++)
        {
            var contribution = c.Contributions[i];
            if (contribution.Amount is not { } amount || contribution.Period is not { } period || !FitsOneBudget(period))
            {
                continue;
            }

            w.WriteStartElement("budget");
            w.WriteAttributeString("type", "1");
            w.WriteAttributeString("status", period.Start <= c.Today ? "2" : "1");
            ExtensionAttribute(w, "contribution", Number(i + 1));
            w.WriteStartElement("period-start");
            w.WriteAttributeString("iso-date", IsoDate.Format(period.Start));
            w.WriteEndElement();
            w.WriteStartElement("period-end");
            w.WriteAttributeString("iso-date", IsoDate.Format(period.End));
            w.WriteEndElement();
            WriteValue(w, amount, period.Start);
            w.WriteEndElement();
        }
    }

    /// <summary>Whether IATI accepts the period for one budget: its start before its end, at most 365 days apart (as rule 7.5.3 counts).</summary>
    internal static bool FitsOneBudget(DateInterval period) =>
        period.Start < period.End && Period.Between(period.Start, period.End, PeriodUnits.Days).Days <= 365;

    /// <summary>The portfolio's movements (see <see cref="Write(Portfolio, XmlWriter, IatiExportOptions)"/>), from the implementer; none for a project alone.</summary>
    private static void WriteMovements(XmlWriter w, Context c)
    {
        foreach (var movement in c.Movements)
        {
            w.WriteStartElement("transaction");
            ExtensionAttribute(w, "case", movement.CaseId);
            ExtensionAttribute(w, "event", movement.Event);
            ExtensionAttribute(w, "contribution", Number(movement.Contribution + 1));
            if (movement.Rate is { } rate && movement.Original is { } original)
            {
                // The commitment was made in another currency: its own amount and the rate that converted it.
                ExtensionAttribute(w, "amount", original.Amount.ToString(CultureInfo.InvariantCulture));
                ExtensionAttribute(w, "currency", original.Currency.Code);
                ExtensionAttribute(w, "rate", rate.Rate.ToString(CultureInfo.InvariantCulture));
                ExtensionAttribute(w, "rate-source", rate.Source);
                ExtensionAttribute(w, "rate-date", IsoDate.Format(rate.Date));
            }

            w.WriteStartElement("transaction-type");
            w.WriteAttributeString("code", movement.TransactionType);
            w.WriteEndElement();
            w.WriteStartElement("transaction-date");
            w.WriteAttributeString("iso-date", IsoDate.Format(movement.Date));
            w.WriteEndElement();
            WriteValue(w, movement.Amount, movement.Date);
            WriteNarrativeElement(w, "description", movement.Event switch
            {
                "approved" => $"Commitment to case {movement.CaseId} at its approval.",
                "delivered" => $"Actual cost of case {movement.CaseId} at its delivery.",
                "closed" => $"Release, at the closing of case {movement.CaseId}, of what its delivery did not spend.",
                _ => $"Release of the commitment to case {movement.CaseId} at its cancellation.",
            });
            WriteTransactionOrg(w, "provider-org", c.Project.Implementer);
            w.WriteEndElement();
        }
    }

    private static void WriteValue(XmlWriter w, Money amount, LocalDate valueDate)
    {
        w.WriteStartElement("value");
        w.WriteAttributeString("currency", amount.Currency.Code);
        w.WriteAttributeString("value-date", IsoDate.Format(valueDate));
        w.WriteString(amount.Amount.ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }

    private static void WriteTransactionOrg(XmlWriter w, string name, Organisation organisation)
    {
        w.WriteStartElement(name);
        if (organisation.Identifier is { } identifier)
        {
            w.WriteAttributeString("ref", identifier.Value);
        }

        w.WriteAttributeString("type", Code(organisation.Type));
        WriteNarrative(w, organisation.Name);
        w.WriteEndElement();
    }

    private static void WriteDocument(XmlWriter w, DocumentLink document)
    {
        w.WriteStartElement("document-link");
        w.WriteAttributeString("url", document.Url!.AbsoluteUri);
        // The model does not know the file's media type; octet-stream is the IANA type for "some bytes".
        w.WriteAttributeString("format", "application/octet-stream");
        WriteNarrativeElement(w, "title", document.Title);
        w.WriteStartElement("category");
        w.WriteAttributeString("code", document.Category);
        w.WriteEndElement();
        if (document.Published is { } published)
        {
            w.WriteStartElement("document-date");
            w.WriteAttributeString("iso-date", IsoDate.Format(published.FirstDay));
            if (published.Precision == DatePrecision.Month)
            {
                ExtensionAttribute(w, "precision", "month");
            }
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void WriteRelated(XmlWriter w, string identifier, string type)
    {
        w.WriteStartElement("related-activity");
        w.WriteAttributeString("ref", identifier);
        w.WriteAttributeString("type", type);
        w.WriteEndElement();
    }

    private static string Code(OrganisationType type) => ((int)type).ToString(CultureInfo.InvariantCulture);

    private static string Format(Money money) => string.Create(CultureInfo.InvariantCulture, $"{money.Amount} {money.Currency.Code}");

    private static string Words(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        foreach (var ch in pascal)
        {
            if (char.IsUpper(ch) && builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(builder.Length == 0 ? ch : char.ToLowerInvariant(ch));
        }

        return builder.ToString();
    }

    private sealed record Context(TechnicalAssistanceProject Project, IatiExportOptions Options, LocalDate Today, ImmutableArray<Contribution> Contributions, IReadOnlyList<Movement> Movements);

    /// <summary>What one event moved on one contribution (index into the portfolio's contributions), in its currency.</summary>
    internal sealed record Movement(string CaseId, string Event, string TransactionType, int Contribution, LocalDate Date, Money Amount, ExchangeRate? Rate, Money? Original);
}
