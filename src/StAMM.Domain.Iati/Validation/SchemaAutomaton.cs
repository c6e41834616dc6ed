using System.Xml;
using System.Xml.Schema;
using System.Xml.XPath;

namespace StAMM.Domain.Iati.Validation;

/// <summary>
/// A fast, conservative check of an activity against the compiled XSD: each complex type's content model compiled once
/// into a deterministic position (Glushkov) automaton over child element names, with its attribute uses, attribute
/// wildcard, text rule and simple-value check. It answers only "proved valid" or "not proved": it never reports an
/// error, so an activity it does not prove valid goes to <see cref="XmlSchemaValidator"/>, whose findings are the
/// check's. It is sound by construction: every construct it does not compile (numeric occurrences, <c>xs:all</c>,
/// substitution groups, abstract or defaulted elements, fixed values, identity types, QNames, <c>xsi:</c> attributes,
/// strict wildcards, a lax wildcard over a name the schema declares) makes it answer "not proved".
/// </summary>
/// <remarks>
/// XSD's Unique Particle Attribution makes the position automaton deterministic: a state is the last position matched,
/// and at most one position that may follow it matches a given name (where two do, the state answers "not proved").
/// Immutable once built, shared by every check; the names of a tree are matched through a symbol cached on each
/// <see cref="ActivityTree.NodeName"/>, so a node costs no string hashing.
/// </remarks>
internal sealed class SchemaAutomaton
{
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>A symbol of <see cref="ActivityTree.NodeName.SchemaSymbol"/>: the name is none the schema knows.</summary>
    private const int Unknown = -1;

    /// <summary>The ur-type, whose content is processed laxly: never proved here.</summary>
    private static readonly XmlQualifiedName AnyTypeName = new("anyType", "http://www.w3.org/2001/XMLSchema");

    private readonly Dictionary<(string LocalName, string Namespace), int> _symbols = [];
    private readonly List<bool> _globalElement = [];
    private readonly List<bool> _globalAttribute = [];
    private readonly Dictionary<XmlSchemaType, Model> _models = new(ReferenceEqualityComparer.Instance);
    private readonly XmlSchemaDatatype _string = XmlSchemaType.GetBuiltInSimpleType(XmlTypeCode.String)!.Datatype!;
    private readonly bool _undecidable;

    private SchemaAutomaton(XmlSchemaSet schemas)
    {
        foreach (XmlSchemaElement element in schemas.GlobalElements.Values)
        {
            _globalElement[Symbol(element.QualifiedName)] = true;
            _undecidable |= !element.SubstitutionGroup.IsEmpty;
        }

        foreach (XmlSchemaAttribute attribute in schemas.GlobalAttributes.Values)
        {
            _globalAttribute[Symbol(attribute.QualifiedName)] = true;
        }

        foreach (XmlSchemaElement element in schemas.GlobalElements.Values)
        {
            ModelOf(element.ElementSchemaType);
        }

        foreach (XmlSchemaType type in schemas.GlobalTypes.Values)
        {
            ModelOf(type);
        }
    }

    /// <summary>Compiles the automaton of a compiled schema set.</summary>
    /// <param name="schemas">The set, compiled.</param>
    /// <returns>The automaton.</returns>
    public static SchemaAutomaton Compile(XmlSchemaSet schemas) => new(schemas);

    /// <summary>
    /// Whether the content of <paramref name="element"/> (its children and texts, not its own attributes) is proved
    /// valid against <paramref name="type"/>, the type <see cref="XmlSchemaValidator"/> gave the element.
    /// </summary>
    /// <param name="tree">The activity.</param>
    /// <param name="element">The element, whose attributes have been validated already.</param>
    /// <param name="type">The element's type.</param>
    /// <returns>True when proved valid; false when invalid or not decided.</returns>
    public bool ProvesContent(ActivityTree tree, int element, XmlSchemaType? type)
    {
        if (_undecidable || type is null || !_models.TryGetValue(type, out var model))
        {
            return false;
        }

        return Content(tree, element, model);
    }

    /// <summary>
    /// Whether <paramref name="element"/>, its attributes and its content, is proved valid against
    /// <paramref name="declaration"/>, as <see cref="XmlSchemaValidator"/> would validate it where the schema expects that
    /// declaration.
    /// </summary>
    /// <param name="tree">The activity.</param>
    /// <param name="element">The element.</param>
    /// <param name="declaration">The element's declaration in the compiled schema set.</param>
    /// <returns>True when proved valid; false when invalid or not decided.</returns>
    public bool Proves(ActivityTree tree, int element, XmlSchemaElement declaration)
    {
        if (_undecidable || tree[element].LocalName != declaration.QualifiedName.Name || tree[element].NamespaceUri != declaration.QualifiedName.Namespace
            || declaration.IsAbstract || declaration.DefaultValue is not null || declaration.FixedValue is not null
            || declaration.ElementSchemaType is not { } type || !_models.TryGetValue(type, out var model))
        {
            return false;
        }

        return Element(tree, element, model);
    }

    /// <summary>Whether the element's attributes and content are proved valid against its model.</summary>
    private bool Element(ActivityTree tree, int element, Model model) =>
        Attributes(tree, element, model) && Content(tree, element, model);

    /// <summary>
    /// Whether the element's attributes are proved valid: each a declared use whose value its datatype accepts, or
    /// allowed by the attribute wildcard without being validated by it; every required use present.
    /// </summary>
    private bool Attributes(ActivityTree tree, int element, Model model)
    {
        if (model.Undecidable)
        {
            return false;
        }

        ref readonly var node = ref tree[element];
        var end = element + 1 + node.AttributeCount;
        ulong seen = 0;
        for (var i = element + 1; i < end; i++)
        {
            ref readonly var attribute = ref tree[i];
            var symbol = SymbolOf(attribute.Name);
            var use = Array.IndexOf(model.AttributeSymbols, symbol);
            if (symbol != Unknown && use >= 0)
            {
                var rule = model.AttributeRules[use];
                if (rule is null || !Accepts(rule, attribute.Value!))
                {
                    return false;
                }

                seen |= 1UL << use;
                continue;
            }

            if (attribute.NamespaceUri == Xsi || model.AttributeWildcard is not { } wildcard || !wildcard.Allows(attribute.NamespaceUri))
            {
                return false;
            }

            // A lax wildcard validates an attribute the schema declares globally: left to the exact path.
            if (wildcard.Process == XmlSchemaContentProcessing.Strict
                || (wildcard.Process == XmlSchemaContentProcessing.Lax && symbol != Unknown && _globalAttribute[symbol]))
            {
                return false;
            }
        }

        return (seen & model.Required) == model.Required;
    }

    /// <summary>
    /// Whether the element's children and texts are proved valid: each child element the automaton's next position
    /// (and proved in turn), texts only where the content kind allows them, the automaton in an accepting state at the
    /// end, and a text-only element's value accepted by its datatype.
    /// </summary>
    private bool Content(ActivityTree tree, int element, Model model)
    {
        if (model.Undecidable)
        {
            return false;
        }

        var state = 0;
        string? single = null;
        var texts = 0;
        for (var child = tree[element].FirstChild; child > 0; child = tree[child].NextSibling)
        {
            ref readonly var node = ref tree[child];
            switch (node.Type)
            {
                case XPathNodeType.Element:
                    if (model.Kind is XmlSchemaContentType.TextOnly or XmlSchemaContentType.Empty)
                    {
                        return false;
                    }

                    var position = model.Next(state, SymbolOf(node.Name), node.NamespaceUri);
                    if (position <= 0)
                    {
                        return false;
                    }

                    state = position;
                    var target = model.Positions[position];
                    if (target.Wildcard is { } any)
                    {
                        if (!Wildcarded(tree, child, any))
                        {
                            return false;
                        }
                    }
                    else if (target.Model is not { } childModel || !Element(tree, child, childModel))
                    {
                        return false;
                    }

                    break;
                case XPathNodeType.Whitespace:
                    if (model.Kind == XmlSchemaContentType.Empty)
                    {
                        return false;
                    }

                    single = node.Value;
                    texts++;
                    break;
                case XPathNodeType.Text:
                    if (model.Kind is XmlSchemaContentType.Empty or XmlSchemaContentType.ElementOnly)
                    {
                        return false;
                    }

                    single = node.Value;
                    texts++;
                    break;
                default:
                    return false;
            }
        }

        if (!model.Accepting[state])
        {
            return false;
        }

        if (model.Kind != XmlSchemaContentType.TextOnly)
        {
            return true;
        }

        var value = texts <= 1 ? single ?? string.Empty : tree.StringValue(element);
        return model.Value is { } rule && Accepts(rule, value);
    }

    /// <summary>
    /// Whether an element matched by a wildcard is proved valid: under <c>skip</c> always; under <c>lax</c> when neither
    /// it nor anything in it has a name the schema declares globally (so the exact path would not validate any of it)
    /// and nothing carries an <c>xsi:</c> attribute; under <c>strict</c> never.
    /// </summary>
    private bool Wildcarded(ActivityTree tree, int element, Wildcard wildcard)
    {
        if (wildcard.Process == XmlSchemaContentProcessing.Skip)
        {
            return true;
        }

        if (wildcard.Process != XmlSchemaContentProcessing.Lax)
        {
            return false;
        }

        var end = tree.SubtreeEnd(element);
        for (var i = element; i < end; i++)
        {
            ref readonly var node = ref tree[i];
            if (node.Type is not (XPathNodeType.Element or XPathNodeType.Attribute))
            {
                continue;
            }

            if (node.NamespaceUri == Xsi)
            {
                return false;
            }

            var symbol = SymbolOf(node.Name);
            if (symbol != Unknown && (node.Type == XPathNodeType.Element ? _globalElement[symbol] : _globalAttribute[symbol]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a value is proved valid: any value of an unrestricted <c>xs:string</c>, else its datatype parses it.</summary>
    private static bool Accepts(ValueRule rule, string value)
    {
        if (rule.AnyString || rule.Remembers(value))
        {
            return true;
        }

        try
        {
            rule.Datatype.ParseValue(value, null, null);
            rule.Remember(value);
            return true;
        }
#pragma warning disable CA1031 // Any failure of the datatype leaves the value to the exact path, which reports it.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    /// <summary>The symbol of a tree's name, looked up once per name and kept on it.</summary>
    private int SymbolOf(ActivityTree.NodeName name)
    {
        var cached = name.SchemaSymbol;
        if (cached != 0)
        {
            return cached - 2;
        }

        var symbol = _symbols.TryGetValue((name.LocalName, name.NamespaceUri), out var known) ? known : Unknown;
        name.SchemaSymbol = symbol + 2;
        return symbol;
    }

    /// <summary>The symbol of a schema name, added the first time it is seen.</summary>
    private int Symbol(XmlQualifiedName name)
    {
        var key = (name.Name, name.Namespace);
        if (!_symbols.TryGetValue(key, out var symbol))
        {
            symbol = _symbols.Count;
            _symbols[key] = symbol;
            _globalElement.Add(false);
            _globalAttribute.Add(false);
        }

        return symbol;
    }

    /// <summary>The model of a type, compiled the first time (registered before its particle is, so recursive types end).</summary>
    private Model? ModelOf(XmlSchemaType? type)
    {
        if (type is null)
        {
            return null;
        }

        if (_models.TryGetValue(type, out var model))
        {
            return model;
        }

        model = new Model();
        _models[type] = model;
        switch (type)
        {
            case XmlSchemaSimpleType simple:
                model.Kind = XmlSchemaContentType.TextOnly;
                model.Value = ValueRuleOf(simple.Datatype);
                model.Undecidable = model.Value is null;
                model.Build(this, null);
                break;
            case XmlSchemaComplexType complex when complex.TypeCode != XmlTypeCode.Item && complex.QualifiedName != AnyTypeName && !complex.IsAbstract:
                model.Kind = complex.ContentType;
                if (model.Kind == XmlSchemaContentType.TextOnly)
                {
                    model.Value = ValueRuleOf(complex.Datatype);
                    model.Undecidable |= model.Value is null;
                }

                CompileAttributes(complex, model);
                model.Build(this, model.Kind is XmlSchemaContentType.ElementOnly or XmlSchemaContentType.Mixed ? complex.ContentTypeParticle : null);
                break;
            default:
                model.Undecidable = true;
                model.Build(this, null);
                break;
        }

        return model;
    }

    /// <summary>Compiles a complex type's attribute uses (at most 64, for the required mask) and attribute wildcard.</summary>
    private void CompileAttributes(XmlSchemaComplexType complex, Model model)
    {
        var symbols = new List<int>();
        var rules = new List<ValueRule?>();
        foreach (XmlSchemaAttribute use in complex.AttributeUses.Values)
        {
            if (use.Use == XmlSchemaUse.Required)
            {
                model.Required |= 1UL << symbols.Count;
            }

            symbols.Add(Symbol(use.QualifiedName));

            // A fixed value is compared by the exact path, and a prohibited attribute is left to it: an attribute
            // that has either is never proved here.
            rules.Add(use.FixedValue is null && use.Use != XmlSchemaUse.Prohibited ? ValueRuleOf(use.AttributeSchemaType?.Datatype) : null);
        }

        model.AttributeSymbols = [.. symbols];
        model.AttributeRules = [.. rules];
        model.Undecidable |= symbols.Count > 64;
        if (complex.AttributeWildcard is { } wildcard)
        {
            model.AttributeWildcard = Wildcard.Of(wildcard.Namespace, wildcard.ProcessContents, complex.QualifiedName.Namespace);
            model.Undecidable |= model.AttributeWildcard is null;
        }
    }

    /// <summary>The rule of a datatype, or null for one whose values are not decided here.</summary>
    private ValueRule? ValueRuleOf(XmlSchemaDatatype? datatype)
    {
        if (datatype is null)
        {
            return null;
        }

        // Identity types (ID, IDREF, ENTITY), QNames and notations need the document or its namespaces: not decided here.
        if (datatype.TokenizedType is not (XmlTokenizedType.CDATA or XmlTokenizedType.None or XmlTokenizedType.NMTOKEN or XmlTokenizedType.NMTOKENS or XmlTokenizedType.NCName)
            || datatype.TypeCode is XmlTypeCode.QName or XmlTypeCode.Notation or XmlTypeCode.Id or XmlTypeCode.Idref or XmlTypeCode.Entity)
        {
            return null;
        }

        return new ValueRule(datatype, ReferenceEquals(datatype, _string));
    }

    /// <summary>
    /// How a value is checked: by its datatype, or not at all for an unrestricted <c>xs:string</c>. The last few values
    /// the datatype accepted are remembered (the same codes, languages and dates recur in every activity, and the
    /// check of a union such as <c>xml:lang</c>'s runs a pattern): a value equal to one of them is accepted again.
    /// </summary>
    /// <remarks>
    /// Shared by the checks of every thread without a lock: a slot holds null or a string the datatype accepted, and a
    /// reference is read and written whole, so a race only loses a remembered value.
    /// </remarks>
    private sealed class ValueRule(XmlSchemaDatatype datatype, bool anyString)
    {
        private readonly string?[] _accepted = new string?[4];
        private int _next;

        /// <summary>The datatype, with its facets.</summary>
        public XmlSchemaDatatype Datatype { get; } = datatype;

        /// <summary>Whether the datatype is the unrestricted <c>xs:string</c>, which accepts every value.</summary>
        public bool AnyString { get; } = anyString;

        /// <summary>Whether the value equals one the datatype accepted lately.</summary>
        public bool Remembers(string value)
        {
            foreach (var accepted in _accepted)
            {
                if (accepted is not null && (ReferenceEquals(accepted, value) || string.Equals(accepted, value, StringComparison.Ordinal)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Remembers a value the datatype accepted, in place of the oldest.</summary>
        public void Remember(string value)
        {
            var slot = _next;
            _accepted[slot & 3] = value;
            _next = slot + 1;
        }
    }

    /// <summary>A wildcard's namespace constraint and processing, as <c>xs:any</c> and <c>xs:anyAttribute</c> state them.</summary>
    private sealed class Wildcard
    {
        private HashSet<string>? _list;
        private string? _not;
        private bool _any;

        /// <summary>How a matched element or attribute is validated: strict, lax or skip.</summary>
        public XmlSchemaContentProcessing Process { get; private init; }

        /// <summary>The wildcard of a <c>namespace</c> attribute, or null for a form not compiled here.</summary>
        public static Wildcard? Of(string? namespaces, XmlSchemaContentProcessing process, string targetNamespace)
        {
            var wildcard = new Wildcard { Process = process == XmlSchemaContentProcessing.None ? XmlSchemaContentProcessing.Strict : process };
            var text = (namespaces ?? "##any").Trim();
            switch (text)
            {
                case "##any":
                    wildcard._any = true;
                    return wildcard;
                case "##other":
                    // As System.Xml's NamespaceList: any namespace but the target's, and not the absent one.
                    wildcard._not = targetNamespace;
                    return wildcard;
            }

            wildcard._list = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
            {
                switch (item)
                {
                    case "##local": wildcard._list.Add(string.Empty); break;
                    case "##targetNamespace": wildcard._list.Add(targetNamespace); break;
                    case var other when other.StartsWith("##", StringComparison.Ordinal): return null;
                    default: wildcard._list.Add(item); break;
                }
            }

            return wildcard;
        }

        /// <summary>Whether a name of that namespace matches the wildcard.</summary>
        public bool Allows(string ns) =>
            _any || (_not is not null ? ns.Length != 0 && ns != _not : _list!.Contains(ns));
    }

    /// <summary>A position of a content model: an element declaration (with its type's model) or a wildcard.</summary>
    private sealed class Position
    {
        /// <summary>The declared element's symbol; <see cref="Unknown"/> for a wildcard and the start.</summary>
        public int Symbol { get; init; } = Unknown;

        /// <summary>The declared element's type's model; null for a wildcard or a declaration not compiled.</summary>
        public Model? Model { get; set; }

        /// <summary>The wildcard of an <c>xs:any</c> position.</summary>
        public Wildcard? Wildcard { get; init; }
    }

    /// <summary>One type's compiled rules: content kind, attributes, value rule, and its position automaton.</summary>
    private sealed class Model
    {
        private static readonly int[] None = [];

        private int[][] _follow = [];

        /// <summary>Empty, text only, element only or mixed.</summary>
        public XmlSchemaContentType Kind { get; set; }

        /// <summary>Whether the type uses a construct not compiled here: its elements are never proved.</summary>
        public bool Undecidable { get; set; }

        /// <summary>The value rule of a text-only type.</summary>
        public ValueRule? Value { get; set; }

        /// <summary>The symbols of the attribute uses; a use's index is its bit in <see cref="Required"/>.</summary>
        public int[] AttributeSymbols { get; set; } = None;

        /// <summary>The value rule of each use; null where a present attribute is left to the exact path.</summary>
        public ValueRule?[] AttributeRules { get; set; } = [];

        /// <summary>The bits of the required uses.</summary>
        public ulong Required { get; set; }

        /// <summary>The attribute wildcard, if any.</summary>
        public Wildcard? AttributeWildcard { get; set; }

        /// <summary>Position 0 is the start; the others are the particle's leaves.</summary>
        public List<Position> Positions { get; } = [new Position()];

        /// <summary>Whether the content may end after each position.</summary>
        public bool[] Accepting { get; private set; } = [true];

        /// <summary>
        /// The position that follows <paramref name="state"/> on an element of that symbol and namespace: 0 when none
        /// does, -1 when more than one might (not decided).
        /// </summary>
        public int Next(int state, int symbol, string ns)
        {
            var found = 0;
            foreach (var next in _follow[state])
            {
                var position = Positions[next];
                var matches = position.Wildcard is { } wildcard ? wildcard.Allows(ns) : symbol != Unknown && position.Symbol == symbol;
                if (matches)
                {
                    if (found != 0)
                    {
                        return -1;
                    }

                    found = next;
                }
            }

            return found;
        }

        /// <summary>Builds the automaton of a particle (null: no element content).</summary>
        public void Build(SchemaAutomaton schema, XmlSchemaParticle? particle)
        {
            var follow = new List<HashSet<int>> { new() };
            var (nullable, first, last) = particle is null ? (true, new HashSet<int>(), new HashSet<int>()) : Glushkov(schema, particle, follow);
            follow[0].UnionWith(first);
            _follow = [.. follow.Select(f => f.Order().ToArray())];
            Accepting = new bool[Positions.Count];
            Accepting[0] = nullable;
            foreach (var position in last)
            {
                Accepting[position] = true;
            }
        }

        /// <summary>The nullability, first and last positions of a particle, adding its follow pairs.</summary>
        private (bool Nullable, HashSet<int> First, HashSet<int> Last) Glushkov(SchemaAutomaton schema, XmlSchemaParticle particle, List<HashSet<int>> follow)
        {
            var empty = (true, new HashSet<int>(), new HashSet<int>());
            if (particle.MaxOccurs == 0)
            {
                return empty;
            }

            // Only ?, *, + and once are compiled; a numeric bound leaves the type to the exact path.
            if (particle.MinOccurs > 1 || (particle.MaxOccurs != 1 && particle.MaxOccurs != decimal.MaxValue))
            {
                Undecidable = true;
                return empty;
            }

            (bool Nullable, HashSet<int> First, HashSet<int> Last) once;
            switch (particle)
            {
                case XmlSchemaElement element:
                    {
                        var at = Add(follow, new Position { Symbol = schema.Symbol(element.QualifiedName) });
                        if (element.IsAbstract || element.DefaultValue is not null || element.FixedValue is not null || element.ElementSchemaType is null)
                        {
                            Undecidable = true;
                        }
                        else
                        {
                            // Compiled after this model is registered: recursive types reach it through the dictionary.
                            Positions[at].Model = schema.ModelOf(element.ElementSchemaType);
                        }

                        once = (false, [at], [at]);
                        break;
                    }

                case XmlSchemaAny any:
                    {
                        var wildcard = Wildcard.Of(any.Namespace, any.ProcessContents, string.Empty);
                        if (wildcard is null)
                        {
                            Undecidable = true;
                            return empty;
                        }

                        var at = Add(follow, new Position { Wildcard = wildcard });
                        once = (false, [at], [at]);
                        break;
                    }

                case XmlSchemaSequence sequence:
                    {
                        var nullable = true;
                        HashSet<int> first = [], last = [];
                        foreach (XmlSchemaParticle item in sequence.Items)
                        {
                            var (n, f, l) = Glushkov(schema, item, follow);
                            foreach (var position in last)
                            {
                                follow[position].UnionWith(f);
                            }

                            if (nullable)
                            {
                                first.UnionWith(f);
                            }

                            if (n)
                            {
                                last.UnionWith(l);
                            }
                            else
                            {
                                last = [.. l];
                            }

                            nullable &= n;
                        }

                        once = (nullable, first, last);
                        break;
                    }

                case XmlSchemaChoice choice:
                    {
                        var nullable = choice.Items.Count == 0;
                        HashSet<int> first = [], last = [];
                        foreach (XmlSchemaParticle item in choice.Items)
                        {
                            var (n, f, l) = Glushkov(schema, item, follow);
                            nullable |= n;
                            first.UnionWith(f);
                            last.UnionWith(l);
                        }

                        once = (nullable, first, last);
                        break;
                    }

                case XmlSchemaGroupRef group when group.Particle is { } inner:
                    once = Glushkov(schema, inner, follow);
                    break;
                default:
                    // xs:all, or a particle this compiler does not know.
                    Undecidable = true;
                    return empty;
            }

            if (particle.MaxOccurs == decimal.MaxValue)
            {
                foreach (var position in once.Last)
                {
                    follow[position].UnionWith(once.First);
                }
            }

            return (once.Nullable || particle.MinOccurs == 0, once.First, once.Last);
        }

        private int Add(List<HashSet<int>> follow, Position position)
        {
            Positions.Add(position);
            follow.Add([]);
            return Positions.Count - 1;
        }
    }
}
