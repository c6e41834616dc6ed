using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Activities;
using StAMM.Domain.Finance;
using StAMM.Domain.Iati.Export;
using StAMM.Domain.Geography;
using StAMM.Domain.Iati.Reading;
using StAMM.Domain.Iati.Reference;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Iati.Import;

/// <summary>Maps the elements of one activity into its builder, noting each problem.</summary>
internal sealed class IatiActivityMapper(IatiImportedActivity.Builder b)
{
    private static readonly XName Lang = XNamespace.Xml + "lang";

    /// <summary>An attribute's value, trimmed; <see langword="null"/> when missing or blank.</summary>
    public static string? Attr(XElement element, string name) =>
        element.Attribute(name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    public void Problem(string relativePath, string reason) => b.Problems.Add(new IatiImportProblem(b.Path + relativePath, reason));

    /// <summary>Reads an attribute's code and checks it against a codelist; an unknown code is kept and reported.</summary>
    public string? Code(XElement element, string attribute, string codelist, string path)
    {
        var code = Attr(element, attribute);
        if (code is null)
        {
            return null;
        }

        if (!IatiCodelists.Contains(codelist, code))
        {
            Problem(path, $"{Quote.Of(code)} is not a code of the IATI {codelist} codelist.");
        }
        else if (IatiCodelists.IsWithdrawn(codelist, code))
        {
            Problem(path, $"{Quote.Of(code)} is withdrawn from the IATI {codelist} codelist.");
        }

        return code;
    }

    public void Element(XElement e, string path)
    {
        switch (e.Name.LocalName)
        {
            case "iati-identifier":
                b.Identifier = e.Value.Trim() is { Length: > 0 } id ? id : null;
                break;
            case "reporting-org":
                b.ReportingOrganisation = Organisation(e, path);
                break;
            case "title":
                b.Titles.AddRange(Narratives(e, path));
                break;
            case "description":
                b.Descriptions.Add(new IatiDescription(Code(e, "type", "DescriptionType", path + "/@type") ?? "1", Narratives(e, path)));
                break;
            case "participating-org":
                Participant(e, path);
                break;
            case "activity-status":
                var status = Code(e, "code", "ActivityStatus", path + "/@code");
                if (int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var s) && Enum.IsDefined((ProjectStatus)s))
                {
                    b.Status = (ProjectStatus)s;
                }
                else
                {
                    Problem(path, $"The status {(status is null ? "(none)" : Quote.Of(status))} is not one of the six IATI activity statuses.");
                }

                break;
            case "activity-date":
                ActivityDate(e, path);
                break;
            case "activity-scope":
                b.ScopeCode = Code(e, "code", "ActivityScope", path + "/@code");
                break;
            case "recipient-country":
                RecipientCountry(e, path);
                break;
            case "recipient-region":
                RecipientRegion(e, path);
                break;
            case "location":
                Location(e, path);
                break;
            case "sector":
                Sector(e, path);
                break;
            case "tag":
                Tag(e, path);
                break;
            case "default-aid-type":
                var vocabulary = Attr(e, "vocabulary") ?? "1";
                if (vocabulary == "1" && Code(e, "code", "AidType", path + "/@code") is { } aid)
                {
                    b.AidTypeCodes.Add(aid);
                }
                else if (vocabulary != "1")
                {
                    Problem(path, $"Aid-type vocabulary {Quote.Of(vocabulary)} is not read; only vocabulary 1 (OECD DAC) is.");
                }

                break;
            case "budget":
                b.Budgets.Add(new IatiBudget(
                    Code(e, "type", "BudgetType", path + "/@type") ?? "1",
                    Code(e, "status", "BudgetStatus", path + "/@status") ?? "1",
                    DateOf(e.Element("period-start"), path + "/period-start"),
                    DateOf(e.Element("period-end"), path + "/period-end"),
                    Value(e.Element("value"), path + "/value")));
                break;
            case "transaction":
                var type = e.Element("transaction-type") is { } t ? Code(t, "code", "TransactionType", path + "/transaction-type/@code") : null;
                if (type is null)
                {
                    Problem(path, "The transaction has no transaction-type.");
                }

                b.Transactions.Add(new IatiTransaction(
                    type,
                    DateOf(e.Element("transaction-date"), path + "/transaction-date"),
                    Value(e.Element("value"), path + "/value"),
                    e.Element("provider-org") is { } provider ? Organisation(provider, path + "/provider-org") : null,
                    e.Element("receiver-org") is { } receiver ? Organisation(receiver, path + "/receiver-org") : null));
                break;
            case "document-link":
                if (Attr(e, "url") is { } url)
                {
                    var categories = e.Elements("category").Select((c, i) => Code(c, "code", "DocumentCategory", string.Create(CultureInfo.InvariantCulture, $"{path}/category[{i + 1}]/@code"))).OfType<string>();
                    b.Documents.Add(new IatiDocument(url, e.Element("title") is { } title ? Narratives(title, path + "/title") : [], [.. categories]));
                }
                else
                {
                    Problem(path, "The document link has no url.");
                }

                break;
            case "related-activity":
                var reference = Attr(e, "ref");
                var relation = Code(e, "type", "RelatedActivityType", path + "/@type");
                if (reference is not null && int.TryParse(relation, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && Enum.IsDefined((IatiRelationship)r))
                {
                    b.RelatedActivities.Add(new IatiRelatedActivity(reference, (IatiRelationship)r));
                }
                else
                {
                    Problem(path, "A related activity needs a ref and a type from 1 to 5.");
                }

                break;
        }
    }

    public ImmutableArray<IatiNarrative> Narratives(XElement e, string path)
    {
        var list = ImmutableArray.CreateBuilder<IatiNarrative>();
        var narratives = e.Elements("narrative").ToList();
        if (narratives.Count == 0)
        {
            // Files written to 1.0x habits put the text straight into the element.
            var text = string.Concat(e.Nodes().OfType<XText>().Select(t => t.Value)).Trim();
            if (text.Length > 0)
            {
                list.Add(new IatiNarrative(text, b.DefaultLanguage));
            }

            return list.ToImmutable();
        }

        for (var i = 0; i < narratives.Count; i++)
        {
            var text = narratives[i].Value.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var language = narratives[i].Attribute(Lang)?.Value.Trim().ToLowerInvariant();
            if (language is { Length: > 0 } && !IatiCodelists.Contains("Language", language))
            {
                Problem(string.Create(CultureInfo.InvariantCulture, $"{path}/narrative[{i + 1}]/@xml:lang"), $"{Quote.Of(language)} is not in the IATI Language codelist.");
            }

            list.Add(new IatiNarrative(text, language is { Length: > 0 } ? language : b.DefaultLanguage));
        }

        return list.ToImmutable();
    }

    private IatiOrganisationReference Organisation(XElement e, string path)
    {
        var reference = Attr(e, "ref");
        OrganisationIdentifier? identifier = null;
        if (reference is not null)
        {
            var result = OrganisationIdentifier.Create(reference);
            if (result.IsValid)
            {
                identifier = result.OrThrow();
            }
            else
            {
                Problem(path + "/@ref", $"{Quote.Of(reference)} is not an organisation identifier of the form prefix-number, so it is kept only as text.");
            }
        }

        OrganisationType? type = null;
        if (Code(e, "type", "OrganisationType", path + "/@type") is { } code)
        {
            if (int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var t) && Enum.IsDefined((OrganisationType)t))
            {
                type = (OrganisationType)t;
            }
        }

        return new IatiOrganisationReference(reference, identifier, type, Narratives(e, path));
    }

    private void Participant(XElement e, string path)
    {
        var organisation = Organisation(e, path);
        OrganisationRole? role = null;
        var code = Code(e, "role", "OrganisationRole", path + "/@role");
        if (int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && Enum.IsDefined((OrganisationRole)r))
        {
            role = (OrganisationRole)r;
        }
        else
        {
            Problem(path + "/@role", $"The role {(code is null ? "(none)" : Quote.Of(code))} is not one of the four IATI organisation roles.");
        }

        b.Participants.Add(new IatiParticipant(organisation, role, Attr(e, "activity-id")));
    }

    private void ActivityDate(XElement e, string path)
    {
        var type = Code(e, "type", "ActivityDateType", path + "/@type");
        var date = DateOf(e, path);
        if (date is null)
        {
            return;
        }

        if (int.TryParse(type, NumberStyles.None, CultureInfo.InvariantCulture, out var t) && Enum.IsDefined((IatiDateType)t))
        {
            b.Dates.Add(new IatiActivityDate((IatiDateType)t, date.Value, Narratives(e, path)));
        }
        else
        {
            Problem(path + "/@type", $"The date type {(type is null ? "(none)" : Quote.Of(type))} is not one of the four IATI activity date types.");
        }
    }

    private void RecipientCountry(XElement e, string path)
    {
        var code = Attr(e, "code")?.ToUpperInvariant();
        if (code is null)
        {
            Problem(path, "The recipient country has no code.");
            return;
        }

        Country.TryFromCode(code, out var country);
        if (country is null)
        {
            Problem(path + "/@code", $"{Quote.Of(code)} is not a code of the IATI Country codelist.");
        }

        b.Countries.Add(new IatiCountryShare(code, country, Percentage(e, path)));
    }

    private void RecipientRegion(XElement e, string path)
    {
        var code = Attr(e, "code");
        if (code is null)
        {
            Problem(path, "The recipient region has no code.");
            return;
        }

        var vocabulary = Code(e, "vocabulary", "RegionVocabulary", path + "/@vocabulary") ?? "1";
        IatiRegion? region = null;
        if (vocabulary == "1" && !(int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && IatiRegion.TryFromCode(n, out region)))
        {
            Problem(path + "/@code", $"{Quote.Of(code)} is not a code of the IATI Region codelist.");
        }

        b.Regions.Add(new IatiRegionShare(code, vocabulary, region, Percentage(e, path)));
    }

    private void Location(XElement e, string path)
    {
        decimal? latitude = null, longitude = null;
        if (e.Element("point") is { } point)
        {
            var pos = point.Element(XName.Get("pos", point.Name.NamespaceName))?.Value.Trim();
            var parts = pos?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts is [var lat, var lon]
                && decimal.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var la)
                && decimal.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo))
            {
                (latitude, longitude) = (la, lo);
            }
            else
            {
                Problem(path + "/point", pos is null ? "The point has no pos, so the location has no coordinates." : $"{Quote.Of(pos)} is not a latitude and a longitude.");
            }
        }

        b.Locations.Add(new IatiLocation(e.Element("name") is { } name ? Narratives(name, path + "/name") : [], latitude, longitude));
    }

    private void Sector(XElement e, string path)
    {
        var code = Attr(e, "code");
        if (code is null)
        {
            Problem(path, "The sector has no code.");
            return;
        }

        var vocabulary = Code(e, "vocabulary", "SectorVocabulary", path + "/@vocabulary") ?? "1";
        if (vocabulary == "1" && !IatiCodelists.Contains("Sector", code))
        {
            Problem(path + "/@code", $"{Quote.Of(code)} is not a code of the IATI Sector codelist (OECD DAC CRS 5-digit).");
        }

        b.Sectors.Add(new IatiSector(code, vocabulary, Percentage(e, path), Narratives(e, path)));
    }

    /// <summary>
    /// A tag of any vocabulary is kept as written; one of the two vocabularies <see cref="IatiExport"/> writes (vocabulary
    /// 99 with our URI) is also read as a thematic area or a dialogue. The TagVocabulary codelist is not embedded, so
    /// the vocabulary code is not checked.
    /// </summary>
    private void Tag(XElement e, string path)
    {
        var code = Attr(e, "code");
        if (code is null)
        {
            Problem(path, "The tag has no code.");
            return;
        }

        var vocabulary = Attr(e, "vocabulary") ?? "1";
        var uri = Attr(e, "vocabulary-uri");
        b.Tags.Add(new IatiTag(code, vocabulary, uri, Narratives(e, path)));
        if (vocabulary != "99")
        {
            return;
        }

        if (uri == IatiExtension.ThematicAreaVocabularyUri)
        {
            if (IatiExtension.TryParse<ThematicArea>(code, out var theme))
            {
                b.ThematicAreas.Add(theme);
            }
            else
            {
                Problem(path + "/@code", $"{Quote.Of(code)} is not a thematic area of the vocabulary {IatiExtension.ThematicAreaVocabularyUri}.");
            }
        }
        else if (uri == IatiExtension.DialogueVocabularyUri)
        {
            if (IatiExtension.TryParse<MigrationDialogue>(code, out var dialogue))
            {
                b.Dialogues.Add(dialogue);
            }
            else
            {
                Problem(path + "/@code", $"{Quote.Of(code)} is not a migration dialogue of the vocabulary {IatiExtension.DialogueVocabularyUri}.");
            }
        }
    }

    private decimal? Percentage(XElement e, string path)
    {
        if (Attr(e, "percentage") is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem(path + "/@percentage", $"{Quote.Of(text)} is not a number.");
        return null;
    }

    private IatiValue? Value(XElement? e, string path)
    {
        if (e is null)
        {
            return null;
        }

        var text = e.Value.Trim();
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
        {
            Problem(path, $"{Quote.Of(text)} is not an amount.");
            return null;
        }

        var currency = Code(e, "currency", "Currency", path + "/@currency") ?? b.DefaultCurrency;
        if (currency is null)
        {
            Problem(path, "The value has no currency, and the activity no default currency.");
        }

        Money? money = currency is not null && Currency.TryFromCode(currency, out var known) ? Money.Of(amount, known) : null;
        LocalDate? valueDate = Attr(e, "value-date") is { } date ? ParseDate(date, path + "/@value-date") : null;
        return new IatiValue(amount, currency, money, valueDate);
    }

    private LocalDate? DateOf(XElement? e, string path)
    {
        if (e is null)
        {
            return null;
        }

        if (Attr(e, "iso-date") is not { } text)
        {
            Problem(path, "The date has no iso-date.");
            return null;
        }

        return ParseDate(text, path + "/@iso-date");
    }

    private LocalDate? ParseDate(string text, string path)
    {
        if (IatiDate.TryParse(text, out var date))
        {
            return date;
        }

        Problem(path, $"{Quote.Of(text)} is not a date (a date is yyyy-mm-dd, years 0001 to 9999, optionally with a time or a zone).");
        return null;
    }

    /// <summary>Maps what spans several elements: the domain period and the domain geographic scope.</summary>
    public void Finish()
    {
        if (b.Identifier is null)
        {
            Problem("/iati-identifier", "The activity has no iati-identifier.");
        }

        if (b.Titles.Count == 0)
        {
            Problem("/title", "The activity has no title.");
        }

        MapPeriod();
        MapScope();
    }

    private void MapPeriod()
    {
        LocalDate? Find(IatiDateType type) => b.Dates.FirstOrDefault(d => d.Type == type)?.Date;
        var start = Find(IatiDateType.ActualStart) ?? Find(IatiDateType.PlannedStart);
        var end = Find(IatiDateType.ActualEnd) ?? Find(IatiDateType.PlannedEnd);
        if (start is null)
        {
            Problem("/activity-date", "No start date (type 1 or 2), so the activity has no domain period.");
            return;
        }

        var result = ProjectPeriod.Create(PartialDate.OfDay(start.Value), end is null ? null : PartialDate.OfDay(end.Value));
        if (result.TryPickT0(out var period, out var failure))
        {
            b.Period = period;
        }
        else
        {
            AddDomainProblems("/activity-date", failure);
        }
    }

    private void MapScope()
    {
        var recipientSumHolds = MapRecipientSum();
        var countries = b.Countries.Where(c => c.Country is not null).ToList();
        if (countries.Count == 0)
        {
            return;
        }

        ScopeKind kind;
        switch (b.ScopeCode)
        {
            case "2":
                kind = ScopeKind.Regional;
                break;
            case "3":
                kind = ScopeKind.MultiCountry;
                break;
            case "4" or "5" or "6" or "7" or "8" when countries.Count == 1:
                kind = ScopeKind.National;
                break;
            default:
                kind = countries.Count == 1 ? ScopeKind.National : ScopeKind.MultiCountry;
                break;
        }

        var regionsShare = b.Regions.Any(r => r.Percentage is not null);
        var withShares = recipientSumHolds && countries.Count > 1 && countries.All(c => c.Percentage is not null) && !regionsShare;
        if (countries.Count > 1 && recipientSumHolds && !withShares && countries.Any(c => c.Percentage is not null))
        {
            Problem("/recipient-country", regionsShare
                ? "The domain scope holds no shares: regions share the 100% with the countries. The percentages are kept in Countries and Regions, their sum in RecipientPercentageSum."
                : "The domain scope holds no shares: not every country has a percentage. The percentages given are kept in Countries.");
        }

        var shares = withShares ? countries.Select(c => (c.Country!, c.Percentage!.Value)) : null;
        var regions = b.Regions.Where(r => r.Region is not null).Select(r => r.Region!).Distinct().ToList();
        var region = kind == ScopeKind.Regional && regions.Count == 1 ? regions[0] : null;
        var result = GeographicScope.Create(kind, countries.Select(c => c.Country!), shares, region);
        if (result.TryPickT0(out var scope, out var failure))
        {
            b.GeographicScope = scope;
        }
        else
        {
            AddDomainProblems("/recipient-country", failure);
        }
    }

    /// <summary>
    /// Sums the percentages of the recipient countries and regions (IATI rule 3.4.2: together they make 100) into
    /// <see cref="IatiImportedActivity.RecipientPercentageSum"/>; the same test and tolerance as the checker.
    /// </summary>
    /// <returns><see langword="false"/> when there are percentages and, with more than one recipient, they do not sum to 100.</returns>
    private bool MapRecipientSum()
    {
        var percentages = b.Countries.Select(c => c.Percentage).Concat(b.Regions.Select(r => r.Percentage)).OfType<decimal>().ToList();
        if (percentages.Count == 0)
        {
            return true;
        }

        var sum = 0m;
        foreach (var percentage in percentages)
        {
            if ((percentage > 0m && sum > decimal.MaxValue - percentage) || (percentage < 0m && sum < decimal.MinValue - percentage))
            {
                Problem("/recipient-country", "The percentages of the recipient countries and regions sum beyond the range of numbers that can be added (about 7.9E+28), not to 100.");
                return false;
            }

            sum += percentage;
        }

        b.RecipientPercentageSum = sum;
        if (b.Countries.Count + b.Regions.Count > 1 && !Validation.IatiValidator.SumsTo(sum, 100m))
        {
            Problem("/recipient-country", string.Create(CultureInfo.InvariantCulture, $"The percentages of the recipient countries and regions sum to {sum}, not to 100 (within {GeographicScope.ShareSumTolerance})."));
            return false;
        }

        return true;
    }

    private void AddDomainProblems(string path, ValidationFailure failure)
    {
        foreach (var problem in failure.Problems)
        {
            Problem(path, $"{problem.Code}: {problem.Message}");
        }
    }
}
