using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using StAMM.Domain.Activities;
using StAMM.Domain.Finance;
using StAMM.Domain.Geography;
using StAMM.Domain.Iati.Export;
using StAMM.Domain.Iati.Reading;
using StAMM.Domain.Organisations;
using StAMM.Domain.Projects;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Iati.Import;

/// <summary>
/// Rebuilds a <see cref="TechnicalAssistanceProject"/> from an IATI hierarchy: one parent activity (the project) and
/// its child activities (the project's activities), as <see cref="IatiExport"/> writes them.
/// </summary>
/// <remarks>
/// <para>For a file that <see cref="IatiExport"/> wrote, the project read back equals the one written. The reader
/// takes what IATI's own elements carry from them (titles, descriptions, organisations, status, dates, scope, regions,
/// tags, transactions, document links) and the rest from the extension namespace (<see cref="IatiExtension"/>).</para>
/// <para>Nothing is invented: every element the model has no place for, and everything the model requires that the
/// file does not say (an activity's type, for one), is a problem with its path
/// (<c>/iati-activities/iati-activity[2]/budget[1]</c>); all problems are returned at once, and no project. A file from
/// another publisher therefore reads as a list of problems; <see cref="IatiImport"/> reads it with IATI's elements only.</para>
/// <para>The file is read once, with the same hardened reader settings as <see cref="IatiImport"/>; the hierarchy's
/// activities are held in memory, as the project must be. Thread-safe: the methods keep no state.</para>
/// </remarks>
public static class IatiProjectReader
{
    private const string Root = "/iati-activities";

    private static readonly XNamespace Ext = IatiExtension.Ns;

    /// <summary>Reads a project from a file given as text.</summary>
    /// <param name="xml">The XML.</param>
    /// <param name="limits">The reader's limits; <see cref="IatiReaderLimits.Default"/> when null.</param>
    /// <returns>The project, or every problem with its path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> is null.</exception>
    public static ValidationResult<TechnicalAssistanceProject> ReadXml(string xml, IatiReaderLimits? limits = null)
    {
        Guard.Against.Null(xml);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return Read(stream, limits);
    }

    /// <summary>Reads a project from a file.</summary>
    /// <param name="stream">The file; it is read to the end and not closed.</param>
    /// <param name="limits">The reader's limits; <see cref="IatiReaderLimits.Default"/> when null.</param>
    /// <returns>The project, or every problem with its path; a file that cannot be read at all gives one problem with code <see cref="IatiProjectProblemCodes.Unreadable"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static ValidationResult<TechnicalAssistanceProject> Read(Stream stream, IatiReaderLimits? limits = null)
    {
        Guard.Against.Null(stream);
        List<XElement> activities;
        try
        {
            activities = ReadActivities(stream, limits ?? IatiReaderLimits.Default);
        }
        catch (IatiFileException ex)
        {
            return new ValidationFailure(IatiProjectProblemCodes.Unreadable, string.Empty, ex.Message);
        }

        var problems = new Problems();
        var project = new Assembly(activities, problems).Project();
        return project is not null && !problems.Any ? project : problems.ToFailure();
    }

    /// <summary>Reads the activities of the file one by one through the importer's hardened reader.</summary>
    private static List<XElement> ReadActivities(Stream stream, IatiReaderLimits limits)
    {
        var result = new List<XElement>();
        try
        {
            using var reader = XmlReader.Create(stream, SafeXml.Settings(limits));
            var rootSeen = false;
            string? version = null;
            while (IatiImport.NextActivity(reader, limits, ref rootSeen, ref version) is { } activity)
            {
                result.Add(activity);
            }

            return result;
        }
        catch (XmlException ex)
        {
            throw SafeXml.Translate(ex);
        }
    }

    /// <summary>The XPath of an element: its ancestors' names with the 1-based position among same-named siblings.</summary>
    private static string PathOf(XElement element)
    {
        var parts = new List<string>();
        for (var e = element; e is not null; e = e.Parent)
        {
            var name = e.Name.Namespace == Ext ? $"{IatiExtension.Prefix}:{e.Name.LocalName}" : e.Name.LocalName;
            parts.Add(e.Parent is null && e.Name.LocalName == "iati-activity"
                ? string.Create(CultureInfo.InvariantCulture, $"iati-activity[{Position(e)}]")
                : e.Parent is null ? name : string.Create(CultureInfo.InvariantCulture, $"{name}[{Position(e)}]"));
        }

        parts.Reverse();
        return Root + "/" + string.Join('/', parts);
    }

    private static int Position(XElement element) =>
        element.Annotation<PositionAnnotation>()?.Position ?? element.ElementsBeforeSelf(element.Name).Count() + 1;

    private static string PathOf(XAttribute attribute)
    {
        var name = attribute.Name.Namespace == Ext ? $"{IatiExtension.Prefix}:{attribute.Name.LocalName}" : attribute.Name.LocalName;
        return $"{PathOf(attribute.Parent!)}/@{name}";
    }

    private static string? Text(XElement? element) => element is null ? null : string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value));

    private static string? Attr(XElement element, string name) => element.Attribute(name)?.Value.Trim();

    private static string? ExtAttr(XElement element, string name) => element.Attribute(Ext + name)?.Value;

    private static XName Iati(string name) => XName.Get(name);

    private sealed record PositionAnnotation(int Position);

    /// <summary>The problems found so far; a domain factory's problems are put under the element's path.</summary>
    private sealed class Problems
    {
        private readonly List<ValidationProblem> _list = [];

        public bool Any => _list.Count > 0;

        public void Add(string code, string path, string message) => _list.Add(new ValidationProblem(code, path, message));

        public T? Take<T>(ValidationResult<T> result, string path)
            where T : class
        {
            if (result.IsValid)
            {
                return result.AsT0;
            }

            _list.AddRange(result.AsT1.Problems.Select(p => p.Under(path)));
            return null;
        }

        public ValidationFailure ToFailure() => new(_list);
    }

    /// <summary>One pass over the hierarchy: finds parent and children, reads each, then creates the project.</summary>
    private sealed class Assembly(List<XElement> activities, Problems problems)
    {
        private string Id(XElement activity) => Text(activity.Element(Iati("iati-identifier")))?.Trim() ?? string.Empty;

        public TechnicalAssistanceProject? Project()
        {
            for (var i = 0; i < activities.Count; i++)
            {
                activities[i].AddAnnotation(new PositionAnnotation(i + 1));
            }

            var parent = FindParent();
            if (parent is null)
            {
                return null;
            }

            var parentId = Id(parent);
            var children = new List<XElement>();
            foreach (var related in parent.Elements(Iati("related-activity")).Where(r => Attr(r, "type") == "2"))
            {
                var reference = Attr(related, "ref");
                var child = activities.FirstOrDefault(a => a != parent && Id(a) == reference);
                if (child is null)
                {
                    problems.Add(IatiProjectProblemCodes.Missing, PathOf(related), $"The child activity '{reference}' is not in the file.");
                }
                else
                {
                    children.Add(child);
                }
            }

            foreach (var activity in activities.Where(a => a != parent && !children.Contains(a)))
            {
                problems.Add(IatiProjectProblemCodes.Unplaced, PathOf(activity), $"The activity '{Id(activity)}' is not a child listed by the parent '{parentId}'; the project has no place for it.");
            }

            var draft = new ProjectDraft(parent, problems);
            var built = new List<Activity>();
            var paths = new List<string>();
            foreach (var child in children)
            {
                if (new ActivityDraft(child, parentId, draft, problems).Build() is { } activity)
                {
                    built.Add(activity);
                    paths.Add(PathOf(child));
                }
            }

            return draft.Build(built, paths);
        }

        private XElement? FindParent()
        {
            bool HasParent(XElement a) => a.Elements(Iati("related-activity")).Any(r => Attr(r, "type") == "1");
            var candidates = activities.Where(a => !HasParent(a) && (Attr(a, "hierarchy") == "1" || a.Elements(Iati("related-activity")).Any(r => Attr(r, "type") == "2"))).ToList();
            if (candidates.Count == 0 && activities.Count == 1 && !HasParent(activities[0]))
            {
                candidates.Add(activities[0]);
            }

            if (candidates.Count == 1)
            {
                return candidates[0];
            }

            problems.Add(
                IatiProjectProblemCodes.Hierarchy,
                Root,
                candidates.Count == 0
                    ? "The file has no parent activity (hierarchy 1, or related-activity of type 2 to its children) from which to rebuild a project."
                    : $"The file has {candidates.Count} parent activities ({string.Join(", ", candidates.Take(5).Select(Id))}{(candidates.Count > 5 ? ", ..." : string.Empty)}); a project is rebuilt from exactly one.");
            return null;
        }
    }

    /// <summary>What the reading of one activity element shares between parent and children.</summary>
    private abstract class Draft
    {
        private readonly HashSet<XObject> _placed = [];

        protected Draft(XElement activity, Problems problems)
        {
            Element = activity;
            Problems = problems;
            Path = PathOf(activity);
        }

        protected XElement Element { get; }

        protected Problems Problems { get; }

        protected string Path { get; }

        /// <summary>Marks an element (and all inside it) as read.</summary>
        protected void Place(XElement? element)
        {
            if (element is not null)
            {
                _placed.Add(element);
            }
        }

        /// <summary>Reports every IATI and extension element directly under the activity that was not read.</summary>
        protected void ReportUnplaced()
        {
            foreach (var element in Element.Elements().Where(e => !_placed.Contains(e)))
            {
                Problems.Add(IatiProjectProblemCodes.Unplaced, PathOf(element), $"<{element.Name.LocalName}> has no place in a technical-assistance project; it is not read.");
            }
        }

        protected string? NarrativeOf(XElement? element)
        {
            if (element is null)
            {
                return null;
            }

            var narratives = element.Elements(Iati("narrative")).ToList();
            foreach (var extra in narratives.Skip(1))
            {
                Problems.Add(IatiProjectProblemCodes.Unplaced, PathOf(extra), "The model holds one text per field; a narrative in a further language is not read.");
            }

            return narratives.Count > 0 ? Text(narratives[0]) : Text(element);
        }

        /// <summary>Reads the one element of a name (a second is reported), or null.</summary>
        protected XElement? Single(string name, Func<XElement, bool>? where = null)
        {
            var matches = Element.Elements(Iati(name)).Where(where ?? (_ => true)).ToList();
            foreach (var extra in matches.Skip(1))
            {
                Problems.Add(IatiProjectProblemCodes.Unplaced, PathOf(extra), $"Only one <{name}> of this kind is read.");
                Place(extra);
            }

            Place(matches.FirstOrDefault());
            return matches.FirstOrDefault();
        }

        protected string? Description(string type) => NarrativeOf(Single("description", d => Attr(d, "type") == type));

        /// <summary>Accepts what the export derives from other fields (the "other" notes, the constant sector and aid type, related activities).</summary>
        protected void PlaceDerived()
        {
            foreach (var element in Element.Elements(Iati("description")).Where(d => Attr(d, "type") == "4"))
            {
                Place(element);
            }

            Place(Element.Element(Iati("iati-identifier")));
            Place(Element.Element(Iati("reporting-org")));
            foreach (var sector in Element.Elements(Iati("sector")).Where(s => Attr(s, "code") == IatiExport.SectorCode && (Attr(s, "vocabulary") ?? "1") == "1"))
            {
                Place(sector);
            }

            foreach (var aid in Element.Elements(Iati("default-aid-type")).Where(s => Attr(s, "code") == IatiExport.AidTypeCode && (Attr(s, "vocabulary") ?? "1") == "1"))
            {
                Place(aid);
            }

            // A contribution's budget repeats its amount and period (stamm:contribution holds them), and a portfolio's
            // movements (stamm:case) are money its cases moved, not part of the project.
            foreach (var budget in Element.Elements(Iati("budget")).Where(b => ExtAttr(b, "contribution") is not null))
            {
                Place(budget);
            }

            foreach (var movement in Element.Elements(Iati("transaction")).Where(t => ExtAttr(t, "case") is not null))
            {
                Place(movement);
            }
        }

        protected ImmutableArray<T> Tags<T>(string vocabularyUri)
            where T : struct, Enum
        {
            var values = new List<T>();
            foreach (var tag in Element.Elements(Iati("tag")).Where(t => Attr(t, "vocabulary") == "99" && Attr(t, "vocabulary-uri") == vocabularyUri))
            {
                Place(tag);
                if (IatiExtension.TryParse<T>(Attr(tag, "code"), out var value))
                {
                    values.Add(value);
                }
                else
                {
                    Problems.Add(IatiProjectProblemCodes.InvalidValue, PathOf(tag) + "/@code", $"'{Attr(tag, "code")}' is not a code of the vocabulary {vocabularyUri}.");
                }
            }

            return [.. values];
        }

        /// <summary>A date of the activity: the actual one when given, else the planned one; month precision from the extension.</summary>
        protected (LocalDate Date, bool Month, string Path)? Date(string actual, string planned)
        {
            var element = Single("activity-date", d => Attr(d, "type") == actual) ?? Single("activity-date", d => Attr(d, "type") == planned);
            if (element is null)
            {
                return null;
            }

            foreach (var other in Element.Elements(Iati("activity-date")).Where(d => d != element && Attr(d, "type") is { } t && (t == actual || t == planned)))
            {
                Problems.Add(IatiProjectProblemCodes.Unplaced, PathOf(other), "The model holds one start and one end; a planned date beside an actual one is not read.");
                Place(other);
            }

            var path = PathOf(element);
            var precision = ExtAttr(element, "precision");
            if (precision is not null && precision != "month")
            {
                Problems.Add(IatiProjectProblemCodes.InvalidValue, path + "/@stamm:precision", $"'{precision}' is not a precision; only 'month' is written.");
            }

            return ParseDate(Attr(element, "iso-date"), path + "/@iso-date") is { } date ? (date, precision == "month", path) : null;
        }

        protected LocalDate? ParseDate(string? text, string path)
        {
            var parsed = LocalDatePattern.Iso.Parse(text ?? string.Empty);
            if (parsed.Success && parsed.Value.Year is >= 1 and <= 9999)
            {
                return parsed.Value;
            }

            Problems.Add(text is null ? IatiProjectProblemCodes.Missing : IatiProjectProblemCodes.InvalidValue, path, text is null ? "A date is required." : $"'{text}' is not a date (yyyy-MM-dd) in the years 1 to 9999.");
            return null;
        }

        /// <summary>A partial date written in ISO form: <c>2020-12</c> for a month, <c>2020-12-05</c> for a day.</summary>
        protected PartialDate? ParsePartial(string text, string path)
        {
            var day = LocalDatePattern.Iso.Parse(text);
            if (day.Success && day.Value.Year is >= 1 and <= 9999)
            {
                return PartialDate.OfDay(day.Value);
            }

            var month = YearMonthPattern.Iso.Parse(text);
            if (month.Success && month.Value.Year is >= 1 and <= 9999)
            {
                return PartialDate.OfMonth(month.Value);
            }

            Problems.Add(IatiProjectProblemCodes.InvalidValue, path, $"'{text}' is neither a day (yyyy-MM-dd) nor a month (yyyy-MM).");
            return null;
        }

        protected int? ParseCount(string? text, string path)
        {
            if (text is null)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            Problems.Add(IatiProjectProblemCodes.InvalidValue, path, $"'{text}' is not a whole number.");
            return null;
        }

        protected Country? ParseCountry(string? code, string path)
        {
            if (Country.TryFromCode(code, out var country))
            {
                return country;
            }

            Problems.Add(code is null ? IatiProjectProblemCodes.Missing : IatiProjectProblemCodes.InvalidValue, path, code is null ? "A country code is required." : $"'{code}' is not a code of the IATI Country codelist.");
            return null;
        }

        protected TEnum? ParseName<TEnum>(string? code, string path)
            where TEnum : struct, Enum
        {
            if (IatiExtension.TryParse<TEnum>(code, out var value))
            {
                return value;
            }

            Problems.Add(code is null ? IatiProjectProblemCodes.Missing : IatiProjectProblemCodes.InvalidValue, path, code is null ? $"A {typeof(TEnum).Name} is required." : $"'{code}' is not a {typeof(TEnum).Name}.");
            return null;
        }

        /// <summary>An organisation from a participating-org: name, <c>@ref</c>, <c>@type</c>, and the extension's acronym and country.</summary>
        protected Organisation? ReadOrganisation(XElement element)
        {
            var path = PathOf(element);
            var ok = true;
            OrganisationIdentifier? identifier = null;
            if (Attr(element, "ref") is { Length: > 0 } reference)
            {
                identifier = Problems.Take(OrganisationIdentifier.Create(reference), path + "/@ref");
                ok &= identifier is not null;
            }

            OrganisationType? type = null;
            if (int.TryParse(Attr(element, "type"), NumberStyles.None, CultureInfo.InvariantCulture, out var code) && Enum.IsDefined((OrganisationType)code))
            {
                type = (OrganisationType)code;
            }
            else
            {
                Problems.Add(IatiProjectProblemCodes.InvalidValue, path + "/@type", $"'{Attr(element, "type")}' is not an IATI organisation type the model knows; the model requires one.");
                ok = false;
            }

            Country? country = null;
            if (ExtAttr(element, "country") is { } countryCode)
            {
                country = ParseCountry(countryCode, path + "/@stamm:country");
                ok &= country is not null;
            }

            var name = NarrativeOf(element);
            return ok && type is { } t ? Problems.Take(Organisation.Create(name, t, ExtAttr(element, "acronym"), identifier, country), path) : null;
        }
    }

    /// <summary>The parent activity: the project's own fields, its donors and contributions.</summary>
    private sealed class ProjectDraft : Draft
    {
        public ProjectDraft(XElement activity, Problems problems)
            : base(activity, problems)
        {
            IatiIdentifier = Text(activity.Element(Iati("iati-identifier")))?.Trim() ?? string.Empty;
            PlaceDerived();
            foreach (var related in activity.Elements(Iati("related-activity")).Where(r => Attr(r, "type") == "2"))
            {
                Place(related);
            }

            Donors = ReadDonors();
            Implementer = ReadImplementer();
        }

        /// <summary>The implementer (participating-org role 4), read once; null when missing or invalid (a problem says why).</summary>
        public Organisation? Implementer { get; }

        public string IatiIdentifier { get; }

        /// <summary>The donors in the order of the funding participating-orgs; null where one could not be read.</summary>
        public List<Donor?> Donors { get; }

        /// <param name="activities">The activities read from the children.</param>
        /// <param name="paths">Each activity's element path: a problem the project reports for <c>activities[i]</c> is put there.</param>
        public TechnicalAssistanceProject? Build(List<Activity> activities, List<string> paths)
        {
            var ok = true;
            var reporter = Attr(Element.Element(Iati("reporting-org")) ?? new XElement("reporting-org"), "ref");
            var identifier = IatiIdentifier;
            if (reporter is { Length: > 0 } && identifier.StartsWith(reporter + "-", StringComparison.Ordinal))
            {
                identifier = identifier[(reporter.Length + 1)..];
            }
            else
            {
                Problems.Add(IatiProjectProblemCodes.Mismatch, Path + "/iati-identifier", $"The identifier '{identifier}' does not begin with the reporting organisation's reference '{reporter}-', so the project's own identifier cannot be told apart.");
                ok = false;
            }

            var title = NarrativeOf(Single("title"));
            var summary = Description("1");
            var objective = Description("2");
            var implementer = Implementer;
            var status = ReadStatus();
            var period = ReadPeriod();
            var scope = ReadScope();
            var themes = Tags<ThematicArea>(IatiExtension.ThematicAreaVocabularyUri);
            var extension = Single2(Ext + "project");
            string? acronym = null;
            var open = false;
            var alternativeTitles = new List<string>();
            var contributions = new List<Contribution>();
            if (extension is null)
            {
                Problems.Add(IatiProjectProblemCodes.Missing, Path, "The project's acronym is not in the file (stamm:project/@stamm:acronym); the model requires one.");
                ok = false;
            }
            else
            {
                acronym = ExtAttr(extension, "acronym");
                open = ExtAttr(extension, "open-to-further-donors") switch
                {
                    "true" => true,
                    "false" or null => false,
                    var other => Invalid(PathOf(extension) + "/@stamm:open-to-further-donors", $"'{other}' is not true or false."),
                };
                foreach (var child in extension.Elements())
                {
                    if (child.Name == Ext + "alternative-title")
                    {
                        alternativeTitles.Add(Text(child) ?? string.Empty);
                    }
                    else if (child.Name == Ext + "contribution")
                    {
                        if (ReadContribution(child) is { } contribution)
                        {
                            contributions.Add(contribution);
                        }
                        else
                        {
                            ok = false;
                        }
                    }
                    else
                    {
                        Problems.Add(IatiProjectProblemCodes.Unplaced, PathOf(child), $"<{child.Name.LocalName}> is not an element of stamm:project.");
                    }
                }
            }

            for (var i = 0; i < Donors.Count; i++)
            {
                if (Donors[i] is { } donor && !contributions.Any(c => c.Donor == donor))
                {
                    Problems.Add(IatiProjectProblemCodes.Unplaced, $"{Path}/participating-org[{DonorElements[i]}]", $"{donor.Name} funds the project but no contribution of it is recorded (stamm:contribution); the model keeps donors through their contributions.");
                }
            }

            foreach (var transaction in Element.Elements(Iati("transaction")).Where(t => !_usedTransactions.Contains(t) && ExtAttr(t, "case") is null))
            {
                Problems.Add(IatiProjectProblemCodes.Unplaced, PathOf(transaction), "The transaction is not a contribution of a donor (stamm:contribution/@stamm:transaction); the model has no place for it.");
                Place(transaction);
            }

            ReportUnplaced();
            if (!ok || implementer is null || status is null || period is null || scope is null || Donors.Any(d => d is null) || Problems.Any)
            {
                return null;
            }

            var result = TechnicalAssistanceProject.Create(
                identifier, acronym, title, scope, status.Value, period, implementer, contributions, activities, themes, alternativeTitles, summary, objective, open);
            if (result.IsValid)
            {
                return result.AsT0;
            }

            foreach (var problem in result.AsT1.Problems)
            {
                var match = System.Text.RegularExpressions.Regex.Match(problem.Path, @"^activities\[(\d+)\]\.?(.*)$");
                Problems.Add(
                    problem.Code,
                    match.Success ? paths[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)] + (match.Groups[2].Length > 0 ? "." + match.Groups[2].Value : string.Empty) : problem.Under(Path).Path,
                    problem.Message);
            }

            return null;
        }

        private readonly HashSet<XElement> _usedTransactions = [];

        private List<int> DonorElements { get; } = [];

        private bool Invalid(string path, string message)
        {
            Problems.Add(IatiProjectProblemCodes.InvalidValue, path, message);
            return false;
        }

        private XElement? Single2(XName name)
        {
            var matches = Element.Elements(name).ToList();
            foreach (var extra in matches.Skip(1))
            {
                Problems.Add(IatiProjectProblemCodes.Unplaced, PathOf(extra), $"Only one <{name.LocalName}> is read.");
                Place(extra);
            }

            Place(matches.FirstOrDefault());
            return matches.FirstOrDefault();
        }

        private List<Donor?> ReadDonors()
        {
            var donors = new List<Donor?>();
            var position = 0;
            foreach (var element in Element.Elements(Iati("participating-org")))
            {
                position++;
                if (Attr(element, "role") != "1")
                {
                    continue;
                }

                Place(element);
                DonorElements.Add(position);
                var organisation = ReadOrganisation(element);
                var programmes = new List<FundingProgramme>();
                var ok = organisation is not null;
                foreach (var programme in element.Elements(Ext + "programme"))
                {
                    var read = Problems.Take(FundingProgramme.Create(ExtAttr(programme, "name"), ExtAttr(programme, "local-name")), PathOf(programme));
                    ok &= read is not null;
                    if (read is not null)
                    {
                        programmes.Add(read);
                    }
                }

                donors.Add(ok ? Problems.Take(Donor.Create(organisation!, programmes), PathOf(element)) : null);
            }

            return donors;
        }

        private Organisation? ReadImplementer()
        {
            var implementing = Single("participating-org", p => Attr(p, "role") == "4");
            var accountable = Single("participating-org", p => Attr(p, "role") == "2");
            if (implementing is null)
            {
                Problems.Add(IatiProjectProblemCodes.Missing, Path, "No implementing organisation (participating-org role 4); the model requires the implementer.");
                return null;
            }

            var implementer = ReadOrganisation(implementing);
            if (accountable is not null && implementer is not null && ReadOrganisation(accountable) is { } other && other != implementer)
            {
                Problems.Add(IatiProjectProblemCodes.Mismatch, PathOf(accountable), "The accountable organisation differs from the implementing one; the model has one implementer, accountable and implementing.");
            }

            return implementer;
        }

        private ProjectStatus? ReadStatus()
        {
            var element = Single("activity-status");
            if (element is not null && int.TryParse(Attr(element, "code"), NumberStyles.None, CultureInfo.InvariantCulture, out var code) && Enum.IsDefined((ProjectStatus)code))
            {
                return (ProjectStatus)code;
            }

            Problems.Add(element is null ? IatiProjectProblemCodes.Missing : IatiProjectProblemCodes.InvalidValue, element is null ? Path : PathOf(element) + "/@code", "The project's status (activity-status, ActivityStatus codes 1 to 6) is required.");
            return null;
        }

        private ProjectPeriod? ReadPeriod()
        {
            var start = Date("2", "1");
            var end = Date("4", "3");
            if (start is null)
            {
                Problems.Add(IatiProjectProblemCodes.Missing, Path, "The project's start (activity-date type 1 or 2) is required.");
                return null;
            }

            var first = Partial(start.Value, first: true);
            var last = end is { } e ? Partial(e, first: false) : null;
            if (first is null || (end is not null && last is null))
            {
                return null;
            }

            return Problems.Take(ProjectPeriod.Create(first, last), end is null ? start.Value.Path : end.Value.Path);
        }

        private PartialDate? Partial((LocalDate Date, bool Month, string Path) date, bool first)
        {
            if (!date.Month)
            {
                return PartialDate.OfDay(date.Date);
            }

            var month = PartialDate.OfMonth(date.Date.ToYearMonth());
            if ((first ? month.FirstDay : month.LastDay) != date.Date)
            {
                Problems.Add(IatiProjectProblemCodes.Mismatch, date.Path + "/@iso-date", $"A month-precision {(first ? "start" : "end")} is written as the {(first ? "first" : "last")} day of its month; {date.Date:yyyy-MM-dd} is not.");
                return null;
            }

            return month;
        }

        private GeographicScope? ReadScope()
        {
            var scopeElement = Single("activity-scope");
            ScopeKind? kind = Attr(scopeElement ?? new XElement("x"), "code") switch
            {
                "2" => ScopeKind.Regional,
                "3" => ScopeKind.MultiCountry,
                "4" => ScopeKind.National,
                _ => null,
            };
            if (kind is null)
            {
                Problems.Add(
                    scopeElement is null ? IatiProjectProblemCodes.Missing : IatiProjectProblemCodes.InvalidValue,
                    scopeElement is null ? Path : PathOf(scopeElement) + "/@code",
                    "The project's scope is regional (2), multi-national (3) or national (4); the model has no counterpart for the others.");
            }

            var countries = new List<Country>();
            var shares = new List<(Country, decimal)>();
            var evenSplit = false;
            var ok = true;
            foreach (var element in Element.Elements(Iati("recipient-country")))
            {
                Place(element);
                var path = PathOf(element);
                var country = ParseCountry(Attr(element, "code"), path + "/@code");
                if (country is null)
                {
                    ok = false;
                    continue;
                }

                countries.Add(country);
                evenSplit |= ExtAttr(element, "share") == "even-split";
                if (Attr(element, "percentage") is { } text)
                {
                    if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percentage))
                    {
                        shares.Add((country, percentage));
                    }
                    else
                    {
                        ok = Invalid(path + "/@percentage", $"'{text}' is not a percentage.");
                    }
                }
            }

            IatiRegion? region = null;
            foreach (var element in Element.Elements(Iati("recipient-region")))
            {
                Place(element);
                if ((Attr(element, "vocabulary") ?? "1") != "1" || region is not null)
                {
                    Problems.Add(IatiProjectProblemCodes.Unplaced, PathOf(element), "The model holds one region of the OECD DAC vocabulary (1) per scope.");
                    continue;
                }

                if (int.TryParse(Attr(element, "code"), NumberStyles.None, CultureInfo.InvariantCulture, out var code) && IatiRegion.TryFromCode(code, out var found))
                {
                    region = found;
                }
                else
                {
                    ok = Invalid(PathOf(element) + "/@code", $"'{Attr(element, "code")}' is not a code of the IATI Region codelist.");
                }
            }

            if (!ok || kind is null)
            {
                return null;
            }

            if (!evenSplit && shares.Count > 0 && shares.Count < countries.Count)
            {
                Problems.Add(IatiProjectProblemCodes.Missing, Path, "Some recipient countries have a percentage and some do not; the model keeps shares for every country or for none.");
                return null;
            }

            var path0 = scopeElement is null ? Path : PathOf(scopeElement);
            return Problems.Take(GeographicScope.Create(kind.Value, countries, evenSplit || shares.Count == 0 ? null : shares, region), path0);
        }

        private Contribution? ReadContribution(XElement element)
        {
            var path = PathOf(element);
            var donor = Reference(Donors, ExtAttr(element, "donor"), path + "/@stamm:donor", "donor");
            if (donor is null)
            {
                return null;
            }

            FundingProgramme? programme = null;
            if (ExtAttr(element, "programme") is { } p)
            {
                programme = Reference([.. donor.Programmes], p, path + "/@stamm:programme", "programme of the donor");
                if (programme is null)
                {
                    return null;
                }
            }

            Money? amount = null;
            if (ExtAttr(element, "transaction") is { } t)
            {
                var transactions = Element.Elements(Iati("transaction")).ToList();
                var index = ParseCount(t, path + "/@stamm:transaction");
                if (index is not { } n || n < 1 || n > transactions.Count)
                {
                    Invalid(path + "/@stamm:transaction", $"'{t}' does not name a transaction of the activity.");
                    return null;
                }

                var transaction = transactions[n - 1];
                _usedTransactions.Add(transaction);
                Place(transaction);
                var value = transaction.Element(Iati("value"));
                amount = ReadMoney(Text(value), value is null ? null : Attr(value, "currency") ?? Attr(Element, "default-currency"), value is null ? PathOf(transaction) : PathOf(value));
                if (amount is null)
                {
                    return null;
                }
            }
            else if (ExtAttr(element, "amount") is { } a)
            {
                amount = ReadMoney(a, ExtAttr(element, "currency"), path + "/@stamm:amount");
                if (amount is null)
                {
                    return null;
                }
            }

            DateInterval? period = null;
            var start = ExtAttr(element, "start");
            var end = ExtAttr(element, "end");
            if (start is not null || end is not null)
            {
                var from = ParseDate(start, path + "/@stamm:start");
                var to = ParseDate(end, path + "/@stamm:end");
                if (from is null || to is null)
                {
                    return null;
                }

                if (to < from)
                {
                    Invalid(path + "/@stamm:end", "The end lies before the start.");
                    return null;
                }

                period = new DateInterval(from.Value, to.Value);
            }

            var countries = new List<Country>();
            var types = new List<ActivityType>();
            var themes = new List<ThematicArea>();
            var ok = true;
            foreach (var earmark in element.Elements())
            {
                var at = PathOf(earmark);
                if (earmark.Name != Ext + "earmark")
                {
                    Problems.Add(IatiProjectProblemCodes.Unplaced, at, $"<{earmark.Name.LocalName}> is not an element of stamm:contribution.");
                    ok = false;
                }
                else if (ExtAttr(earmark, "country") is { } c)
                {
                    ok &= Add(countries, ParseCountry(c, at + "/@stamm:country"));
                }
                else if (ExtAttr(earmark, "activity-type") is { } type)
                {
                    ok &= Add(types, ParseName<ActivityType>(type, at + "/@stamm:activity-type"));
                }
                else
                {
                    ok &= Add(themes, ParseName<ThematicArea>(ExtAttr(earmark, "theme"), at + "/@stamm:theme"));
                }
            }

            return ok ? Problems.Take(Contribution.Create(donor, programme, amount, period, Earmarks.Create(countries, types, themes)), path) : null;
        }

        private Money? ReadMoney(string? amount, string? currency, string path)
        {
            var ok = decimal.TryParse(amount?.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value);
            if (!ok)
            {
                Invalid(path, $"'{amount}' is not an amount.");
            }

            if (!Currency.TryFromCode(currency, out var known))
            {
                Invalid(path, $"'{currency}' is not a code of the IATI Currency codelist.");
                return null;
            }

            return ok ? Money.Of(value, known) : null;
        }

        private T? Reference<T>(List<T?> list, string? text, string path, string what)
            where T : class
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= list.Count)
            {
                return list[n - 1];
            }

            Problems.Add(text is null ? IatiProjectProblemCodes.Missing : IatiProjectProblemCodes.InvalidValue, path, $"'{text}' does not name a {what} (a position from 1 to {list.Count}).");
            return null;
        }

        private static bool Add<T>(List<T> list, T? value)
            where T : struct
        {
            if (value is { } v)
            {
                list.Add(v);
                return true;
            }

            return false;
        }

        private static bool Add<T>(List<T> list, T? value)
            where T : class
        {
            if (value is not null)
            {
                list.Add(value);
                return true;
            }

            return false;
        }

        /// <summary>Reads a funder of a child: the project's donor named by <c>stamm:donor</c>, with the programme named by <c>stamm:programme</c>.</summary>
        public FundingSource? Funder(XElement element, Problems problems)
        {
            var path = PathOf(element);
            var donor = Reference(Donors, ExtAttr(element, "donor"), path + "/@stamm:donor", "donor of the project");
            if (donor is null)
            {
                return null;
            }

            if (ExtAttr(element, "programme") is not { } p)
            {
                return FundingSource.From(donor);
            }

            var programme = Reference([.. donor.Programmes], p, path + "/@stamm:programme", "programme of the donor");
            return programme is null ? null : problems.Take(FundingSource.Through(donor, programme), path);
        }

    }

    /// <summary>A child activity: one of the project's activities.</summary>
    private sealed class ActivityDraft : Draft
    {
        private readonly string _parentId;
        private readonly ProjectDraft _project;

        public ActivityDraft(XElement activity, string parentId, ProjectDraft project, Problems problems)
            : base(activity, problems)
        {
            _parentId = parentId;
            _project = project;
        }

        public Activity? Build()
        {
            PlaceDerived();
            var ok = true;
            var iatiIdentifier = Text(Element.Element(Iati("iati-identifier")))?.Trim() ?? string.Empty;
            var identifier = iatiIdentifier.StartsWith(_parentId + "-", StringComparison.Ordinal) ? iatiIdentifier[(_parentId.Length + 1)..] : null;
            if (identifier is null)
            {
                Problems.Add(IatiProjectProblemCodes.Mismatch, Path + "/iati-identifier", $"The identifier '{iatiIdentifier}' does not begin with the parent's '{_parentId}-', so the activity's own identifier cannot be told apart.");
                ok = false;
            }

            foreach (var related in Element.Elements(Iati("related-activity")).Where(r => Attr(r, "type") == "1"))
            {
                Place(related);
            }

            // Derived on export from the activity's participants, dates and the project: status, scope, countries.
            Place(Element.Element(Iati("activity-status")));
            Place(Element.Element(Iati("activity-scope")));
            foreach (var country in Element.Elements(Iati("recipient-country")))
            {
                Place(country);
            }

            var title = NarrativeOf(Single("title"));
            var summary = Description("1");
            var funding = new List<FundingSource>();
            foreach (var element in Element.Elements(Iati("participating-org")))
            {
                Place(element);
                switch (Attr(element, "role"))
                {
                    case "1":
                        ok &= _project.Funder(element, Problems) is { } source && Added(funding, source);
                        break;
                    case "2" or "4":
                        if (ReadOrganisation(element) is { } organisation && organisation != _project.Implementer)
                        {
                            Problems.Add(IatiProjectProblemCodes.Mismatch, PathOf(element), "The organisation differs from the project's implementer; the model has one implementer per project.");
                        }

                        break;
                    default:
                        Problems.Add(IatiProjectProblemCodes.Unplaced, PathOf(element), "The model has no place for an organisation in this role on an activity.");
                        break;
                }
            }

            var period = ReadPeriod();
            var dialogues = Tags<MigrationDialogue>(IatiExtension.DialogueVocabularyUri);
            var themes = Tags<ThematicArea>(IatiExtension.ThematicAreaVocabularyUri);
            var linked = new List<DocumentLink>();
            foreach (var element in Element.Elements(Iati("document-link")))
            {
                Place(element);
                ok &= ReadDocumentLink(element) is { } document && Added(linked, document);
            }

            var extension = Element.Elements(Ext + "activity").ToList();
            foreach (var extra in extension.Skip(1))
            {
                Problems.Add(IatiProjectProblemCodes.Unplaced, PathOf(extra), "Only one stamm:activity is read.");
                Place(extra);
            }

            var ext = extension.FirstOrDefault();
            Place(ext);
            ReportUnplaced();
            if (ext is null)
            {
                Problems.Add(IatiProjectProblemCodes.Missing, Path, "The activity's type is not in the file (stamm:activity/@stamm:type); the model requires one.");
                return null;
            }

            var extPath = PathOf(ext);
            var type = ParseName<ActivityType>(ExtAttr(ext, "type"), extPath + "/@stamm:type");
            var experts = ParseCount(ExtAttr(ext, "experts"), extPath + "/@stamm:experts");
            ok &= ExtAttr(ext, "experts") is null || experts is not null;
            Venue? venue = null;
            var beneficiaries = new List<Institution>();
            Participants? participants = null;
            var topics = new List<string>();
            var topicCountries = new List<Country>();
            var unaddressed = new List<(int Position, DocumentLink Document, string Path)>();
            foreach (var child in ext.Elements())
            {
                var at = PathOf(child);
                switch (child.Name.Namespace == Ext ? child.Name.LocalName : null)
                {
                    case "venue" when venue is null:
                        venue = ReadVenue(child);
                        ok &= venue is not null;
                        break;
                    case "beneficiary":
                        ok &= ReadInstitution(child) is { } institution && Added(beneficiaries, institution);
                        break;
                    case "participants" when participants is null:
                        participants = ReadParticipants(child);
                        ok &= participants is not null;
                        break;
                    case "topic":
                        topics.Add(Text(child) ?? string.Empty);
                        break;
                    case "topic-country":
                        ok &= ParseCountry(ExtAttr(child, "code"), at + "/@stamm:code") is { } country && Added(topicCountries, country);
                        break;
                    case "document":
                        var position = ParseCount(ExtAttr(child, "position"), at + "/@stamm:position");
                        var published = ExtAttr(child, "published") is { } text ? ParsePartial(text, at + "/@stamm:published") : null;
                        var document = Problems.Take(DocumentLink.Create(Text(child.Element(Ext + "title")), ExtAttr(child, "category"), published: published), at);
                        ok &= position is not null && document is not null && (ExtAttr(child, "published") is null || published is not null);
                        if (position is { } n && document is not null)
                        {
                            unaddressed.Add((n, document, at));
                        }

                        break;
                    default:
                        Problems.Add(IatiProjectProblemCodes.Unplaced, at, $"<{child.Name.LocalName}> is not an element of stamm:activity.");
                        ok = false;
                        break;
                }
            }

            var documents = Merge(linked, unaddressed);
            if (!ok || identifier is null || type is null || period is null || documents is null)
            {
                return null;
            }

            return Problems.Take(
                Activity.Create(identifier, type.Value, title, period, venue, beneficiaries, participants, experts, topics, topicCountries, funding, dialogues, documents, summary, themes),
                Path);
        }

        private static bool Added<T>(List<T> list, T value)
        {
            list.Add(value);
            return true;
        }

        /// <summary>Puts the documents without an address at their positions and the document-links, in order, in the remaining places.</summary>
        private List<DocumentLink>? Merge(List<DocumentLink> linked, List<(int Position, DocumentLink Document, string Path)> unaddressed)
        {
            var total = linked.Count + unaddressed.Count;
            var slots = new DocumentLink?[total];
            foreach (var (position, document, path) in unaddressed)
            {
                if (position < 1 || position > total || slots[position - 1] is not null)
                {
                    Problems.Add(IatiProjectProblemCodes.InvalidValue, path + "/@stamm:position", $"The position {position} is not a free place among the activity's {total} documents.");
                    return null;
                }

                slots[position - 1] = document;
            }

            var next = 0;
            for (var i = 0; i < total; i++)
            {
                slots[i] ??= linked[next++];
            }

            return [.. slots.Select(d => d!)];
        }

        private ActivityPeriod? ReadPeriod()
        {
            var start = Date("2", "1");
            var end = Date("4", "3");
            if (start is null || end is null)
            {
                Problems.Add(IatiProjectProblemCodes.Missing, Path, "An activity's start and end (activity-date types 1 or 2, and 3 or 4) are required.");
                return null;
            }

            var (from, month, _) = start.Value;
            var (to, endMonth, endPath) = end.Value;
            if (month || endMonth)
            {
                var whole = PartialDate.OfMonth(from.ToYearMonth());
                if (!month || !endMonth || from != whole.FirstDay || to != whole.LastDay)
                {
                    Problems.Add(IatiProjectProblemCodes.Mismatch, endPath, "A month-precision activity starts on the first and ends on the last day of one month, both marked stamm:precision=\"month\".");
                    return null;
                }

                return ActivityPeriod.InMonth(from.ToYearMonth());
            }

            if (to < from)
            {
                Problems.Add(ProblemCodes.EndBeforeStart, endPath, "The end lies before the start.");
                return null;
            }

            return ActivityPeriod.Exact(from, to);
        }

        private DocumentLink? ReadDocumentLink(XElement element)
        {
            var path = PathOf(element);
            if (Attr(element, "format") is { } format && format != "application/octet-stream")
            {
                Problems.Add(IatiProjectProblemCodes.Unplaced, path + "/@format", $"The model does not record a document's media type ('{format}').");
            }

            foreach (var extra in element.Elements().Where(e => e.Name != Iati("title") && e.Name != Iati("category") && e.Name != Iati("document-date")))
            {
                Problems.Add(IatiProjectProblemCodes.Unplaced, PathOf(extra), $"The model does not record a document's <{extra.Name.LocalName}>.");
            }

            var categories = element.Elements(Iati("category")).ToList();
            foreach (var extra in categories.Skip(1))
            {
                Problems.Add(IatiProjectProblemCodes.Unplaced, PathOf(extra), "The model records one category per document.");
            }

            PartialDate? published = null;
            var dateOk = true;
            if (element.Element(Iati("document-date")) is { } dateElement)
            {
                var date = ParseDate(Attr(dateElement, "iso-date"), PathOf(dateElement) + "/@iso-date");
                dateOk = date is not null;
                if (date is { } d)
                {
                    published = ExtAttr(dateElement, "precision") == "month" ? PartialDate.OfMonth(d.ToYearMonth()) : PartialDate.OfDay(d);
                }
            }

            if (!Uri.TryCreate(Attr(element, "url"), UriKind.Absolute, out var url))
            {
                Problems.Add(IatiProjectProblemCodes.InvalidValue, path + "/@url", $"'{Attr(element, "url")}' is not an absolute address.");
                return null;
            }

            var document = DocumentLink.Create(NarrativeOf(element.Element(Iati("title"))), categories.Count > 0 ? Attr(categories[0], "code") : null, url, published);
            return dateOk ? Problems.Take(document, path) : null;
        }

        private Venue? ReadVenue(XElement element)
        {
            var path = PathOf(element);
            var mode = ParseName<VenueMode>(ExtAttr(element, "mode"), path + "/@stamm:mode");
            if (mode is VenueMode.Online)
            {
                return Venue.Online;
            }

            var country = ParseCountry(ExtAttr(element, "country"), path + "/@stamm:country");
            if (mode is null || country is null)
            {
                return null;
            }

            return Problems.Take(mode == VenueMode.Hybrid ? Venue.Hybrid(ExtAttr(element, "city"), country) : Venue.InPerson(ExtAttr(element, "city"), country), path);
        }

        private Institution? ReadInstitution(XElement element)
        {
            var path = PathOf(element);
            Institution? parent = null;
            if (element.Element(Ext + "parent") is { } parentElement)
            {
                parent = ReadInstitution(parentElement);
                if (parent is null)
                {
                    return null;
                }
            }

            var country = ParseCountry(ExtAttr(element, "country"), path + "/@stamm:country");
            var type = ParseName<InstitutionType>(ExtAttr(element, "type"), path + "/@stamm:type");
            return country is null || type is null
                ? null
                : Problems.Take(Institution.Create(ExtAttr(element, "name"), country, type.Value, parent, ExtAttr(element, "acronym")), path);
        }

        private Participants? ReadParticipants(XElement element)
        {
            var path = PathOf(element);
            var ok = true;
            var count = ParseCount(ExtAttr(element, "count"), path + "/@stamm:count");
            ok &= ExtAttr(element, "count") is null || count is not null;
            var countries = new List<Country>();
            var byCountry = new Dictionary<Country, int>();
            SexBreakdown? bySex = null;
            string? description = null;
            foreach (var child in element.Elements())
            {
                var at = PathOf(child);
                switch (child.Name.Namespace == Ext ? child.Name.LocalName : null)
                {
                    case "country":
                        if (ParseCountry(ExtAttr(child, "code"), at + "/@stamm:code") is { } country)
                        {
                            countries.Add(country);
                            if (ExtAttr(child, "count") is { } text)
                            {
                                if (ParseCount(text, at + "/@stamm:count") is { } n)
                                {
                                    byCountry[country] = n;
                                }
                                else
                                {
                                    ok = false;
                                }
                            }
                        }
                        else
                        {
                            ok = false;
                        }

                        break;
                    case "by-sex":
                        var female = ParseCount(ExtAttr(child, "female"), at + "/@stamm:female");
                        var male = ParseCount(ExtAttr(child, "male"), at + "/@stamm:male");
                        var other = ParseCount(ExtAttr(child, "other") ?? "0", at + "/@stamm:other");
                        if (female is null || male is null || other is null)
                        {
                            Problems.Add(IatiProjectProblemCodes.Missing, at, "A breakdown by sex has stamm:female and stamm:male counts.");
                            ok = false;
                        }
                        else
                        {
                            bySex = Problems.Take(SexBreakdown.Create(female.Value, male.Value, other.Value), at);
                            ok &= bySex is not null;
                        }

                        break;
                    case "description":
                        description = Text(child);
                        break;
                    default:
                        Problems.Add(IatiProjectProblemCodes.Unplaced, at, $"<{child.Name.LocalName}> is not an element of stamm:participants.");
                        ok = false;
                        break;
                }
            }

            return ok ? Problems.Take(Participants.Create(count, countries, byCountry, bySex, description), path) : null;
        }
    }
}
