using System.Collections.Immutable;
using System.Globalization;
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

/// <summary>
/// Maps the elements of one activity at a time into an <see cref="IatiImportedActivity"/>, noting each problem with its
/// path. One mapper serves one file, activity after activity: its builders and tables are reused, and a path is made
/// only for a problem.
/// </summary>
internal sealed class IatiActivityMapper
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private static readonly System.Collections.Frozen.FrozenSet<string> Read = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "iati-identifier", "reporting-org", "title", "description", "participating-org", "activity-status", "activity-date",
        "activity-scope", "recipient-country", "recipient-region", "location", "sector", "tag", "default-aid-type", "budget",
        "transaction", "document-link", "related-activity",
    ], StringComparer.Ordinal);

    private readonly IatiImportedActivity.Builder b = new();
    private readonly ImmutableArray<IatiNarrative>.Builder _narratives = ImmutableArray.CreateBuilder<IatiNarrative>();
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, (int Position, int Count)> _unread = new(StringComparer.Ordinal);
    private readonly List<IatiCountryShare> _known = [];
    private readonly List<Country> _scopeCountries = [];
    private readonly List<(Country, decimal)> _shares = [];

    /// <summary>Maps one activity: its attributes, then its child elements in file order, then what spans several of them.</summary>
    /// <param name="activity">The <c>iati-activity</c> element.</param>
    /// <param name="index">Its position in the file, from 1.</param>
    /// <param name="version">The file's version attribute, trimmed.</param>
    public IatiImportedActivity Map(ActivityNode activity, int index, string? version)
    {
        b.Clear();
        b.Index = index;
        b.Path = string.Create(CultureInfo.InvariantCulture, $"/iati-activities/iati-activity[{index}]");
        b.FileVersion = version;
        if (version is not ("2.01" or "2.02" or "2.03"))
        {
            Problem(string.Empty, $"The file's version is {(version is null ? "(none)" : Quote.Of(version))}; this importer reads 2.01 to 2.03 and read it as such.");
        }

        b.DefaultLanguage = activity.Attribute(XmlNamespace, "lang")?.Trim().ToLowerInvariant() is { Length: > 0 } lang ? lang : null;
        if (b.DefaultLanguage is not null && !IatiCodelists.Contains("Language", b.DefaultLanguage))
        {
            Problem("/@xml:lang", $"{Quote.Of(b.DefaultLanguage)} is not in the IATI Language codelist.");
        }

        b.DefaultCurrency = Code(activity, "default-currency", "Currency", "/@default-currency");
        if (Attr(activity, "hierarchy") is { } hierarchy)
        {
            if (int.TryParse(hierarchy, NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
            {
                b.Hierarchy = level;
            }
            else
            {
                Problem("/@hierarchy", $"{Quote.Of(hierarchy)} is not a whole number.");
            }
        }

        _counts.Clear();
        _unread.Clear();
        foreach (var element in activity.Elements())
        {
            if (element.NamespaceName.Length != 0)
            {
                continue; // Extensions in other namespaces are allowed by the standard and carry nothing the model has.
            }

            var name = element.LocalName;
            ref var position = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, name, out _);
            position++;
            if (!Read.Contains(name))
            {
                _unread[name] = _unread.TryGetValue(name, out var seen) ? (seen.Position, seen.Count + 1) : (position, 1);
                continue;
            }

            Element(element, ProblemPath.Child(name, position));
        }

        foreach (var (name, (position, count)) in _unread)
        {
            Problem(ProblemPath.Child(name, position), string.Create(CultureInfo.InvariantCulture, $"<{name}> is not read by this importer ({count} occurrence{(count == 1 ? string.Empty : "s")}); the domain model has no place for it."));
        }

        Finish();
        return new IatiImportedActivity(b);
    }

    /// <summary>An attribute's value, trimmed; <see langword="null"/> when missing or blank.</summary>
    private static string? Attr(ActivityNode element, string name) =>
        element.Attribute(name)?.Trim() is { Length: > 0 } value ? value : null;

    private void Problem(string relativePath, string reason) => b.Problems.Add(new IatiImportProblem(b.Path + relativePath, reason));

    private void Problem(in ProblemPath path, string reason) => Problem(path.ToString(), reason);

    /// <summary>Reads an attribute's code and checks it against a codelist; an unknown code is kept and reported.</summary>
    private string? Code(ActivityNode element, string attribute, string codelist, string fixedPath) => Code(element, attribute, codelist, fixedPath, default);

    private string? Code(ActivityNode element, string attribute, string codelist, in ProblemPath path) => Code(element, attribute, codelist, null, path);

    private string? Code(ActivityNode element, string attribute, string codelist, string? fixedPath, in ProblemPath path)
    {
        var code = Attr(element, attribute);
        if (code is null)
        {
            return null;
        }

        if (!IatiCodelists.Contains(codelist, code))
        {
            Problem(fixedPath ?? path.ToString(), $"{Quote.Of(code)} is not a code of the IATI {codelist} codelist.");
        }
        else if (IatiCodelists.IsWithdrawn(codelist, code))
        {
            Problem(fixedPath ?? path.ToString(), $"{Quote.Of(code)} is withdrawn from the IATI {codelist} codelist.");
        }

        return code;
    }

    private void Element(ActivityNode e, in ProblemPath path)
    {
        switch (e.LocalName)
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
                b.Descriptions.Add(new IatiDescription(Code(e, "type", "DescriptionType", path.Then("/@type")) ?? "1", Narratives(e, path)));
                break;
            case "participating-org":
                Participant(e, path);
                break;
            case "activity-status":
                var status = Code(e, "code", "ActivityStatus", path.Then("/@code"));
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
                b.ScopeCode = Code(e, "code", "ActivityScope", path.Then("/@code"));
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
                if (vocabulary == "1" && Code(e, "code", "AidType", path.Then("/@code")) is { } aid)
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
                    Code(e, "type", "BudgetType", path.Then("/@type")) ?? "1",
                    Code(e, "status", "BudgetStatus", path.Then("/@status")) ?? "1",
                    DateOf(e.Element("period-start"), path.Then("/period-start")),
                    DateOf(e.Element("period-end"), path.Then("/period-end")),
                    Value(e.Element("value"), path.Then("/value"))));
                break;
            case "transaction":
                var type = e.Element("transaction-type") is { } t ? Code(t, "code", "TransactionType", path.Then("/transaction-type/@code")) : null;
                if (type is null)
                {
                    Problem(path, "The transaction has no transaction-type.");
                }

                b.Transactions.Add(new IatiTransaction(
                    type,
                    DateOf(e.Element("transaction-date"), path.Then("/transaction-date")),
                    Value(e.Element("value"), path.Then("/value")),
                    e.Element("provider-org") is { } provider ? Organisation(provider, path.Then("/provider-org")) : null,
                    e.Element("receiver-org") is { } receiver ? Organisation(receiver, path.Then("/receiver-org")) : null));
                break;
            case "document-link":
                if (Attr(e, "url") is { } url)
                {
                    var categories = ImmutableArray.CreateBuilder<string>();
                    var i = 0;
                    foreach (var category in e.Elements("category"))
                    {
                        if (Code(category, "code", "DocumentCategory", path.Item("category", ++i).Then("/@code")) is { } code)
                        {
                            categories.Add(code);
                        }
                    }

                    b.Documents.Add(new IatiDocument(url, e.Element("title") is { } title ? Narratives(title, path.Then("/title")) : [], categories.ToImmutable()));
                }
                else
                {
                    Problem(path, "The document link has no url.");
                }

                break;
            case "related-activity":
                var reference = Attr(e, "ref");
                var relation = Code(e, "type", "RelatedActivityType", path.Then("/@type"));
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

    private ImmutableArray<IatiNarrative> Narratives(ActivityNode e, in ProblemPath path)
    {
        var list = _narratives;
        list.Clear();
        var i = 0;
        foreach (var narrative in e.Elements("narrative"))
        {
            i++;
            var text = narrative.Value.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var language = narrative.Attribute(XmlNamespace, "lang")?.Trim().ToLowerInvariant();
            if (language is { Length: > 0 } && !IatiCodelists.Contains("Language", language))
            {
                Problem(path.Item("narrative", i).Then("/@xml:lang"), $"{Quote.Of(language)} is not in the IATI Language codelist.");
            }

            list.Add(new IatiNarrative(text, language is { Length: > 0 } ? language : b.DefaultLanguage));
        }

        if (i == 0)
        {
            // Files written to 1.0x habits put the text straight into the element.
            var text = e.OwnText.Trim();
            if (text.Length > 0)
            {
                list.Add(new IatiNarrative(text, b.DefaultLanguage));
            }
        }

        return list.ToImmutable();
    }

    private IatiOrganisationReference Organisation(ActivityNode e, in ProblemPath path)
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
                Problem(path.Then("/@ref"), $"{Quote.Of(reference)} is not an organisation identifier of the form prefix-number, so it is kept only as text.");
            }
        }

        OrganisationType? type = null;
        if (Code(e, "type", "OrganisationType", path.Then("/@type")) is { } code)
        {
            if (int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var t) && Enum.IsDefined((OrganisationType)t))
            {
                type = (OrganisationType)t;
            }
        }

        return new IatiOrganisationReference(reference, identifier, type, Narratives(e, path));
    }

    private void Participant(ActivityNode e, in ProblemPath path)
    {
        var organisation = Organisation(e, path);
        OrganisationRole? role = null;
        var code = Code(e, "role", "OrganisationRole", path.Then("/@role"));
        if (int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && Enum.IsDefined((OrganisationRole)r))
        {
            role = (OrganisationRole)r;
        }
        else
        {
            Problem(path.Then("/@role"), $"The role {(code is null ? "(none)" : Quote.Of(code))} is not one of the four IATI organisation roles.");
        }

        b.Participants.Add(new IatiParticipant(organisation, role, Attr(e, "activity-id")));
    }

    private void ActivityDate(ActivityNode e, in ProblemPath path)
    {
        var type = Code(e, "type", "ActivityDateType", path.Then("/@type"));
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
            Problem(path.Then("/@type"), $"The date type {(type is null ? "(none)" : Quote.Of(type))} is not one of the four IATI activity date types.");
        }
    }

    private void RecipientCountry(ActivityNode e, in ProblemPath path)
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
            Problem(path.Then("/@code"), $"{Quote.Of(code)} is not a code of the IATI Country codelist.");
        }

        b.Countries.Add(new IatiCountryShare(code, country, Percentage(e, path)));
    }

    private void RecipientRegion(ActivityNode e, in ProblemPath path)
    {
        var code = Attr(e, "code");
        if (code is null)
        {
            Problem(path, "The recipient region has no code.");
            return;
        }

        var vocabulary = Code(e, "vocabulary", "RegionVocabulary", path.Then("/@vocabulary")) ?? "1";
        IatiRegion? region = null;
        if (vocabulary == "1" && !(int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && IatiRegion.TryFromCode(n, out region)))
        {
            Problem(path.Then("/@code"), $"{Quote.Of(code)} is not a code of the IATI Region codelist.");
        }

        b.Regions.Add(new IatiRegionShare(code, vocabulary, region, Percentage(e, path)));
    }

    private void Location(ActivityNode e, in ProblemPath path)
    {
        decimal? latitude = null, longitude = null;
        if (e.Element("point") is { } point)
        {
            var pos = point.Element("pos")?.Value.Trim();
            var parts = pos?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts is [var lat, var lon]
                && decimal.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var la)
                && decimal.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo))
            {
                (latitude, longitude) = (la, lo);
            }
            else
            {
                Problem(path.Then("/point"), pos is null ? "The point has no pos, so the location has no coordinates." : $"{Quote.Of(pos)} is not a latitude and a longitude.");
            }
        }

        b.Locations.Add(new IatiLocation(e.Element("name") is { } name ? Narratives(name, path.Then("/name")) : [], latitude, longitude));
    }

    private void Sector(ActivityNode e, in ProblemPath path)
    {
        var code = Attr(e, "code");
        if (code is null)
        {
            Problem(path, "The sector has no code.");
            return;
        }

        var vocabulary = Code(e, "vocabulary", "SectorVocabulary", path.Then("/@vocabulary")) ?? "1";
        if (vocabulary == "1" && !IatiCodelists.Contains("Sector", code))
        {
            Problem(path.Then("/@code"), $"{Quote.Of(code)} is not a code of the IATI Sector codelist (OECD DAC CRS 5-digit).");
        }

        b.Sectors.Add(new IatiSector(code, vocabulary, Percentage(e, path), Narratives(e, path)));
    }

    /// <summary>
    /// A tag of any vocabulary is kept as written; one of the two vocabularies <see cref="IatiExport"/> writes (vocabulary
    /// 99 with our URI) is also read as a thematic area or a dialogue. The TagVocabulary codelist is not embedded, so
    /// the vocabulary code is not checked.
    /// </summary>
    private void Tag(ActivityNode e, in ProblemPath path)
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
                Problem(path.Then("/@code"), $"{Quote.Of(code)} is not a thematic area of the vocabulary {IatiExtension.ThematicAreaVocabularyUri}.");
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
                Problem(path.Then("/@code"), $"{Quote.Of(code)} is not a migration dialogue of the vocabulary {IatiExtension.DialogueVocabularyUri}.");
            }
        }
    }

    private decimal? Percentage(ActivityNode e, in ProblemPath path)
    {
        if (Attr(e, "percentage") is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problem(path.Then("/@percentage"), $"{Quote.Of(text)} is not a number.");
        return null;
    }

    private IatiValue? Value(ActivityNode? given, in ProblemPath path)
    {
        if (given is not { } e)
        {
            return null;
        }

        var text = e.Value.Trim();
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
        {
            Problem(path, $"{Quote.Of(text)} is not an amount.");
            return null;
        }

        var currency = Code(e, "currency", "Currency", path.Then("/@currency")) ?? b.DefaultCurrency;
        if (currency is null)
        {
            Problem(path, "The value has no currency, and the activity no default currency.");
        }

        Money? money = currency is not null && Currency.TryFromCode(currency, out var known) ? Money.Of(amount, known) : null;
        LocalDate? valueDate = Attr(e, "value-date") is { } date ? ParseDate(date, path.Then("/@value-date")) : null;
        return new IatiValue(amount, currency, money, valueDate);
    }

    private LocalDate? DateOf(ActivityNode? given, in ProblemPath path)
    {
        if (given is not { } e)
        {
            return null;
        }

        if (Attr(e, "iso-date") is not { } text)
        {
            Problem(path, "The date has no iso-date.");
            return null;
        }

        return ParseDate(text, path.Then("/@iso-date"));
    }

    private LocalDate? ParseDate(string text, in ProblemPath path)
    {
        if (IatiDate.TryParse(text, out var date))
        {
            return date;
        }

        Problem(path, $"{Quote.Of(text)} is not a date (a date is yyyy-mm-dd, years 0001 to 9999, optionally with a time or a zone).");
        return null;
    }

    /// <summary>Maps what spans several elements: the domain period and the domain geographic scope.</summary>
    private void Finish()
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
        LocalDate? Find(IatiDateType type)
        {
            // By index: the enumerator of an ImmutableArray builder is an object (so below for every list of the builder).
            for (var at = 0; at < b.Dates.Count; at++)
            {
                var date = b.Dates[at];
                if (date.Type == type)
                {
                    return date.Date;
                }
            }

            return null;
        }

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
        var countries = _known;
        countries.Clear();
        for (var at = 0; at < b.Countries.Count; at++)
        {
            var share = b.Countries[at];
            if (share.Country is not null)
            {
                countries.Add(share);
            }
        }

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

        var regionsShare = false;
        IatiRegion? firstRegion = null;
        var oneRegion = true;
        for (var at = 0; at < b.Regions.Count; at++)
        {
            var share = b.Regions[at];
            regionsShare |= share.Percentage is not null;
            if (share.Region is { } known)
            {
                firstRegion ??= known;
                oneRegion &= EqualityComparer<IatiRegion>.Default.Equals(known, firstRegion);
            }
        }

        var allShares = true;
        var someShares = false;
        _scopeCountries.Clear();
        foreach (var share in countries)
        {
            allShares &= share.Percentage is not null;
            someShares |= share.Percentage is not null;
            _scopeCountries.Add(share.Country!);
        }

        var withShares = recipientSumHolds && countries.Count > 1 && allShares && !regionsShare;
        if (countries.Count > 1 && recipientSumHolds && !withShares && someShares)
        {
            Problem("/recipient-country", regionsShare
                ? "The domain scope holds no shares: regions share the 100% with the countries. The percentages are kept in Countries and Regions, their sum in RecipientPercentageSum."
                : "The domain scope holds no shares: not every country has a percentage. The percentages given are kept in Countries.");
        }

        List<(Country, decimal)>? shares = null;
        if (withShares)
        {
            shares = _shares;
            shares.Clear();
            foreach (var share in countries)
            {
                shares.Add((share.Country!, share.Percentage!.Value));
            }
        }

        var region = kind == ScopeKind.Regional && firstRegion is not null && oneRegion ? firstRegion : null;
        var result = GeographicScope.Create(kind, _scopeCountries, shares, region);
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
        // Countries first, then regions, as the file's order within each: the same additions in the same order.
        var sum = 0m;
        var any = false;
        for (var at = 0; at < b.Countries.Count; at++)
        {
            var country = b.Countries[at];
            if (country.Percentage is { } percentage && !Add(ref sum, percentage, ref any))
            {
                return false;
            }
        }

        for (var at = 0; at < b.Regions.Count; at++)
        {
            var region = b.Regions[at];
            if (region.Percentage is { } percentage && !Add(ref sum, percentage, ref any))
            {
                return false;
            }
        }

        if (!any)
        {
            return true;
        }

        b.RecipientPercentageSum = sum;
        if (b.Countries.Count + b.Regions.Count > 1 && !Validation.IatiValidator.SumsTo(sum, 100m))
        {
            Problem("/recipient-country", string.Create(CultureInfo.InvariantCulture, $"The percentages of the recipient countries and regions sum to {sum}, not to 100 (within {GeographicScope.ShareSumTolerance})."));
            return false;
        }

        return true;
    }

    private bool Add(ref decimal sum, decimal percentage, ref bool any)
    {
        any = true;
        if ((percentage > 0m && sum > decimal.MaxValue - percentage) || (percentage < 0m && sum < decimal.MinValue - percentage))
        {
            Problem("/recipient-country", "The percentages of the recipient countries and regions sum beyond the range of numbers that can be added (about 7.9E+28), not to 100.");
            return false;
        }

        sum += percentage;
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
