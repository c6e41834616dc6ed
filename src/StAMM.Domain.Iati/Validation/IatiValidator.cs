using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml.XPath;
using Ardalis.GuardClauses;
using NodaTime;
using StAMM.Domain.Geography;
using StAMM.Domain.Iati.Reading;
using StAMM.Domain.Iati.Reference;

namespace StAMM.Domain.Iati.Validation;

/// <summary>
/// Checks any IATI 2.0x activity file, not only this package's own: (a) against the official 2.03 XSD, embedded, and
/// (b) against the rules of a ruleset, the official <c>standard.json</c> unless told otherwise, evaluated generically
/// as the IATI Validator does (each activity on its own, its XPaths evaluated with XPath 1.0). Each failure is a
/// <see cref="IatiFinding"/> with the rule's id, the activity's identifier and an XPath.
/// </summary>
/// <remarks>
/// <para>The file is streamed: one activity is in memory at a time, under the limits of <see cref="IatiReaderLimits"/>;
/// DTDs are refused. A file that cannot be read throws <see cref="IatiFileException"/>; everything else is a finding.</para>
/// <para>Semantics follow the IATI Validator's JavaScript rule engine (IATI-Rulesets SPEC_JS.rst), with one deliberate
/// difference: <c>if</c>, <c>then</c> and <c>condition</c> are read with XPath's boolean() (an empty node-set is false),
/// which is what the ruleset's authors mean.</para>
/// <para>Thread-safe: an instance keeps only its options.</para>
/// </remarks>
public sealed class IatiValidator
{
    /// <summary>The rule id IATI's Validator gives every schema error.</summary>
    public const string SchemaRuleId = "0.3.1";

    /// <summary>The rule id IATI's Validator gives an activity identifier that is not unique in the file.</summary>
    public const string DuplicateIdentifierRuleId = "1.1.2";

    private static readonly Lazy<XmlSchemaSet> Schemas = new(IatiReference.CreateActivitySchemaSet);
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private readonly IatiValidatorOptions _options;

    /// <summary>Creates a validator.</summary>
    /// <param name="options">How to check.</param>
    public IatiValidator(IatiValidatorOptions options) => _options = Guard.Against.Null(options);

    /// <summary>Checks an IATI activity file given as text.</summary>
    /// <param name="xml">The XML.</param>
    /// <returns>The report.</returns>
    /// <exception cref="IatiFileException">The text cannot be read as an IATI activity file.</exception>
    public IatiValidationReport ValidateXml(string xml)
    {
        Guard.Against.Null(xml);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return Validate(stream);
    }

    /// <summary>Checks an IATI activity file, streaming it.</summary>
    /// <param name="stream">The file; read to its end, not closed.</param>
    /// <returns>The report.</returns>
    /// <exception cref="IatiFileException">The file cannot be read as an IATI activity file.</exception>
    public IatiValidationReport Validate(Stream stream)
    {
        Guard.Against.Null(stream);
        var findings = ImmutableArray.CreateBuilder<IatiFinding>();
        var notEvaluated = new SortedSet<string>(StringComparer.Ordinal);
        var limits = _options.Limits;
        var schema = _options.CheckSchema ? new SchemaCheck(Schemas.Value) : null;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var compiled = new Dictionary<string, XPathExpression>(StringComparer.Ordinal);
        var children = new Dictionary<XName, int>();
        var count = 0;
        try
        {
            using var reader = XmlReader.Create(stream, SafeXml.Settings(limits));
            XElement? root = null;
            while (!reader.EOF)
            {
                if (root is null)
                {
                    if (reader.NodeType != XmlNodeType.Element)
                    {
                        reader.Read();
                        continue;
                    }

                    if (reader.LocalName != "iati-activities" || reader.NamespaceURI.Length != 0)
                    {
                        throw new IatiFileException(IatiFileProblem.NotIatiActivities, $"The root element is <{reader.Name}>, not <iati-activities>.", SafeXml.LineOf(reader));
                    }

                    root = new XElement("iati-activities", SafeXml.ReadAttributes(reader, limits));
                    root.AddAnnotation(SafeXml.Position.Of(reader, 0));
                    schema?.StartRoot(root);
                    var empty = reader.IsEmptyElement;
                    reader.Read();
                    if (empty)
                    {
                        schema?.EndRoot(root);
                    }

                    schema?.Flush(findings, null);
                    continue;
                }

                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when reader.Depth == 1:
                        var name = XName.Get(reader.LocalName, reader.NamespaceURI);
                        var position = children[name] = children.GetValueOrDefault(name) + 1;
                        var element = SafeXml.ReadElement(reader, limits, position);
                        schema?.Child(element);
                        if (element.Name != "iati-activity")
                        {
                            schema?.Flush(findings, null);
                            continue;
                        }

                        count++;
                        var identifier = element.Element("iati-identifier")?.Value;
                        schema?.Flush(findings, identifier);
                        if (identifier is not null)
                        {
                            seen[identifier] = seen.GetValueOrDefault(identifier) + 1;
                            if (seen[identifier] == 2)
                            {
                                var at = element.Element("iati-identifier")!;
                                findings.Add(new IatiFinding(DuplicateIdentifierRuleId, IatiSeverity.Error, IatiFindingSource.File, "unique", "The activity identifier must be unique for each activity.", $"{Quote.Of(identifier)} is used more than once.", identifier, SafeXml.PathOf(at), SafeXml.LineOf(at), SafeXml.ColumnOf(at)));
                            }
                        }

                        var single = new XDocument(new XElement(root.Name, root.Attributes(), element));
                        new ActivityEvaluation(this, single, identifier, findings, notEvaluated, compiled).Run();
                        continue;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when reader.Depth == 1:
                        var text = SafeXml.ReadText(reader, limits);
                        schema?.Text(root, text);
                        break;
                    case XmlNodeType.EndElement when reader.Depth == 0:
                        schema?.EndRoot(root);
                        schema?.Flush(findings, null);
                        break;
                }

                reader.Read();
            }

            if (root is null)
            {
                throw new IatiFileException(IatiFileProblem.NotIatiActivities, "The file has no root element.");
            }
        }
        catch (XmlException ex)
        {
            throw SafeXml.Translate(ex);
        }

        return new IatiValidationReport(count, findings.ToImmutable(), [.. notEvaluated]);
    }

    /// <summary>
    /// Checks against the official XSD what the reader has built, node by node (with <see cref="XmlSchemaValidator"/>),
    /// so that each error names the element or attribute it is about, its path, line and column.
    /// </summary>
    private sealed class SchemaCheck : IXmlLineInfo
    {
        private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

        private readonly XmlSchemaValidator _validator;
        private readonly XmlSchemaInfo _info = new();
        private readonly List<(string Message, XObject Node)> _errors = [];
        private XObject? _at;

        public SchemaCheck(XmlSchemaSet schemas)
        {
            var names = new NameTable();
            _validator = new XmlSchemaValidator(names, schemas, new XmlNamespaceManager(names), XmlSchemaValidationFlags.None)
            {
                LineInfoProvider = this,
            };
            _validator.ValidationEventHandler += (_, e) =>
            {
                if (e.Severity == XmlSeverityType.Error && _at is not null)
                {
                    _errors.Add((e.Message, _at));
                }
            };
            _validator.Initialize();
        }

        public int LineNumber => _at is null ? 0 : SafeXml.LineOf(_at) ?? 0;

        public int LinePosition => _at is null ? 0 : SafeXml.ColumnOf(_at) ?? 0;

        public bool HasLineInfo() => _at is not null && SafeXml.LineOf(_at) is > 0;

        public void StartRoot(XElement root) => Start(root);

        public void EndRoot(XElement root) => End(root);

        public void Text(XElement parent, string text)
        {
            _at = parent;
            if (text.AsSpan().TrimStart(" \t\r\n").IsEmpty)
            {
                _validator.ValidateWhitespace(text);
            }
            else
            {
                _validator.ValidateText(text);
            }
        }

        /// <summary>Checks a child of the root with its subtree, without recursion (the depth is the reader's limit, which a caller may raise).</summary>
        public void Child(XElement top)
        {
            Start(top);
            var open = new Stack<(XElement Element, IEnumerator<XNode> Nodes)>();
            open.Push((top, top.Nodes().GetEnumerator()));
            while (open.Count > 0)
            {
                var (element, nodes) = open.Peek();
                if (!nodes.MoveNext())
                {
                    nodes.Dispose();
                    open.Pop();
                    End(element);
                    continue;
                }

                switch (nodes.Current)
                {
                    case XElement child:
                        Start(child);
                        open.Push((child, child.Nodes().GetEnumerator()));
                        break;
                    case XText text:
                        Text(element, text.Value);
                        break;
                }
            }
        }

        public void Flush(ImmutableArray<IatiFinding>.Builder findings, string? identifier)
        {
            foreach (var (message, node) in _errors)
            {
                findings.Add(new IatiFinding(SchemaRuleId, IatiSeverity.Critical, IatiFindingSource.Schema, "xsd", message, null, identifier, SafeXml.PathOf(node), SafeXml.LineOf(node), SafeXml.ColumnOf(node)));
            }

            _errors.Clear();
        }

        private void Start(XElement element)
        {
            _at = element;
            string? type = null, nil = null, location = null, noNamespaceLocation = null;
            foreach (var attribute in element.Attributes().Where(a => a.Name.NamespaceName == Xsi))
            {
                switch (attribute.Name.LocalName)
                {
                    case "type": type = attribute.Value; break;
                    case "nil": nil = attribute.Value; break;
                    case "schemaLocation": location = attribute.Value; break;
                    case "noNamespaceSchemaLocation": noNamespaceLocation = attribute.Value; break;
                }
            }

            _validator.ValidateElement(element.Name.LocalName, element.Name.NamespaceName, _info, type, nil, location, noNamespaceLocation);
            foreach (var attribute in element.Attributes())
            {
                _at = attribute;
                _validator.ValidateAttribute(attribute.Name.LocalName, attribute.Name.NamespaceName, attribute.Value, _info);
            }

            _at = element;
            _validator.ValidateEndOfAttributes(_info);
        }

        private void End(XElement element)
        {
            _at = element;
            _validator.ValidateEndElement(_info);
        }
    }

    /// <summary>The evaluation of the ruleset on one activity, wrapped in a document of its own as the IATI Validator does.</summary>
    private sealed class ActivityEvaluation(
        IatiValidator validator,
        XDocument document,
        string? identifier,
        ImmutableArray<IatiFinding>.Builder findings,
        SortedSet<string> notEvaluated,
        Dictionary<string, XPathExpression> compiled)
    {
        private readonly IatiValidatorOptions _options = validator._options;

        /// <summary>The prefixes the rules use: only <c>xml</c>, which every namespace manager knows.</summary>
        private static XmlNamespaceManager Namespaces => new(new NameTable());

        public void Run()
        {
            var navigator = document.CreateNavigator();
            foreach (var rule in _options.Ruleset.Cases)
            {
                XPathNodeIterator contexts;
                try
                {
                    contexts = navigator.Select(Compile(rule.Context));
                }
                catch (XPathException)
                {
                    notEvaluated.Add($"{rule.Id} (its context XPath cannot be compiled)");
                    continue;
                }

                foreach (var context in contexts.Cast<XPathNavigator>().Select(n => n.Clone()).ToList())
                {
                    if (rule.Loop is { } loop)
                    {
                        var values = Nodes(context, loop.ForEach).Select(n => n.Value).Distinct(StringComparer.Ordinal).ToList();
                        foreach (var value in values)
                        {
                            if (value.Contains('\'', StringComparison.Ordinal))
                            {
                                continue;
                            }

                            Check(rule.Substitute(value), context);
                        }
                    }
                    else
                    {
                        Check(rule, context);
                    }
                }
            }
        }

        private void Check(RuleCase rule, XPathNavigator context)
        {
            try
            {
                if (rule.Strings.TryGetValue("condition", out var condition) && !Bool(context, condition))
                {
                    return;
                }

                var paths = rule.Lists.TryGetValue("paths", out var p) ? p : [];
                var matches = paths.SelectMany(path => Nodes(context, path)).ToList();
                if (rule.Strings.TryGetValue("idCondition", out var idCondition) && !IdConditionHolds(idCondition, matches))
                {
                    return;
                }

                var outcome = Evaluate(rule, context, matches);
                if (outcome.NotEvaluated is { } reason)
                {
                    notEvaluated.Add($"{rule.Id} ({reason})");
                }
                else if (!outcome.Passed)
                {
                    var at = outcome.At ?? context;
                    findings.Add(new IatiFinding(rule.Id, rule.Severity, IatiFindingSource.Ruleset, rule.RuleName, rule.Message, outcome.Detail, identifier, PathOf(at), LineOf(at), ColumnOf(at)));
                }
            }
            catch (XPathException ex)
            {
                notEvaluated.Add($"{rule.Id} (an XPath of the rule cannot be evaluated: {ex.Message})");
            }
        }

        private bool IdConditionHolds(string idCondition, List<XPathNavigator> matches)
        {
            var known = _options.PublisherIdentifiers;
            return idCondition switch
            {
                "NOT_EXISTING_ORG_ID" => matches.All(m => !known.Contains(m.Value)),
                "NOT_EXISTING_ORG_ID_PREFIX" => matches.All(m => !known.Any(id => m.Value.StartsWith(id + "-", StringComparison.Ordinal))),
                _ => true,
            };
        }

        private Outcome Evaluate(RuleCase rule, XPathNavigator context, List<XPathNavigator> matches)
        {
            switch (rule.RuleName)
            {
                case "atleast_one":
                    return Outcome.Of(matches.Count >= 1, "None of the paths is present.");
                case "no_more_than_one":
                    return Outcome.Of(matches.Count <= 1, string.Create(CultureInfo.InvariantCulture, $"{matches.Count} are present."), matches.ElementAtOrDefault(1));
                case "only_one_of":
                    var excluded = rule.Lists.TryGetValue("excluded", out var ex) ? ex : [];
                    return Outcome.Of(excluded.All(x => Nodes(context, x).Count != 0 ? matches.Count == 0 : matches.Count == 1), null);
                case "one_or_all":
                    return OneOrAll(rule, context);
                case "dependent":
                    var present = (rule.Lists.TryGetValue("paths", out var dp) ? dp : []).Select(x => Nodes(context, x).Count > 0).ToList();
                    return Outcome.Of(present.All(b => b) || !present.Any(b => b), "Some of the paths that depend on each other are missing.");
                case "unique":
                    var texts = matches.Select(m => m.Value).ToList();
                    return Outcome.Of(texts.Distinct(StringComparer.Ordinal).Count() == texts.Count, "Two of the values are the same.", matches.LastOrDefault());
                case "sum":
                    return matches.Count == 0 ? Outcome.Pass : StrictSum(rule, matches);
                case "strict_sum":
                    return StrictSum(rule, matches);
                case "date_order":
                    return DateOrder(rule, context);
                case "date_now":
                    var date = Date(context, rule.Strings.GetValueOrDefault("date"));
                    return date is null ? Outcome.Pass : NotADate(date) ?? Outcome.Of(date.Date <= Now, $"{date.Text} is in the future.", date.Node);
                case "between_dates":
                    var when = Date(context, rule.Strings.GetValueOrDefault("date"));
                    var from = Date(context, rule.Strings.GetValueOrDefault("start"));
                    var to = Date(context, rule.Strings.GetValueOrDefault("end"));
                    return when is null || from is null || to is null ? Outcome.Pass
                        : NotADate(when, from, to) ?? Outcome.Of(from.Date <= when.Date && when.Date <= to.Date, $"{when.Text} lies outside {from.Text} to {to.Text}.", when.Node);
                case "time_limit":
                    var start = Date(context, rule.Strings.GetValueOrDefault("start"));
                    var end = Date(context, rule.Strings.GetValueOrDefault("end"));
                    return start is null || end is null ? Outcome.Pass
                        : NotADate(start, end) ?? Outcome.Of(Period.Between(start.Date!.Value, end.Date!.Value, PeriodUnits.Days).Days <= 365, $"{start.Text} to {end.Text} is longer than a year.", end.Node);
                case "regex_matches":
                case "regex_no_matches":
                    var regex = new Regex(rule.Strings.GetValueOrDefault("regex") ?? string.Empty, RegexOptions.CultureInvariant, RegexTimeout);
                    var wanted = rule.RuleName == "regex_matches";
                    var bad = matches.FirstOrDefault(m => m.Value.Length != 0 && regex.IsMatch(m.Value) != wanted);
                    return Outcome.Of(bad is null, bad is null ? null : $"{Quote.Of(bad.Value)} {(wanted ? "does not match" : "matches")} {regex}.", bad);
                case "startswith":
                    return StartsWith(rule, context, matches);
                case "if_then":
                    var ifExpression = rule.Strings.GetValueOrDefault("if");
                    var thenExpression = rule.Strings.GetValueOrDefault("then");
                    return ifExpression is null || thenExpression is null || !Bool(context, ifExpression) ? Outcome.Pass
                        : Outcome.Of(Bool(context, thenExpression), $"'{ifExpression}' holds but '{thenExpression}' does not.", matches.FirstOrDefault());
                case "range":
                    var outside = matches.FirstOrDefault(m =>
                    {
                        var value = Number(m.Value);
                        return value is null || value < (rule.Min ?? value) || value > (rule.Max ?? value);
                    });
                    return Outcome.Of(outside is null, outside is null ? null : $"{Quote.Of(outside.Value)} is not a number from {rule.Min} to {rule.Max}.", outside);
                case "no_spaces":
                    var spaced = matches.FirstOrDefault(m => m.Value != m.Value.Trim());
                    return Outcome.Of(spaced is null, spaced is null ? null : $"{Quote.Of(spaced.Value)} starts or ends with white space.", spaced);
                default:
                    return Outcome.Skip($"the rule type '{rule.RuleName}' is not known");
            }
        }

        private Outcome OneOrAll(RuleCase rule, XPathNavigator context)
        {
            if (Nodes(context, rule.Strings.GetValueOrDefault("one") ?? string.Empty).Count > 0)
            {
                return Outcome.Pass;
            }

            XPathNavigator? Missing(string all, string has) =>
                Nodes(context, all).FirstOrDefault(n => Nodes(n, has).Count == 0);

            var first = rule.Strings.GetValueOrDefault("all") switch
            {
                "lang" => Missing("descendant::narrative", "@xml:lang"),
                "sector" => Missing("transaction", "sector"),
                "recipient-country|recipient-region" => Missing("transaction", "recipient-country|recipient-region"),
                "currency" => Missing("descendant::value", "@currency") ?? Missing("descendant::forecast", "@currency") ?? Missing("descendant::loan-status", "@currency"),
                _ => null,
            };
            return Outcome.Of(first is null, first is null ? null : $"<{first.LocalName}> lacks it.", first);
        }

        private static Outcome StrictSum(RuleCase rule, List<XPathNavigator> matches)
        {
            // Each percentage is a decimal; their sum may not be one (two near decimal.MaxValue), so it is added
            // in checked steps and a sum beyond decimal's range is a finding, not an exception.
            var total = 0m;
            foreach (var match in matches)
            {
                if (Number(match.Value) is not { } value)
                {
                    return Outcome.Of(false, $"{Quote.Of(match.Value)} is not a number.", match);
                }

                if ((value > 0m && total > decimal.MaxValue - value) || (value < 0m && total < decimal.MinValue - value))
                {
                    return Outcome.Of(false, "The sum is beyond the range of numbers that can be added (about 7.9E+28).", match);
                }

                total += value;
            }

            var expected = rule.Sum ?? 100m;
            return Outcome.Of(
                IatiValidator.SumsTo(total, expected),
                string.Create(CultureInfo.InvariantCulture, $"The sum is {total}, not {expected} (within {GeographicScope.ShareSumTolerance})."),
                matches.FirstOrDefault());
        }

        private Outcome DateOrder(RuleCase rule, XPathNavigator context)
        {
            var lessPath = rule.Strings.GetValueOrDefault("less");
            var morePath = rule.Strings.GetValueOrDefault("more");
            var less = Date(context, lessPath);
            var more = morePath == "NOW" ? new DateAt(null, Now, "now") : Date(context, morePath);
            if (less is null || more is null)
            {
                return Outcome.Pass;
            }

            return NotADate(less, more) ?? Outcome.Of(less.Date <= more.Date, $"{lessPath} = {less.Text} is later than {morePath} = {more.Text}.", less.Node);
        }

        private Outcome StartsWith(RuleCase rule, XPathNavigator context, List<XPathNavigator> matches)
        {
            var prefixes = rule.Lists.TryGetValue("prefix", out var list) ? list : [];
            if (prefixes is ["ORG-ID-PREFIX"])
            {
                var known = _options.OrganisationIdentifierPrefixes;
                if (known.Count == 0)
                {
                    return Outcome.Skip("the list of organisation-identifier prefixes it needs was set empty");
                }

                var unknown = matches.FirstOrDefault(m =>
                {
                    var parts = m.Value.Split('-');
                    return !known.Contains(parts.Length > 1 ? $"{parts[0]}-{parts[1]}" : parts[0]);
                });
                return Outcome.Of(unknown is null, unknown is null ? null : $"{Quote.Of(unknown.Value)} does not start with a known registration-agency prefix.", unknown);
            }

            var separator = rule.Strings.GetValueOrDefault("separator") ?? string.Empty;
            var starts = prefixes.SelectMany(x => Nodes(context, x)).Select(n => n.Value + separator).ToList();
            var wrong = matches.FirstOrDefault(m => !starts.Any(s => m.Value.StartsWith(s, StringComparison.Ordinal)));
            return Outcome.Of(wrong is null, wrong is null ? null : $"{Quote.Of(wrong.Value)} does not start with {string.Join(" or ", starts.Select(Quote.Of))}.", wrong);
        }

        private LocalDate Now => _options.Clock.GetCurrentInstant().InUtc().Date;

        /// <summary>
        /// The date at the path: none when the path finds nothing or an empty value (the rule does not apply), else
        /// the date read by <see cref="IatiDate"/>, the importer's reading, or a text that is not a date.
        /// </summary>
        private DateAt? Date(XPathNavigator context, string? path)
        {
            if (path is null)
            {
                return null;
            }

            var node = Nodes(context, path).FirstOrDefault();
            if (node is null || node.Value.Length == 0)
            {
                return null;
            }

            var text = node.Value.Trim();
            return new DateAt(node, IatiDate.TryParse(text, out var date) ? date : null, text);
        }

        /// <summary>The failure of a date rule whose date is not a date; <see langword="null"/> when every date is one.</summary>
        private static Outcome? NotADate(params DateAt?[] dates) =>
            dates.FirstOrDefault(d => d is { Date: null }) is { } bad
                ? Outcome.Of(false, $"{Quote.Of(bad.Text)} is not a date (yyyy-mm-dd, years 0001 to 9999, optionally with a time or a zone).", bad.Node)
                : null;

        /// <summary>A number as JavaScript's Number() reads the ruleset's values: blank is 0, anything else must parse.</summary>
        private static decimal? Number(string text)
        {
            var trimmed = text.Trim();
            if (trimmed.Length == 0)
            {
                return 0m;
            }

            return decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
        }

        private List<XPathNavigator> Nodes(XPathNavigator context, string path)
        {
            var result = new List<XPathNavigator>();
            if (path.Length == 0)
            {
                return result;
            }

            var expression = Compile(path);
            if (expression.ReturnType != XPathResultType.NodeSet)
            {
                return result;
            }

            foreach (XPathNavigator node in context.Select(expression))
            {
                result.Add(node.Clone());
            }

            return result;
        }

        private bool Bool(XPathNavigator context, string expression) =>
            (bool)context.Evaluate(Compile("boolean(" + expression + ")"));

        private XPathExpression Compile(string expression)
        {
            // Compiled once per Validate call and shared by its activities; a call runs on one thread.
            if (!compiled.TryGetValue(expression, out var expr))
            {
                expr = XPathExpression.Compile(expression, Namespaces);
                compiled[expression] = expr;
            }

            return expr;
        }

        private static string PathOf(XPathNavigator node) =>
            node.UnderlyingObject is XObject o ? SafeXml.PathOf(o) : "/iati-activities";

        private static int? LineOf(XPathNavigator node) => node.UnderlyingObject is XObject o ? SafeXml.LineOf(Located(o)) : null;

        private static int? ColumnOf(XPathNavigator node) => node.UnderlyingObject is XObject o ? SafeXml.ColumnOf(Located(o)) : null;

        /// <summary>The node itself when the reader noted where it is, else its element (a text, or an attribute of the root copied for the rules).</summary>
        private static XObject Located(XObject o) =>
            o.Annotation<SafeXml.Position>() is not null || o.Parent is null ? o : o.Parent;
    }

    /// <summary>
    /// Whether percentages sum to the expected total, here and in <see cref="Import.IatiImport"/>: within
    /// <see cref="GeographicScope.ShareSumTolerance"/> (0.01 percentage points), the domain's one tolerance for shares.
    /// </summary>
    internal static bool SumsTo(decimal total, decimal expected) =>
        total >= expected - GeographicScope.ShareSumTolerance && total <= expected + GeographicScope.ShareSumTolerance;

    private sealed record DateAt(XPathNavigator? Node, LocalDate? Date, string Text);

    private readonly record struct Outcome(bool Passed, string? Detail, XPathNavigator? At, string? NotEvaluated)
    {
        public static Outcome Pass => new(true, null, null, null);

        public static Outcome Of(bool passed, string? detail, XPathNavigator? at = null) => new(passed, passed ? null : detail, at, null);

        public static Outcome Skip(string reason) => new(true, null, null, reason);
    }
}
