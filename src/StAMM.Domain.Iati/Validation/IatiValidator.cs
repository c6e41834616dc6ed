using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
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
    private static readonly Lazy<SchemaAutomaton> Automaton = new(() => SchemaAutomaton.Compile(Schemas.Value));
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private readonly IatiValidatorOptions _options;
    private readonly bool _exactSchemaOnly;

    /// <summary>Creates a validator.</summary>
    /// <param name="options">How to check.</param>
    public IatiValidator(IatiValidatorOptions options)
        : this(options, exactSchemaOnly: false)
    {
    }

    /// <summary>Creates a validator that may be told to give every activity to <see cref="XmlSchemaValidator"/> (the exact path), for comparison.</summary>
    /// <param name="options">How to check.</param>
    /// <param name="exactSchemaOnly">True: no activity is proved valid by the <see cref="SchemaAutomaton"/>.</param>
    internal IatiValidator(IatiValidatorOptions options, bool exactSchemaOnly)
    {
        _options = Guard.Against.Null(options);
        _exactSchemaOnly = exactSchemaOnly;
    }

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
    public IatiValidationReport Validate(Stream stream) => Validate(stream, null, CancellationToken.None);

    /// <summary>Checks an IATI activity file, streaming it, reporting progress and stopping when asked.</summary>
    /// <param name="stream">The file; read to its end, not closed.</param>
    /// <param name="progress">Told the number of activities checked so far after each activity; may be null.</param>
    /// <param name="cancellationToken">Stops the check between two activities with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="IatiFileException">The file cannot be read as an IATI activity file.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IatiValidationReport Validate(Stream stream, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        Guard.Against.Null(stream);
        var all = ImmutableArray.CreateBuilder<IatiFinding>();
        var (count, notEvaluated) = Run(stream, all.Add, progress, cancellationToken);
        return new IatiValidationReport(count, all.ToImmutable(), notEvaluated);
    }

    /// <summary>
    /// Checks an IATI activity file, streaming it, and gives each finding to <paramref name="onFinding"/> as soon as the
    /// activity it belongs to has been checked, in the order of the file, holding none: the memory of a check of a file
    /// with a finding in every activity stays that of one activity. The findings are those, and in the order, of
    /// <see cref="Validate(Stream, IProgress{int}, CancellationToken)"/>'s report.
    /// </summary>
    /// <param name="stream">The file; read to its end, not closed.</param>
    /// <param name="onFinding">Given each finding; what it throws ends the check and is thrown on.</param>
    /// <param name="progress">Told the number of activities checked so far after each activity; may be null.</param>
    /// <param name="cancellationToken">Stops the check between two activities with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The counts of the check: activities, findings by severity, and the rules not evaluated.</returns>
    /// <exception cref="IatiFileException">The file cannot be read as an IATI activity file; the findings of the
    /// activities before the point where it became unreadable have been given.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IatiValidationSummary Validate(Stream stream, Action<IatiFinding> onFinding, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(onFinding);
        var counts = new int[4];
        var (count, notEvaluated) = Run(
            stream,
            finding =>
            {
                counts[(int)finding.Severity]++;
                onFinding(finding);
            },
            progress,
            cancellationToken);
        return new IatiValidationSummary(count, counts[(int)IatiSeverity.Critical], counts[(int)IatiSeverity.Error], counts[(int)IatiSeverity.Warning], notEvaluated);
    }

    /// <summary>
    /// Checks the file: a thread of its own reads it, each child of the root into a tree checked against the XSD
    /// (<see cref="Read"/>), and hands the trees over (<see cref="ActivityHandover"/>); this thread runs the ruleset on
    /// each and gives the findings to <paramref name="sink"/> in the file's order, as a single thread doing both would.
    /// </summary>
    private (int Count, ImmutableArray<string> NotEvaluated) Run(Stream stream, Action<IatiFinding> sink, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // The findings of the activity being checked; given to the sink and cleared once it is done.
        var findings = ImmutableArray.CreateBuilder<IatiFinding>();
        void Drain()
        {
            foreach (var finding in findings)
            {
                sink(finding);
            }

            findings.Clear();
        }

        var notEvaluated = new SortedSet<string>(StringComparer.Ordinal);
        var evaluation = new RulesetEvaluation(this, findings, notEvaluated);
        var count = 0;
        using (var handover = new ActivityHandover())
        {
            var reader = new Thread(() => Read(stream, handover)) { IsBackground = true, Name = "IATI check: reading" };
            reader.Start();
            try
            {
                while (true)
                {
                    var slot = handover.Take();
                    if (slot.Failure is { } failure)
                    {
                        // The reading stopped here: what it read before has been checked; its findings since then are not given.
                        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
                    }

                    findings.AddRange(slot.Findings);
                    if (slot.IsLast)
                    {
                        break;
                    }

                    if (slot.IsActivity)
                    {
                        count++;
                        evaluation.Run(slot.Tree, slot.Identifier);
                        Drain();
                        progress?.Report(count);
                    }

                    handover.Return(slot);
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
            finally
            {
                // Done, failed or cancelled: the reader stops at its next slot; wait for it, so that nothing reads the
                // caller's stream once this returns.
                handover.Dispose();
                reader.Join();
            }
        }

        Drain();
        return (count, [.. notEvaluated]);
    }

    /// <summary>
    /// The reading thread: reads the root and then each child of the root into the tree of a slot, checks it against the
    /// XSD and hands it over; the last slot says the file has ended, or carries what stopped the reading.
    /// </summary>
    private void Read(Stream stream, ActivityHandover handover)
    {
        ActivityHandover.Slot slot;
        try
        {
            slot = handover.Rent();
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            var limits = _options.Limits;
            var seen = new IdentifierSet();
            var children = new Dictionary<(string LocalName, string Namespace), int>();
            using var reader = XmlReader.Create(stream, SafeXml.Settings(limits));
            var schema = _options.CheckSchema ? new SchemaCheck(Schemas.Value, handover.NameTable, _exactSchemaOnly ? null : Automaton.Value) : null;
            var scan = new ActivityScan(reader, limits, schema);
            var rootSeen = false;
            while (!reader.EOF)
            {
                if (!rootSeen)
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

                    rootSeen = true;
                    scan.StartRoot();
                    var empty = reader.IsEmptyElement;
                    reader.Read();
                    if (empty)
                    {
                        schema?.EndElement();
                    }

                    schema?.Flush(slot.Findings, null);
                    continue;
                }

                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when reader.Depth == 1:
                        var key = (reader.LocalName, reader.NamespaceURI);
                        var position = children[key] = children.GetValueOrDefault(key) + 1;
                        var isActivity = reader.LocalName == "iati-activity" && reader.NamespaceURI.Length == 0;
                        var tree = scan.ReadChild(position, slot.Tree);
                        if (!isActivity)
                        {
                            schema?.Flush(slot.Findings, null);
                            continue;
                        }

                        var at = tree.ChildElement(tree.Top, "iati-identifier");
                        var identifier = at < 0 ? null : tree.StringValue(at);
                        schema?.Flush(slot.Findings, identifier);
                        if (identifier is not null)
                        {
                            if (seen.AddIsSecond(identifier))
                            {
                                slot.Findings.Add(new IatiFinding(DuplicateIdentifierRuleId, IatiSeverity.Error, IatiFindingSource.File, "unique", "The activity identifier must be unique for each activity.", $"{Quote.Of(identifier)} is used more than once.", identifier, tree.PathOf(at), tree.LineOf(at), tree.ColumnOf(at)));
                            }
                        }

                        slot.IsActivity = true;
                        slot.Identifier = identifier;
                        handover.Publish(slot);
                        slot = handover.Rent();
                        continue;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when reader.Depth == 1:
                        var text = SafeXml.ReadText(reader, limits, scan.Buffer);
                        schema?.Text(text);
                        break;
                    case XmlNodeType.EndElement when reader.Depth == 0:
                        schema?.EndElement();
                        schema?.Flush(slot.Findings, null);
                        break;
                }

                reader.Read();
            }

            if (!rootSeen)
            {
                throw new IatiFileException(IatiFileProblem.NotIatiActivities, "The file has no root element.");
            }
        }
        catch (OperationCanceledException) when (handover.IsStopped)
        {
            // The check has stopped (done, failed or cancelled): nothing waits for more.
            return;
        }
        catch (XmlException ex)
        {
            slot.Failure = SafeXml.Translate(ex);
        }
        catch (Exception ex)
        {
            slot.Failure = ex;
        }

        slot.IsLast = true;
        handover.Publish(slot);
    }

    /// <summary>
    /// The activity identifiers seen so far, for the duplicate rule (1.1.2): each held as 128 bits of its SHA-256
    /// (16 bytes and the set's entry, about 30 bytes, where the string and a dictionary entry took over 120 bytes for a
    /// typical identifier), so that a file of a million activities needs some 30 MB, not over 120 MB. Two different
    /// identifiers share a key with a probability of about n²/2¹²⁹ (1.5E-27 for a million): treated as never.
    /// </summary>
    private sealed class IdentifierSet
    {
        private readonly HashSet<UInt128> _seen = [];
        private readonly HashSet<UInt128> _repeated = [];

        /// <summary>Adds an identifier; true the second time it is added (not the first, nor the third).</summary>
        public bool AddIsSecond(string identifier)
        {
            Span<byte> hash = stackalloc byte[32];
            System.Security.Cryptography.SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(identifier.AsSpan()), hash);
            var key = System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(hash);
            return !_seen.Add(key) && _repeated.Add(key);
        }
    }

    /// <summary>
    /// Reads the root and then each child of the root, under the limits of <see cref="IatiReaderLimits"/>, into one
    /// reused <see cref="ActivityTree"/>, and feeds each node to the schema check as it is read: one pass, no tree of
    /// objects per activity.
    /// </summary>
    private sealed class ActivityScan(XmlReader reader, IatiReaderLimits limits, SchemaCheck? schema)
    {
        private readonly List<(string LocalName, string Namespace, string Prefix, string Value, int Line, int Column)> _rootAttributes = [];
        private readonly List<Dictionary<SiblingName, int>> _siblings = [];
        private ActivityTree _tree = null!;

        /// <summary>The reader's line information, when it has any (asked once, not for every node).</summary>
        private readonly IXmlLineInfo? _lines = reader is IXmlLineInfo info && info.HasLineInfo() ? info : null;

        /// <summary>
        /// An element's name among its siblings, compared by reference: the reader's names are atomised in its name
        /// table, so the same name is the same string, and hashing its characters for every element is not needed
        /// (string hashing was 4.4% of the XSD pass's samples under perf on 100,000 activities, these lookups among its
        /// callers). A struct with its own equality, so that the dictionary calls it directly, not through a comparer.
        /// </summary>
        private readonly struct SiblingName(string localName, string ns) : IEquatable<SiblingName>
        {
            private readonly string _localName = localName;
            private readonly string _namespace = ns;

            public bool Equals(SiblingName other) => ReferenceEquals(_localName, other._localName) && ReferenceEquals(_namespace, other._namespace);

            public override bool Equals(object? obj) => obj is SiblingName other && Equals(other);

            public override int GetHashCode() =>
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_localName) ^ (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_namespace) * 31);
        }

        public SafeXml.TextBuffer Buffer { get; } = new();

        /// <summary>Reads the root's attributes (the reader stays on the root) and starts its schema check.</summary>
        public void StartRoot()
        {
            var budget = new SafeXml.Budget(limits);
            var line = Line();
            var column = Column();
            SafeXml.CheckAttributeCount(reader, limits);
            if (reader.MoveToFirstAttribute())
            {
                do
                {
                    if (!SafeXml.IsNamespaceDeclaration(reader))
                    {
                        var value = SafeXml.AttributeValue(reader, limits, ref budget);
                        _rootAttributes.Add((reader.LocalName, reader.NamespaceURI, reader.Prefix, value, Line(), Column()));
                    }
                }
                while (reader.MoveToNextAttribute());

                reader.MoveToElement();
            }

            schema?.StartElement(reader.LocalName, reader.NamespaceURI, 0, line, column, _rootAttributes);
        }

        /// <summary>
        /// Reads the child of the root the reader is on, with its subtree, into <paramref name="tree"/> under a copy of the
        /// root; leaves the reader on the node after its end.
        /// </summary>
        public ActivityTree ReadChild(int index, ActivityTree tree)
        {
            _tree = tree;
            tree.Clear();
            var root = tree.AddElement(0, "iati-activities", string.Empty, string.Empty, 0, 0, 0);
            foreach (var (localName, ns, prefix, value, _, _) in _rootAttributes)
            {
                tree.AddAttribute(root, localName, ns, prefix, value, 0, 0);
            }

            var budget = new SafeXml.Budget(limits);
            var top = Element(root, index, ref budget);
            tree.Top = top;
            var current = top;
            if (reader.IsEmptyElement)
            {
                End(current);
                reader.Read();
                return tree;
            }

            var depth = 1;
            Siblings(depth).Clear();
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (reader.Depth > limits.MaxDepth)
                        {
                            throw SafeXml.TooDeep(reader, limits.MaxDepth);
                        }

                        ref var position = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Siblings(depth), new SiblingName(reader.LocalName, reader.NamespaceURI), out _);
                        var child = Element(current, ++position, ref budget);
                        if (reader.IsEmptyElement)
                        {
                            End(child);
                        }
                        else
                        {
                            current = child;
                            depth++;
                            Siblings(depth).Clear();
                        }

                        break;
                    case XmlNodeType.EndElement:
                        End(current);
                        if (current == top)
                        {
                            reader.Read();
                            return tree;
                        }

                        current = tree[current].Parent;
                        depth--;
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.SignificantWhitespace:
                    case XmlNodeType.Whitespace:
                        var text = budget.Text(reader, Buffer);
                        tree.AddText(current, text);
                        schema?.Text(text);
                        break;
                }
            }

            throw new XmlException("The file ends inside an element.");
        }

        private Dictionary<SiblingName, int> Siblings(int depth)
        {
            while (_siblings.Count <= depth)
            {
                _siblings.Add([]);
            }

            return _siblings[depth];
        }

        private int Element(int parent, int index, ref SafeXml.Budget budget)
        {
            budget.Node(reader);
            var tree = _tree;
            var element = tree.AddElement(parent, reader.LocalName, reader.NamespaceURI, reader.Prefix, Line(), Column(), index);
            if (reader.HasAttributes)
            {
                SafeXml.CheckAttributeCount(reader, limits);
                if (reader.MoveToFirstAttribute())
                {
                    do
                    {
                        if (!SafeXml.IsNamespaceDeclaration(reader))
                        {
                            var value = SafeXml.AttributeValue(reader, limits, ref budget);
                            tree.AddAttribute(element, reader.LocalName, reader.NamespaceURI, reader.Prefix, value, Line(), Column());
                        }
                    }
                    while (reader.MoveToNextAttribute());

                    reader.MoveToElement();
                }
            }

            schema?.StartElement(tree, element);
            return element;
        }

        private void End(int element)
        {
            _tree.EndElement(element);
            schema?.EndElement();
        }

        private int Line() => _lines?.LineNumber ?? 0;

        private int Column() => _lines?.LinePosition ?? 0;
    }

    /// <summary>
    /// Checks against the official XSD each child of the root once it has been read (the root itself, its attributes and
    /// the texts between its children as they are read), so that each error names the element or attribute it is about,
    /// its path, line and column; the path is built only for an error, from the stack of open elements.
    /// </summary>
    /// <remarks>
    /// The calls for a child of the root are recorded while it is read and made when it is complete, at
    /// <see cref="Flush"/>: an <c>iati-activity</c> whose content the <see cref="SchemaAutomaton"/> proves valid is
    /// started in <see cref="XmlSchemaValidator"/> (its element and attributes) and then skipped
    /// (<see cref="XmlSchemaValidator.SkipToEndElement"/>); any other child, and an activity not proved valid, is given
    /// to <see cref="XmlSchemaValidator"/> call by call exactly as it was read (the exact path), so that every finding's
    /// message, path, line and column are those of the validator.
    /// </remarks>
    private sealed class SchemaCheck : IXmlLineInfo
    {
        private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
        private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

        /// <summary>A recorded call is kept this long after a larger child: a longer one is given back.</summary>
        private const int ShrinkAbove = 16_384;

        /// <summary>
        /// Calls recorded for one child at most (1 MiB): beyond, the child goes to the validator as it is read (the exact
        /// path), so that the calls of a huge activity (a parent of 100,000 related activities makes some 300,000) are
        /// not all held at once.
        /// </summary>
        private const int MaxRecorded = 65_536;

        /// <summary>The <see cref="Call.Element"/> of a recorded <see cref="EndElement"/>.</summary>
        private const int EndCall = -1;

        /// <summary>The <see cref="Call.Element"/> of a recorded <see cref="Text"/>.</summary>
        private const int TextCall = -2;

        private readonly XmlSchemaValidator _validator;
        private readonly XmlNameTable _names;
        private readonly SchemaAutomaton? _automaton;
        private readonly XmlSchemaInfo _info = new();
        private readonly List<(string Message, string Path, int? Line, int? Column)> _errors = [];
        private readonly List<(string LocalName, int Index, int Line, int Column)> _open = [];
        private readonly string _activity;
        private List<Call> _calls = [];
        private ActivityTree? _tree;
        private int _pending;
        private bool _direct;
        private (string LocalName, string Namespace, int Line, int Column)? _attribute;

        /// <summary>Creates the check of one file.</summary>
        /// <param name="schemas">The compiled schema set.</param>
        /// <param name="names">The name table of the trees checked (<see cref="ActivityHandover.NameTable"/>), which the validator shares.</param>
        /// <param name="automaton">Proves activities valid without the validator; null: every activity takes the exact path.</param>
        public SchemaCheck(XmlSchemaSet schemas, XmlNameTable names, SchemaAutomaton? automaton)
        {
            _names = names;
            _automaton = automaton;
            _activity = names.Add("iati-activity");
            _validator = new XmlSchemaValidator(names, schemas, new XmlNamespaceManager(names), XmlSchemaValidationFlags.None)
            {
                LineInfoProvider = this,
            };
            _validator.ValidationEventHandler += (_, e) =>
            {
                if (e.Severity == XmlSeverityType.Error && _open.Count > 0)
                {
                    _errors.Add((e.Message, Path(), LineNumber is > 0 and var line ? line : null, LineNumber > 0 ? LinePosition : null));
                }
            };
            _validator.Initialize();
        }

        public int LineNumber => _attribute is { } a ? a.Line : _open.Count == 0 ? 0 : _open[^1].Line;

        public int LinePosition => _attribute is { } a ? a.Column : _open.Count == 0 ? 0 : _open[^1].Column;

        public bool HasLineInfo() => LineNumber > 0;

        /// <summary>Checks the root's start with its attributes.</summary>
        public void StartElement(string localName, string ns, int index, int line, int column, List<(string LocalName, string Namespace, string Prefix, string Value, int Line, int Column)> attributes)
        {
            _open.Add((localName, index, line, column));
            string? type = null, nil = null, location = null, noNamespaceLocation = null;
            foreach (var attribute in attributes)
            {
                XsiAttribute(attribute.Namespace, attribute.LocalName, attribute.Value, ref type, ref nil, ref location, ref noNamespaceLocation);
            }

            // The root's names are the parser's; the validator's are those of its own table.
            _validator.ValidateElement(_names.Add(localName), _names.Add(ns), _info, type, nil, location, noNamespaceLocation);
            foreach (var attribute in attributes)
            {
                _attribute = (attribute.LocalName, attribute.Namespace, attribute.Line, attribute.Column);
                _validator.ValidateAttribute(_names.Add(attribute.LocalName), _names.Add(attribute.Namespace), attribute.Value, _info);
            }

            _attribute = null;
            _validator.ValidateEndOfAttributes(_info);
        }

        /// <summary>Records the start of an element of the tree, just read, with its attributes: checked at <see cref="Flush"/>.</summary>
        public void StartElement(ActivityTree tree, int element)
        {
            _tree = tree;
            _pending++;
            if (_direct)
            {
                Start(tree, element);
                return;
            }

            Record(new Call(element, null));
        }

        /// <summary>Checks a text between the root's children, or records one inside a child.</summary>
        public void Text(string text)
        {
            if (_pending > 0 && !_direct)
            {
                Record(new Call(TextCall, text));
                return;
            }

            Validate(text);
        }

        /// <summary>Checks the root's end, or records the end of an element inside a child.</summary>
        public void EndElement()
        {
            if (_pending > 0)
            {
                _pending--;
                if (_direct)
                {
                    End();
                    _direct = _pending > 0;
                    return;
                }

                Record(new Call(EndCall, null));
                return;
            }

            End();
        }

        /// <summary>Records a call inside a child; past <see cref="MaxRecorded"/>, replays them and checks the rest of the child as it is read.</summary>
        private void Record(Call call)
        {
            _calls.Add(call);
            if (_calls.Count >= MaxRecorded && _pending > 0)
            {
                Replay(_tree!, 0);
                _direct = true;
            }
        }

        /// <summary>Checks the child of the root just read, if any, and hands on the errors found since the last call.</summary>
        public void Flush(ImmutableArray<IatiFinding>.Builder findings, string? identifier)
        {
            if (_calls.Count > 0 && _pending == 0)
            {
                CheckChild(_tree!);
            }

            foreach (var (message, path, line, column) in _errors)
            {
                findings.Add(new IatiFinding(SchemaRuleId, IatiSeverity.Critical, IatiFindingSource.Schema, "xsd", message, null, identifier, path, line, column));
            }

            _errors.Clear();
        }

        /// <summary>
        /// Checks the recorded child: an activity's element and attributes by the validator, then its content by the
        /// automaton, replaying the rest of the calls to the validator unless the automaton proves it valid.
        /// </summary>
        private void CheckChild(ActivityTree tree)
        {
            var top = _calls[0].Element;
            var from = 0;
            ref readonly var node = ref tree[top];
            if (_automaton is not null && ReferenceEquals(node.LocalName, _activity) && node.NamespaceUri.Length == 0 && !HasXsiAttribute(tree, top))
            {
                var errors = _errors.Count;
                var type = Start(tree, top);
                from = 1;
                if (_errors.Count == errors && _automaton.ProvesContent(tree, top, type))
                {
                    _validator.SkipToEndElement(_info);
                    _open.RemoveAt(_open.Count - 1);
                    from = _calls.Count;
                }
            }

            Replay(tree, from);
        }

        /// <summary>Gives the recorded calls from <paramref name="from"/> on to the validator, in order, and forgets them all.</summary>
        private void Replay(ActivityTree tree, int from)
        {
            for (var i = from; i < _calls.Count; i++)
            {
                var call = _calls[i];
                switch (call.Element)
                {
                    case EndCall:
                        End();
                        break;
                    case TextCall:
                        Validate(call.Text!);
                        break;
                    default:
                        Start(tree, call.Element);
                        break;
                }
            }

            if (_calls.Capacity > ShrinkAbove && _calls.Count < _calls.Capacity / 8)
            {
                _calls = [];
            }
            else
            {
                _calls.Clear();
            }
        }

        private static bool HasXsiAttribute(ActivityTree tree, int element)
        {
            var end = element + 1 + tree[element].AttributeCount;
            for (var i = element + 1; i < end; i++)
            {
                if (tree[i].NamespaceUri == Xsi)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Checks the start of an element of the tree with its attributes; returns the type the validator gave it.</summary>
        private XmlSchemaType? Start(ActivityTree tree, int element)
        {
            ref readonly var node = ref tree[element];
            _open.Add((node.LocalName, node.Index, node.Line, node.Column));
            string? type = null, nil = null, location = null, noNamespaceLocation = null;
            var attributes = element + 1 + node.AttributeCount;
            for (var i = element + 1; i < attributes; i++)
            {
                ref readonly var attribute = ref tree[i];
                XsiAttribute(attribute.NamespaceUri, attribute.LocalName, attribute.Value!, ref type, ref nil, ref location, ref noNamespaceLocation);
            }

            _validator.ValidateElement(node.LocalName, node.NamespaceUri, _info, type, nil, location, noNamespaceLocation);
            var schemaType = _info.SchemaType;
            for (var i = element + 1; i < attributes; i++)
            {
                ref readonly var attribute = ref tree[i];
                _attribute = (attribute.LocalName, attribute.NamespaceUri, attribute.Line, attribute.Column);
                _validator.ValidateAttribute(attribute.LocalName, attribute.NamespaceUri, attribute.Value!, _info);
            }

            _attribute = null;
            _validator.ValidateEndOfAttributes(_info);
            return schemaType;
        }

        private void Validate(string text)
        {
            if (text.AsSpan().TrimStart(" \t\r\n").IsEmpty)
            {
                _validator.ValidateWhitespace(text);
            }
            else
            {
                _validator.ValidateText(text);
            }
        }

        private void End()
        {
            _validator.ValidateEndElement(_info);
            _open.RemoveAt(_open.Count - 1);
        }

        private static void XsiAttribute(string ns, string localName, string value, ref string? type, ref string? nil, ref string? location, ref string? noNamespaceLocation)
        {
            if (ns != Xsi)
            {
                return;
            }

            switch (localName)
            {
                case "type": type = value; break;
                case "nil": nil = value; break;
                case "schemaLocation": location = value; break;
                case "noNamespaceSchemaLocation": noNamespaceLocation = value; break;
            }
        }

        /// <summary>The path of the element or attribute being checked, as <see cref="ActivityTree.PathOf"/> writes it.</summary>
        private string Path()
        {
            var path = new StringBuilder();
            for (var i = 0; i < _open.Count; i++)
            {
                path.Append('/').Append(_open[i].LocalName);
                if (i > 0)
                {
                    path.Append('[').Append(_open[i].Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }

            if (_attribute is { } a)
            {
                path.Append("/@").Append(a.Namespace == XmlNamespace ? "xml:" : string.Empty).Append(a.LocalName);
            }

            return path.ToString();
        }

        /// <summary>A recorded call: the start of an element of the tree (its index), an end, or a text.</summary>
        private readonly record struct Call(int Element, string? Text);
    }

    /// <summary>
    /// The evaluation of the ruleset on each activity, wrapped in a document of its own as the IATI Validator does. One
    /// per <see cref="Validate(Stream, IProgress{int}, CancellationToken)"/> call: each case's XPaths are compiled once
    /// into a <see cref="CasePlan"/> (its strings looked up once, not in the case's dictionaries at every activity), and
    /// the plans, regexes and loop substitutions are shared by its activities (a call runs on one thread). Nodes are the
    /// tree's indexes; System.Xml.XPath, for an expression outside <see cref="ActivityXPath"/>'s subset, runs on an
    /// <see cref="ActivityNavigator"/> and gives back indexes too.
    /// </summary>
    private sealed class RulesetEvaluation
    {
        /// <summary>At most this many loop substitutions are kept: the values come from the file.</summary>
        private const int MaxSubstitutions = 4096;

        /// <summary>At most this many distinct expressions are shared (those of loop substitutions come from the file).</summary>
        private const int MaxExpressions = 16_384;

        /// <summary>Node lists longer than this are not remembered within an activity, so that memory stays bounded by the tree.</summary>
        private const int MaxRemembered = 64;

        private readonly ImmutableArray<IatiFinding>.Builder _findings;
        private readonly SortedSet<string> _notEvaluated;
        private readonly IatiValidatorOptions _options;
        private readonly Dictionary<string, Expr> _expressions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ContextPlan> _contexts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Regex> _regexes = new(StringComparer.Ordinal);

        /// <summary>The element names the contexts require, and for each the activity it was last looked up in and whether it was there.</summary>
        private readonly List<string> _requiredNames = [];
        private readonly List<int> _requiredChecked = [];
        private readonly List<bool> _requiredPresent = [];

        /// <summary>The location paths of the expressions, one object for each way of writing one (see <see cref="ActivityXPath.Compile"/>).</summary>
        private readonly Dictionary<string, ActivityXPath> _paths = new(StringComparer.Ordinal);
        private readonly CasePlan[] _cases;
        private readonly ActivityXPathScratch _scratch = new();
        private readonly List<int> _matches = [];
        private readonly List<string> _loopValues = [];
        private readonly HashSet<string> _distinct = new(StringComparer.Ordinal);
        private readonly Dictionary<(CasePlan Plan, string Value), CasePlan> _substituted = [];
        private readonly Dictionary<long, List<int>> _nodes = [];
        private readonly Stack<List<int>> _freeLists = new();
        private readonly Dictionary<long, bool> _truths = [];
        private readonly Expr _empty;
        private readonly Expr _descendantNarrative;
        private readonly Expr _lang;
        private readonly Expr _transaction;
        private readonly Expr _sector;
        private readonly Expr _recipient;
        private readonly Expr _descendantValue;
        private readonly Expr _currency;
        private readonly Expr _descendantForecast;
        private readonly Expr _descendantLoanStatus;
        private ActivityTree _tree = null!;
        private string? _identifier;
        private int _activity;
        private int _nextId;
        private LocalDate _today;
        private int _todayOf;

        public RulesetEvaluation(IatiValidator validator, ImmutableArray<IatiFinding>.Builder findings, SortedSet<string> notEvaluated)
        {
            _findings = findings;
            _notEvaluated = notEvaluated;
            _options = validator._options;
            _empty = Intern(string.Empty);
            _descendantNarrative = Intern("descendant::narrative");
            _lang = Intern("@xml:lang");
            _transaction = Intern("transaction");
            _sector = Intern("sector");
            _recipient = Intern("recipient-country|recipient-region");
            _descendantValue = Intern("descendant::value");
            _currency = Intern("@currency");
            _descendantForecast = Intern("descendant::forecast");
            _descendantLoanStatus = Intern("descendant::loan-status");
            var cases = _options.Ruleset.Cases;
            _cases = new CasePlan[cases.Length];
            for (var i = 0; i < cases.Length; i++)
            {
                _cases[i] = Plan(cases[i]);
            }
        }

        /// <summary>The prefixes the rules use: only <c>xml</c>, which every namespace manager knows.</summary>
        private static XmlNamespaceManager Namespaces => new(new NameTable());

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Run(ActivityTree tree, string? identifier)
        {
            _tree = tree;
            _scratch.Tree = tree;
            _identifier = identifier;
            _activity++;
            // The lists of the last activity are used again: no outcome or finding keeps one.
            foreach (var list in _nodes.Values)
            {
                list.Clear();
                _freeLists.Push(list);
            }

            _nodes.Clear();
            _truths.Clear();
            foreach (var plan in _cases)
            {
                var context = plan.Context;
                if (!context.Compiles)
                {
                    _notEvaluated.Add($"{plan.Rule.Id} (its context XPath cannot be compiled)");
                    continue;
                }

                if (!MayMatch(context))
                {
                    continue;
                }

                foreach (var at in Nodes(0, context.Expression))
                {
                    if (plan.Loop is { } loop)
                    {
                        // The loop's values, distinct, in document order (the checks below never run a loop themselves).
                        _loopValues.Clear();
                        _distinct.Clear();
                        foreach (var node in Nodes(at, loop))
                        {
                            var value = _tree.StringValue(node);
                            if (_distinct.Add(value))
                            {
                                _loopValues.Add(value);
                            }
                        }

                        foreach (var value in _loopValues)
                        {
                            if (value.Contains('\'', StringComparison.Ordinal))
                            {
                                continue;
                            }

                            Check(Substitute(plan, value), at);
                        }
                    }
                    else
                    {
                        Check(plan, at);
                    }
                }
            }
        }

        /// <summary>The expression of that text, one object for each text (up to <see cref="MaxExpressions"/>), compiled to the subset once.</summary>
        private Expr Intern(string text)
        {
            if (_expressions.TryGetValue(text, out var expression))
            {
                return expression;
            }

            expression = new Expr(text, _nextId++, _options.FrameworkXPathOnly || text.Length == 0 ? null : ActivityXPath.Compile(text, _paths));
            if (_expressions.Count < MaxExpressions)
            {
                _expressions[text] = expression;
            }

            return expression;
        }

        private Expr? InternOrNull(string? text) => text is null ? null : Intern(text);

        private Expr[] InternAll(ImmutableDictionary<string, ImmutableArray<string>> lists, string key)
        {
            if (!lists.TryGetValue(key, out var texts))
            {
                return [];
            }

            var expressions = new Expr[texts.Length];
            for (var i = 0; i < texts.Length; i++)
            {
                expressions[i] = Intern(texts[i]);
            }

            return expressions;
        }

        /// <summary>The case's strings looked up and its XPaths compiled, once.</summary>
        private CasePlan Plan(RuleCase rule)
        {
            if (!_contexts.TryGetValue(rule.Context, out var context))
            {
                bool compiles;
                try
                {
                    _ = XPathExpression.Compile(rule.Context, Namespaces);
                    compiles = true;
                }
                catch (XPathException)
                {
                    compiles = false;
                }

                context = new ContextPlan(Intern(rule.Context), compiles, NumberedNames(rule.Context));
                _contexts[rule.Context] = context;
            }

            var strings = rule.Strings;
            var more = strings.GetValueOrDefault("more");
            return new CasePlan
            {
                Rule = rule,
                Type = TypeOf(rule.RuleName),
                Context = context,
                Loop = rule.Loop is { } loop ? Intern(loop.ForEach) : null,
                Condition = InternOrNull(strings.GetValueOrDefault("condition")),
                Paths = InternAll(rule.Lists, "paths"),
                IdCondition = strings.GetValueOrDefault("idCondition"),
                Excluded = InternAll(rule.Lists, "excluded"),
                One = Intern(strings.GetValueOrDefault("one") ?? string.Empty),
                All = strings.GetValueOrDefault("all"),
                LessText = strings.GetValueOrDefault("less"),
                MoreText = more,
                Less = InternOrNull(strings.GetValueOrDefault("less")),
                More = more == "NOW" ? null : InternOrNull(more),
                Date = InternOrNull(strings.GetValueOrDefault("date")),
                Start = InternOrNull(strings.GetValueOrDefault("start")),
                End = InternOrNull(strings.GetValueOrDefault("end")),
                Pattern = strings.GetValueOrDefault("regex") ?? string.Empty,
                IfText = strings.GetValueOrDefault("if"),
                ThenText = strings.GetValueOrDefault("then"),
                If = InternOrNull(strings.GetValueOrDefault("if")),
                Then = InternOrNull(strings.GetValueOrDefault("then")),
                PrefixTexts = rule.Lists.TryGetValue("prefix", out var prefixes) ? prefixes : [],
                Prefixes = InternAll(rule.Lists, "prefix"),
                Separator = strings.GetValueOrDefault("separator") ?? string.Empty,
            };
        }

        /// <summary>
        /// Whether the context can select anything in this activity: an absolute path whose steps name elements selects
        /// nothing when one of those names is absent (the organisation rules, results, transactions of an activity
        /// without them), so its XPath is not run at all. Paths of any other form are always run. Worked out once per
        /// context and activity.
        /// </summary>
        private bool MayMatch(ContextPlan context)
        {
            if (context.Required is not { } branches)
            {
                return true;
            }

            if (context.Activity == _activity)
            {
                return context.May;
            }

            var may = false;
            foreach (var names in branches)
            {
                var all = true;
                foreach (var name in names)
                {
                    all &= HasElementNamed(name);
                }

                if (all)
                {
                    may = true;
                    break;
                }
            }

            context.Activity = _activity;
            context.May = may;
            return may;
        }

        /// <summary>
        /// Whether the activity has an element of the name numbered <paramref name="name"/> in <see cref="_requiredNames"/>,
        /// looked up in the tree once per activity (the contexts share most of their names).
        /// </summary>
        private bool HasElementNamed(int name)
        {
            if (_requiredChecked[name] != _activity)
            {
                _requiredPresent[name] = _tree.HasElementNamed(_requiredNames[name]);
                _requiredChecked[name] = _activity;
            }

            return _requiredPresent[name];
        }

        /// <summary>The names a context requires (<see cref="RequiredNames"/>), numbered in <see cref="_requiredNames"/>.</summary>
        private int[][]? NumberedNames(string context)
        {
            if (RequiredNames(context) is not { } branches)
            {
                return null;
            }

            var numbered = new int[branches.Length][];
            for (var b = 0; b < branches.Length; b++)
            {
                numbered[b] = new int[branches[b].Length];
                for (var n = 0; n < branches[b].Length; n++)
                {
                    var name = branches[b][n];
                    var number = _requiredNames.IndexOf(name);
                    if (number < 0)
                    {
                        number = _requiredNames.Count;
                        _requiredNames.Add(name);
                        _requiredChecked.Add(0);
                        _requiredPresent.Add(false);
                    }

                    numbered[b][n] = number;
                }
            }

            return numbered;
        }

        /// <summary>For each branch of a union of absolute paths, the element names its child steps require; null when a branch is of another form.</summary>
        private static string[][]? RequiredNames(string context)
        {
            var branches = new List<string[]>();
            foreach (var branch in TopLevelSplit(context, '|'))
            {
                var path = branch.Trim();
                if (!path.StartsWith('/'))
                {
                    return null;
                }

                var names = new List<string>();
                foreach (var step in TopLevelSplit(path[1..], '/'))
                {
                    var bracket = step.IndexOf('[', StringComparison.Ordinal);
                    var name = (bracket < 0 ? step : step[..bracket]).Trim();
                    if (name.Length > 0 && IsPlainName(name))
                    {
                        names.Add(name);
                    }
                    else if (name.Length > 0 && name is not ("*" or ".." or "." or "node()") && !name.StartsWith('@') && !name.Contains("::", StringComparison.Ordinal) && !name.EndsWith("()", StringComparison.Ordinal))
                    {
                        return null;
                    }
                }

                branches.Add([.. names]);
            }

            return [.. branches];
        }

        private static bool IsPlainName(string name) =>
            (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

        /// <summary>Splits at a separator outside brackets, parentheses and quotes.</summary>
        private static List<string> TopLevelSplit(string text, char separator)
        {
            var parts = new List<string>();
            var depth = 0;
            char? quote = null;
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quote is { } q)
                {
                    if (c == q)
                    {
                        quote = null;
                    }
                }
                else if (c is '\'' or '"')
                {
                    quote = c;
                }
                else if (c is '[' or '(')
                {
                    depth++;
                }
                else if (c is ']' or ')')
                {
                    depth--;
                }
                else if (c == separator && depth == 0)
                {
                    parts.Add(text[start..i]);
                    start = i + 1;
                }
            }

            parts.Add(text[start..]);
            return parts;
        }

        private CasePlan Substitute(CasePlan plan, string value)
        {
            if (_substituted.TryGetValue((plan, value), out var substituted))
            {
                return substituted;
            }

            substituted = plan.Rule.Loop is null ? plan : Plan(plan.Rule.Substitute(value)) with { Loop = null };
            if (_substituted.Count < MaxSubstitutions)
            {
                _substituted[(plan, value)] = substituted;
            }

            return substituted;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Check(CasePlan plan, int context)
        {
            try
            {
                if (plan.Condition is { } condition && !Bool(context, condition))
                {
                    return;
                }

                // One list for every check: a check does not start another, and no outcome keeps the list.
                var matches = _matches;
                matches.Clear();
                foreach (var path in plan.Paths)
                {
                    matches.AddRange(CollectionsMarshal.AsSpan(Nodes(context, path)));
                }

                if (plan.IdCondition is { } idCondition && !IdConditionHolds(idCondition, matches))
                {
                    return;
                }

                var outcome = Evaluate(plan, context, matches);
                if (outcome.NotEvaluated is { } reason)
                {
                    _notEvaluated.Add($"{plan.Rule.Id} ({reason})");
                }
                else if (!outcome.Passed)
                {
                    var rule = plan.Rule;
                    var at = outcome.At >= 0 ? outcome.At : context;
                    _findings.Add(new IatiFinding(rule.Id, rule.Severity, IatiFindingSource.Ruleset, rule.RuleName, rule.Message, outcome.Detail, _identifier, _tree.PathOf(at), _tree.LineOf(at), _tree.ColumnOf(at)));
                }
            }
            catch (XPathException ex)
            {
                _notEvaluated.Add($"{plan.Rule.Id} (an XPath of the rule cannot be evaluated: {ex.Message})");
            }
        }

        private bool IdConditionHolds(string idCondition, List<int> matches)
        {
            var known = _options.PublisherIdentifiers;
            switch (idCondition)
            {
                case "NOT_EXISTING_ORG_ID":
                    foreach (var m in matches)
                    {
                        if (known.Contains(Value(m)))
                        {
                            return false;
                        }
                    }

                    return true;
                case "NOT_EXISTING_ORG_ID_PREFIX":
                    foreach (var m in matches)
                    {
                        var value = Value(m);
                        foreach (var id in known)
                        {
                            // value.StartsWith(id + "-") without the concatenation.
                            if (value.Length > id.Length && value[id.Length] == '-' && value.StartsWith(id, StringComparison.Ordinal))
                            {
                                return false;
                            }
                        }
                    }

                    return true;
                default:
                    return true;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private Outcome Evaluate(CasePlan plan, int context, List<int> matches)
        {
            var rule = plan.Rule;
            switch (plan.Type)
            {
                case RuleType.AtleastOne:
                    return matches.Count >= 1 ? Outcome.Pass : Outcome.Fail("None of the paths is present.");
                case RuleType.NoMoreThanOne:
                    return matches.Count <= 1 ? Outcome.Pass : Outcome.Fail(string.Create(CultureInfo.InvariantCulture, $"{matches.Count} are present."), matches[1]);
                case RuleType.OnlyOneOf:
                    foreach (var x in plan.Excluded)
                    {
                        if (Nodes(context, x).Count != 0 ? matches.Count != 0 : matches.Count != 1)
                        {
                            return Outcome.Fail(null);
                        }
                    }

                    return Outcome.Pass;
                case RuleType.OneOrAll:
                    return OneOrAll(plan, context);
                case RuleType.Dependent:
                    int present = 0, absent = 0;
                    foreach (var x in plan.Paths)
                    {
                        _ = Nodes(context, x).Count > 0 ? present++ : absent++;
                    }

                    return present == 0 || absent == 0 ? Outcome.Pass : Outcome.Fail("Some of the paths that depend on each other are missing.");
                case RuleType.Unique:
                    _distinct.Clear();
                    var unique = true;
                    foreach (var m in matches)
                    {
                        unique &= _distinct.Add(Value(m));
                    }

                    return unique ? Outcome.Pass : Outcome.Fail("Two of the values are the same.", matches[^1]);
                case RuleType.Sum:
                    return matches.Count == 0 ? Outcome.Pass : StrictSum(rule, matches);
                case RuleType.StrictSum:
                    return StrictSum(rule, matches);
                case RuleType.DateOrder:
                    return DateOrder(plan, context);
                case RuleType.DateNow:
                    return Date(context, plan.Date) is not { } date ? Outcome.Pass : NotADate(date) ?? (date.Date <= Now ? Outcome.Pass : Outcome.Fail($"{date.Text} is in the future.", date.Node));
                case RuleType.BetweenDates:
                    var dateAt = Date(context, plan.Date);
                    var startAt = Date(context, plan.Start);
                    var endAt = Date(context, plan.End);
                    return dateAt is not { } when || startAt is not { } from || endAt is not { } to ? Outcome.Pass
                        : NotADate(when) ?? NotADate(from) ?? NotADate(to) ?? (from.Date <= when.Date && when.Date <= to.Date ? Outcome.Pass : Outcome.Fail($"{when.Text} lies outside {from.Text} to {to.Text}.", when.Node));
                case RuleType.TimeLimit:
                    var periodStart = Date(context, plan.Start);
                    var periodEnd = Date(context, plan.End);
                    return periodStart is not { } start || periodEnd is not { } end ? Outcome.Pass
                        : NotADate(start) ?? NotADate(end) ?? (Period.Between(start.Date!.Value, end.Date!.Value, PeriodUnits.Days).Days <= 365 ? Outcome.Pass : Outcome.Fail($"{start.Text} to {end.Text} is longer than a year.", end.Node));
                case RuleType.RegexMatches:
                case RuleType.RegexNoMatches:
                    var regex = Regex(plan.Pattern);
                    var wanted = plan.Type == RuleType.RegexMatches;
                    foreach (var m in matches)
                    {
                        var text = Value(m);
                        if (text.Length != 0 && regex.IsMatch(text) != wanted)
                        {
                            return Outcome.Fail($"{Quote.Of(text)} {(wanted ? "does not match" : "matches")} {regex}.", m);
                        }
                    }

                    return Outcome.Pass;
                case RuleType.Startswith:
                    return StartsWith(plan, context, matches);
                case RuleType.IfThen:
                    return plan.If is null || plan.Then is null || !Bool(context, plan.If) ? Outcome.Pass
                        : Bool(context, plan.Then) ? Outcome.Pass : Outcome.Fail($"'{plan.IfText}' holds but '{plan.ThenText}' does not.", matches.Count > 0 ? matches[0] : -1);
                case RuleType.Range:
                    foreach (var m in matches)
                    {
                        var text = Value(m);
                        var value = Number(text);
                        if (value is null || value < (rule.Min ?? value) || value > (rule.Max ?? value))
                        {
                            return Outcome.Fail($"{Quote.Of(text)} is not a number from {rule.Min} to {rule.Max}.", m);
                        }
                    }

                    return Outcome.Pass;
                case RuleType.NoSpaces:
                    foreach (var m in matches)
                    {
                        var text = Value(m);
                        if (text.Length != text.AsSpan().Trim().Length)
                        {
                            return Outcome.Fail($"{Quote.Of(text)} starts or ends with white space.", m);
                        }
                    }

                    return Outcome.Pass;
                default:
                    return Outcome.Skip($"the rule type '{rule.RuleName}' is not known");
            }
        }

        private Outcome OneOrAll(CasePlan plan, int context)
        {
            if (Nodes(context, plan.One).Count > 0)
            {
                return Outcome.Pass;
            }

            int Missing(Expr all, Expr has)
            {
                foreach (var n in Nodes(context, all))
                {
                    if (Nodes(n, has).Count == 0)
                    {
                        return n;
                    }
                }

                return -1;
            }

            var first = plan.All switch
            {
                "lang" => Missing(_descendantNarrative, _lang),
                "sector" => Missing(_transaction, _sector),
                "recipient-country|recipient-region" => Missing(_transaction, _recipient),
                "currency" => Missing(_descendantValue, _currency) is >= 0 and var v ? v
                    : Missing(_descendantForecast, _currency) is >= 0 and var f ? f
                    : Missing(_descendantLoanStatus, _currency),
                _ => -1,
            };
            return first < 0 ? Outcome.Pass : Outcome.Fail($"<{_tree[first].LocalName}> lacks it.", first);
        }

        private Outcome StrictSum(RuleCase rule, List<int> matches)
        {
            // Each percentage is a decimal; their sum may not be one (two near decimal.MaxValue), so it is added
            // in checked steps and a sum beyond decimal's range is a finding, not an exception.
            var total = 0m;
            foreach (var match in matches)
            {
                var text = Value(match);
                if (Number(text) is not { } value)
                {
                    return Outcome.Fail($"{Quote.Of(text)} is not a number.", match);
                }

                if ((value > 0m && total > decimal.MaxValue - value) || (value < 0m && total < decimal.MinValue - value))
                {
                    return Outcome.Fail("The sum is beyond the range of numbers that can be added (about 7.9E+28).", match);
                }

                total += value;
            }

            var expected = rule.Sum ?? 100m;
            return IatiValidator.SumsTo(total, expected)
                ? Outcome.Pass
                : Outcome.Fail(string.Create(CultureInfo.InvariantCulture, $"The sum is {total}, not {expected} (within {GeographicScope.ShareSumTolerance})."), matches.Count > 0 ? matches[0] : -1);
        }

        private Outcome DateOrder(CasePlan plan, int context)
        {
            // Both are read before either is looked at: a path System.Xml.XPath cannot evaluate makes the rule not evaluated.
            var lessAt = Date(context, plan.Less);
            var moreAt = plan.MoreText == "NOW" ? new DateAt(-1, Now, "now") : Date(context, plan.More);
            if (lessAt is not { } less || moreAt is not { } more)
            {
                return Outcome.Pass;
            }

            return NotADate(less) ?? NotADate(more) ?? (less.Date <= more.Date ? Outcome.Pass : Outcome.Fail($"{plan.LessText} = {less.Text} is later than {plan.MoreText} = {more.Text}.", less.Node));
        }

        private Outcome StartsWith(CasePlan plan, int context, List<int> matches)
        {
            if (plan.PrefixTexts is ["ORG-ID-PREFIX"])
            {
                var known = _options.OrganisationIdentifierPrefixes;
                if (known.Count == 0)
                {
                    return Outcome.Skip("the list of organisation-identifier prefixes it needs was set empty");
                }

                foreach (var m in matches)
                {
                    var value = Value(m);
                    if (!known.Contains(AgencyPrefix(value)))
                    {
                        return Outcome.Fail($"{Quote.Of(value)} does not start with a known registration-agency prefix.", m);
                    }
                }

                return Outcome.Pass;
            }

            var separator = plan.Separator;
            foreach (var m in matches)
            {
                var text = Value(m);
                var starts = false;
                foreach (var prefix in plan.Prefixes)
                {
                    foreach (var node in Nodes(context, prefix))
                    {
                        var start = Value(node);
                        starts |= text.StartsWith(start, StringComparison.Ordinal) && text.AsSpan(start.Length).StartsWith(separator, StringComparison.Ordinal);
                    }
                }

                if (!starts)
                {
                    var expected = plan.Prefixes.SelectMany(x => Nodes(context, x)).Select(n => Quote.Of(Value(n) + separator));
                    return Outcome.Fail($"{Quote.Of(text)} does not start with {string.Join(" or ", expected)}.", m);
                }
            }

            return Outcome.Pass;
        }

        /// <summary>Today, read from the clock once per activity.</summary>
        private LocalDate Now
        {
            get
            {
                if (_todayOf != _activity)
                {
                    _today = _options.Clock.GetCurrentInstant().InUtc().Date;
                    _todayOf = _activity;
                }

                return _today;
            }
        }

        /// <summary>
        /// The date at the path: none when the path finds nothing or an empty value (the rule does not apply), else
        /// the date read by <see cref="IatiDate"/>, the importer's reading, or a text that is not a date.
        /// </summary>
        private DateAt? Date(int context, Expr? path)
        {
            if (path is null)
            {
                return null;
            }

            var nodes = Nodes(context, path);
            if (nodes.Count == 0)
            {
                return null;
            }

            var node = nodes[0];
            var value = Value(node);
            if (value.Length == 0)
            {
                return null;
            }

            var text = value.Trim();
            return new DateAt(node, IatiDate.TryParse(text, out var date) ? date : null, text);
        }

        /// <summary>The failure of a date rule whose date is not a date; <see langword="null"/> when it is one.</summary>
        private static Outcome? NotADate(DateAt date) =>
            date.Date is null
                ? Outcome.Fail($"{Quote.Of(date.Text)} is not a date (yyyy-mm-dd, years 0001 to 9999, optionally with a time or a zone).", date.Node)
                : null;

        /// <summary>
        /// The registration agency's prefix of an organisation identifier: its first two parts split at '-' (the part
        /// before the first '-' when there is none), as <c>string.Split('-')</c> reads it.
        /// </summary>
        private static string AgencyPrefix(string identifier)
        {
            var first = identifier.IndexOf('-', StringComparison.Ordinal);
            if (first < 0)
            {
                return identifier;
            }

            var second = identifier.IndexOf('-', first + 1);
            return second < 0 ? identifier : identifier[..second];
        }

        /// <summary>A number as JavaScript's Number() reads the ruleset's values: blank is 0, anything else must parse.</summary>
        private static decimal? Number(string text)
        {
            var trimmed = text.AsSpan().Trim();
            if (trimmed.Length == 0)
            {
                return 0m;
            }

            return decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
        }

        /// <summary>XPath's string value of a node.</summary>
        private string Value(int node) => _tree.StringValue(node);

        private static long Key(int node, Expr expression) => ((long)node << 32) | (uint)expression.Id;

        /// <summary>
        /// The nodes a path selects from a context, in document order; the same list for the same context and path
        /// within an activity (the rules ask for many paths several times), which callers do not change.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private List<int> Nodes(int context, Expr path)
        {
            // Most paths are asked of one context in an activity (the activity): the first is kept in the expression.
            if (path.NodesActivity == _activity)
            {
                if (path.NodesOf == context)
                {
                    return path.Nodes!;
                }
            }
            else if (path.Nodes is { } own)
            {
                own.Clear();
                Select(context, path, own);
                if (own.Count <= MaxRemembered)
                {
                    path.NodesActivity = _activity;
                    path.NodesOf = context;
                    return own;
                }

                // Too long to keep: handed out as the other lists are, and the expression starts a new one.
                path.Nodes = null;
                return own;
            }
            else
            {
                var list = _freeLists.Count > 0 ? _freeLists.Pop() : [];
                Select(context, path, list);
                if (list.Count <= MaxRemembered)
                {
                    path.Nodes = list;
                    path.NodesActivity = _activity;
                    path.NodesOf = context;
                }

                return list;
            }

            var key = Key(context, path);
            if (_nodes.TryGetValue(key, out var known))
            {
                return known;
            }

            var result = _freeLists.Count > 0 ? _freeLists.Pop() : [];
            Select(context, path, result);
            if (result.Count <= MaxRemembered)
            {
                _nodes[key] = result;
            }

            return result;
        }

        /// <summary>Adds the nodes the path selects from the context to <paramref name="result"/>, empty on entry.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Select(int context, Expr path, List<int> result)
        {
            if (path.Text.Length == 0)
            {
                return;
            }

            if (path.Own is { } own)
            {
                if (own.Kind == ActivityXPath.ResultKind.NodeSet)
                {
                    own.Select(_scratch, context, result);
                }

                return;
            }

            var expression = path.Compiled();
            if (expression.ReturnType != XPathResultType.NodeSet)
            {
                return;
            }

            // Not foreach: the iterator's enumerator clones the whole query twice more. Every node it gives is a
            // clone of an ActivityNavigator (it has no namespace nodes), so only its index is kept.
            var nodes = Navigator(context).Select(expression);
            while (nodes.MoveNext())
            {
                result.Add(((ActivityNavigator)nodes.Current!).Node);
            }
        }

        /// <summary>
        /// A navigator on a node of the tree, for System.Xml.XPath, the same one every time for the same index of the same
        /// tree (a tree is reused from one activity to the next, and nothing moves a navigator handed out:
        /// System.Xml.XPath clones the ones it is given); the navigators are kept by the tree they are on, since the
        /// activities come in several trees in turn (see <see cref="ActivityHandover"/>).
        /// </summary>
        private ActivityNavigator Navigator(int node) => _tree.Navigator(node);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool Bool(int context, Expr expression)
        {
            // As for Nodes: the first context of the activity is kept in the expression, the others in the dictionary.
            if (expression.TruthActivity == _activity && expression.TruthOf == context)
            {
                return expression.Truth;
            }

            var key = Key(context, expression);
            if (expression.TruthActivity == _activity && _truths.TryGetValue(key, out var holds))
            {
                return holds;
            }

            holds = expression.Own is { } own
                ? own.Boolean(_scratch, context)
                : (bool)Navigator(context).Evaluate(expression.CompiledBoolean());
            if (expression.TruthActivity != _activity)
            {
                expression.TruthActivity = _activity;
                expression.TruthOf = context;
                expression.Truth = holds;
            }
            else
            {
                _truths[key] = holds;
            }

            return holds;
        }

        private Regex Regex(string pattern)
        {
            if (!_regexes.TryGetValue(pattern, out var regex))
            {
                regex = new Regex(pattern, RegexOptions.CultureInvariant, RegexTimeout);
                _regexes[pattern] = regex;
            }

            return regex;
        }

        /// <summary>
        /// An XPath of the ruleset: its text, a number for the caches, and its compiled forms (<see cref="ActivityXPath"/>'s,
        /// or System.Xml.XPath's, compiled when first needed and then kept; a text that does not compile throws
        /// <see cref="XPathException"/> at each use, as the rule's evaluation expects).
        /// </summary>
        private sealed class Expr(string text, int id, ActivityXPath? own)
        {
            private XPathExpression? _compiled;
            private XPathExpression? _boolean;

            public string Text => text;

            public int Id => id;

            /// <summary>The expression in <see cref="ActivityXPath"/>'s subset, or null: System.Xml.XPath evaluates it.</summary>
            public ActivityXPath? Own => own;

            public XPathExpression Compiled() => _compiled ??= XPathExpression.Compile(text, Namespaces);

            public XPathExpression CompiledBoolean() => _boolean ??= XPathExpression.Compile("boolean(" + text + ")", Namespaces);

            /// <summary>The nodes the expression selected from <see cref="NodesOf"/> in activity <see cref="NodesActivity"/>; a list of its own, used again in the next activity.</summary>
            public List<int>? Nodes { get; set; }

            public int NodesOf { get; set; } = -1;

            public int NodesActivity { get; set; }

            /// <summary>The expression's boolean() at <see cref="TruthOf"/> in activity <see cref="TruthActivity"/>.</summary>
            public bool Truth { get; set; }

            public int TruthOf { get; set; } = -1;

            public int TruthActivity { get; set; }
        }

        /// <summary>A context of the ruleset: its expression, whether System.Xml.XPath compiles it, and the names it requires (<see cref="MayMatch"/>).</summary>
        private sealed class ContextPlan(Expr expression, bool compiles, int[][]? required)
        {
            public Expr Expression => expression;

            public bool Compiles => compiles;

            /// <summary>For each branch of the context, the numbers of the element names it requires (in <see cref="_requiredNames"/>).</summary>
            public int[][]? Required => required;

            /// <summary>The activity <see cref="May"/> was worked out for.</summary>
            public int Activity { get; set; }

            public bool May { get; set; }
        }

        /// <summary>The rule types of the IATI-Rulesets format, told apart once per case rather than by name at every activity.</summary>
        private enum RuleType
        {
            Unknown,
            AtleastOne,
            NoMoreThanOne,
            OnlyOneOf,
            OneOrAll,
            Dependent,
            Unique,
            Sum,
            StrictSum,
            DateOrder,
            DateNow,
            BetweenDates,
            TimeLimit,
            RegexMatches,
            RegexNoMatches,
            Startswith,
            IfThen,
            Range,
            NoSpaces,
        }

        private static RuleType TypeOf(string ruleName) => ruleName switch
        {
            "atleast_one" => RuleType.AtleastOne,
            "no_more_than_one" => RuleType.NoMoreThanOne,
            "only_one_of" => RuleType.OnlyOneOf,
            "one_or_all" => RuleType.OneOrAll,
            "dependent" => RuleType.Dependent,
            "unique" => RuleType.Unique,
            "sum" => RuleType.Sum,
            "strict_sum" => RuleType.StrictSum,
            "date_order" => RuleType.DateOrder,
            "date_now" => RuleType.DateNow,
            "between_dates" => RuleType.BetweenDates,
            "time_limit" => RuleType.TimeLimit,
            "regex_matches" => RuleType.RegexMatches,
            "regex_no_matches" => RuleType.RegexNoMatches,
            "startswith" => RuleType.Startswith,
            "if_then" => RuleType.IfThen,
            "range" => RuleType.Range,
            "no_spaces" => RuleType.NoSpaces,
            _ => RuleType.Unknown,
        };

        /// <summary>A case of the ruleset with the strings and XPaths its rule type reads, looked up and compiled once.</summary>
        private sealed record CasePlan
        {
            public required RuleCase Rule { get; init; }

            public required RuleType Type { get; init; }

            public required ContextPlan Context { get; init; }

            /// <summary>The loop's <c>foreach</c>; null for a case without a loop or one substituted already.</summary>
            public Expr? Loop { get; init; }

            public Expr? Condition { get; init; }

            public required Expr[] Paths { get; init; }

            public string? IdCondition { get; init; }

            public required Expr[] Excluded { get; init; }

            public required Expr One { get; init; }

            public string? All { get; init; }

            public string? LessText { get; init; }

            public string? MoreText { get; init; }

            public Expr? Less { get; init; }

            public Expr? More { get; init; }

            public Expr? Date { get; init; }

            public Expr? Start { get; init; }

            public Expr? End { get; init; }

            public required string Pattern { get; init; }

            public string? IfText { get; init; }

            public string? ThenText { get; init; }

            public Expr? If { get; init; }

            public Expr? Then { get; init; }

            public required ImmutableArray<string> PrefixTexts { get; init; }

            public required Expr[] Prefixes { get; init; }

            public required string Separator { get; init; }
        }
    }

    /// <summary>
    /// Whether percentages sum to the expected total, here and in <see cref="Import.IatiImport"/>: within
    /// <see cref="GeographicScope.ShareSumTolerance"/> (0.01 percentage points), the domain's one tolerance for shares.
    /// </summary>
    internal static bool SumsTo(decimal total, decimal expected) =>
        total >= expected - GeographicScope.ShareSumTolerance && total <= expected + GeographicScope.ShareSumTolerance;

    private readonly record struct DateAt(int Node, LocalDate? Date, string Text);

    private readonly record struct Outcome(bool Passed, string? Detail, int At, string? NotEvaluated)
    {
        public static Outcome Pass => new(true, null, -1, null);

        public static Outcome Fail(string? detail, int at = -1) => new(false, detail, at, null);

        public static Outcome Skip(string reason) => new(true, null, -1, reason);
    }
}
