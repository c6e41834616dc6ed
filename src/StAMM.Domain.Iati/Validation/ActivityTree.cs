using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Xml;
using System.Xml.XPath;

namespace StAMM.Domain.Iati.Validation;

/// <summary>
/// One child of the root, wrapped in a copy of the root as the IATI Validator does, held as an array of nodes in
/// document order that is reused from one activity to the next: the ruleset's XPaths run over it through
/// <see cref="ActivityNavigator"/>. Paths, lines and columns are worked out only for the node of a finding.
/// </summary>
/// <remarks>
/// Replaces an <c>XDocument</c> per activity (an object per element, attribute, text and position annotation): the
/// array grows to the largest activity of the file and is then only overwritten. Node 0 is the document, node 1 the copy
/// of the root (whose attributes carry no line, as the file's root is not part of the activity), <see cref="Top"/> the child.
/// Adjacent texts are merged, as XPath's data model sees them.
/// </remarks>
internal sealed class ActivityTree(XmlNameTable names, string?[]? shortValues = null)
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const int ShrinkAbove = 16_384;

    /// <summary>The <see cref="Node.End"/> of an element or the document still open, without children.</summary>
    private const int Open = -1;

    // The nodes are held in chunks of 1,024 (80 KB, below the large-object heap) rather than one array grown by
    // doubling: an activity of a million nodes (a parent listing 100,000 children) then takes its size and no more,
    // not up to twice it, and never its old and new copies at once while growing.
    private const int ChunkShift = 10;
    private const int ChunkSize = 1 << ChunkShift;
    private const int ChunkMask = ChunkSize - 1;

    /// <summary>At most this many distinct names are shared: the names come from the file.</summary>
    private const int MaxNames = 4096;

    private static readonly NodeName RootName = new(XPathNodeType.Root, string.Empty, string.Empty, string.Empty);
    private static readonly NodeName TextName = new(XPathNodeType.Text, string.Empty, string.Empty, string.Empty);
    private static readonly NodeName WhitespaceName = new(XPathNodeType.Whitespace, string.Empty, string.Empty, string.Empty);

    /// <summary>The element names of the tree, by local name: each is marked with <see cref="_generation"/> when used.</summary>
    private readonly Dictionary<string, List<NodeName>> _elementNames = new(StringComparer.Ordinal);

    /// <summary>Local names of elements whose name is not shared (past <see cref="MaxNames"/>), for this tree only.</summary>
    private readonly HashSet<string> _unsharedElementNames = new(StringComparer.Ordinal);

    /// <summary>Counts the trees held: a name marked with the current count is used in this one.</summary>
    private int _generation = 1;
    private readonly Dictionary<NameKey, NodeName> _names = [];
    /// <summary>The short values seen (see <see cref="Shared"/>); the trees filled by one thread may share one array.</summary>
    private readonly string?[] _shortValues = shortValues ?? NewShortValues();
    private readonly StringBuilder _value = new();
    private readonly List<Node[]> _chunks = [new Node[ChunkSize]];
    private ActivityNavigator?[] _navigators = [];

    /// <summary>An array for the short values of trees filled by one thread (128 KB: one for all the trees of a check, not one each).</summary>
    public static string?[] NewShortValues() => new string?[128 * 128];

    /// <summary>The child of the root: the element after the copy of the root and its attributes.</summary>
    public int Top { get; set; }

    /// <summary>
    /// A navigator on a node of this tree, for System.Xml.XPath, the same one every time for the same index (nothing moves
    /// a navigator handed out: System.Xml.XPath clones the ones it is given); indexes beyond the first 65,536 get a new
    /// one, so that one huge activity does not leave them all behind.
    /// </summary>
    public ActivityNavigator Navigator(int node)
    {
        const int Kept = 65_536;
        if (node >= Kept)
        {
            return new ActivityNavigator(this, node);
        }

        if (node >= _navigators.Length)
        {
            Array.Resize(ref _navigators, Math.Min(Kept, Math.Max(node + 1, _navigators.Length * 2)));
        }

        return _navigators[node] ??= new ActivityNavigator(this, node);
    }

    /// <summary>The number of nodes.</summary>
    public int Count { get; private set; }

    /// <summary>The parser's name table: every name of the tree is one of its strings.</summary>
    public XmlNameTable NameTable { get; } = names;

    /// <summary>The node at <paramref name="index"/>.</summary>
    public ref readonly Node this[int index] => ref At(index);

    /// <summary>Empties the tree and starts it with the document node.</summary>
    public void Clear()
    {
        // After an activity far larger than the next (a parent listing 100,000 children), give the array back rather
        // than hold it, and the strings in it, to the end of the file.
        var capacity = _chunks.Count * ChunkSize;
        if (capacity > ShrinkAbove && Count < capacity / 8)
        {
            var keep = Math.Max(1, ((Count * 2) + ChunkMask) / ChunkSize);
            _chunks.RemoveRange(keep, _chunks.Count - keep);
        }

        Count = 0;
        _generation++;
        _unsharedElementNames.Clear();
        New(RootName, null, -1, out _).End = Open;
    }

    /// <summary>Whether an element of that local name is in the tree (of any namespace).</summary>
    /// <remarks>
    /// Adding an element marks its shared name rather than putting the name in a set, so that no name's characters are
    /// hashed for each element read; the hashing is left to this question, asked once per name and activity.
    /// </remarks>
    public bool HasElementNamed(string localName)
    {
        if (_elementNames.TryGetValue(localName, out var names))
        {
            foreach (var name in names)
            {
                if (name.Generation == _generation)
                {
                    return true;
                }
            }
        }

        return _unsharedElementNames.Count > 0 && _unsharedElementNames.Contains(localName);
    }

    /// <summary>Adds an element as the last child of <paramref name="parent"/>; its attributes must follow at once.</summary>
    public int AddElement(int parent, string localName, string namespaceUri, string prefix, int line, int column, int index)
    {
        var name = NameOf(XPathNodeType.Element, localName, namespaceUri, prefix);
        if (name.Generation >= 0)
        {
            name.Generation = _generation;
        }
        else
        {
            _unsharedElementNames.Add(localName);
        }

        ref var node = ref New(name, null, parent, out var at);
        node.Line = line;
        node.Column = column;
        node.Index = index;
        node.End = Open;
        Link(parent, at);
        return at;
    }

    /// <summary>Adds an attribute to <paramref name="element"/>, the last element added.</summary>
    public void AddAttribute(int element, string localName, string namespaceUri, string prefix, string value, int line, int column)
    {
        ref var node = ref New(NameOf(XPathNodeType.Attribute, localName, namespaceUri, prefix), Shared(value), element, out _);
        node.Line = line;
        node.Column = column;
        At(element).AttributeCount++;
    }

    /// <summary>Adds a text as the last child of <paramref name="parent"/>, merged with a text just before it.</summary>
    public void AddText(int parent, string text)
    {
        var last = LastChild(parent);
        if (last > 0 && At(last).Type is XPathNodeType.Text or XPathNodeType.Whitespace)
        {
            At(last).Value += text;
            if (At(last).Type == XPathNodeType.Whitespace && !IsWhitespace(text))
            {
                At(last).Name = TextName;
            }

            return;
        }

        New(IsWhitespace(text) ? WhitespaceName : TextName, text, parent, out var at);
        Link(parent, at);
    }

    /// <summary>Notes that the element's subtree is complete: its descendants are the nodes before the current end.</summary>
    public void EndElement(int element) => At(element).End = Count;

    /// <summary>The first child element of that name without a namespace, or -1.</summary>
    public int ChildElement(int parent, string localName)
    {
        for (var child = At(parent).FirstChild; child > 0; child = At(child).NextSibling)
        {
            ref readonly var node = ref At(child);
            if (node.Type == XPathNodeType.Element && node.NamespaceUri.Length == 0 && node.LocalName == localName)
            {
                return child;
            }
        }

        return -1;
    }

    /// <summary>XPath's string value: an attribute's or text's value, an element's or the document's texts joined.</summary>
    public string StringValue(int index)
    {
        ref readonly var node = ref At(index);
        if (node.Type is not (XPathNodeType.Element or XPathNodeType.Root))
        {
            return node.Value ?? string.Empty;
        }

        var end = SubtreeEnd(index);
        string? single = null;
        var texts = 0;
        for (var i = index + 1; i < end; i++)
        {
            if (At(i).Type is XPathNodeType.Text or XPathNodeType.Whitespace)
            {
                single = At(i).Value;
                texts++;
            }
        }

        if (texts <= 1)
        {
            return single ?? string.Empty;
        }

        _value.Clear();
        for (var i = index + 1; i < end; i++)
        {
            if (At(i).Type is XPathNodeType.Text or XPathNodeType.Whitespace)
            {
                _value.Append(At(i).Value);
            }
        }

        return _value.ToString();
    }

    /// <summary>
    /// The index after the last descendant of an element or the document: the copy of the root, never closed, holds
    /// everything after it.
    /// </summary>
    public int SubtreeEnd(int index) => At(index).Type == XPathNodeType.Root || At(index).End <= 0 ? Count : At(index).End;

    /// <summary>
    /// The nodes from <paramref name="start"/> towards <paramref name="end"/> (exclusive) that lie in one chunk of the
    /// array: at least one when <paramref name="start"/> is before <paramref name="end"/>; a caller walks a range by
    /// taking the next span from where the last one ended.
    /// </summary>
    public ReadOnlySpan<Node> Span(int start, int end)
    {
        var offset = start & ChunkMask;
        return new ReadOnlySpan<Node>(_chunks[start >> ChunkShift], offset, Math.Min(end - start, ChunkSize - offset));
    }

    /// <summary>The node before <paramref name="index"/> among its parent's children, or -1 (none; an attribute has none).</summary>
    public int PreviousSibling(int index)
    {
        ref readonly var node = ref At(index);
        if (node.Type == XPathNodeType.Attribute || node.Parent < 0)
        {
            return -1;
        }

        var previous = -1;
        for (var child = At(node.Parent).FirstChild; child > 0 && child != index; child = At(child).NextSibling)
        {
            previous = child;
        }

        return previous;
    }

    /// <summary>
    /// The XPath of a node with each element's index among its same-named siblings, such as
    /// <c>/iati-activities/iati-activity[1]/location[3]/@ref</c>; a text has its element's path.
    /// </summary>
    public string PathOf(int index)
    {
        var parts = new List<string>();
        for (var at = index; at > 0; at = At(at).Parent)
        {
            ref readonly var node = ref At(at);
            switch (node.Type)
            {
                case XPathNodeType.Attribute:
                    parts.Add("@" + (node.NamespaceUri == XmlNamespace ? "xml:" : string.Empty) + node.LocalName);
                    break;
                case XPathNodeType.Element when node.Parent == 0:
                    parts.Add(node.LocalName);
                    break;
                case XPathNodeType.Element:
                    parts.Add(string.Create(CultureInfo.InvariantCulture, $"{node.LocalName}[{node.Index}]"));
                    break;
            }
        }

        parts.Reverse();
        return "/" + string.Join("/", parts);
    }

    /// <summary>The line of a node as the file gives it: a text's is its element's; none for the copy of the root.</summary>
    public int? LineOf(int index) => Located(index).Line is > 0 and var line ? line : null;

    /// <summary>The column of a node, as <see cref="LineOf"/>.</summary>
    public int? ColumnOf(int index) => Located(index) is { Line: > 0 } node ? node.Column : null;

    private ref readonly Node Located(int index) =>
        ref At(index).Type == XPathNodeType.Text || At(index).Type == XPathNodeType.Whitespace || (At(index).Type == XPathNodeType.Attribute && At(index).Line == 0)
            ? ref At(At(index).Parent)
            : ref At(index);

    private static bool IsWhitespace(string text) => text.AsSpan().TrimStart(" \t\r\n").IsEmpty;

    private ref Node At(int index) => ref _chunks[index >> ChunkShift][index & ChunkMask];

    /// <summary>
    /// The next node, every field set (the slot may hold a node of an earlier activity): written in place, not built
    /// and copied, so that its two references are stored once each.
    /// </summary>
    private ref Node New(NodeName name, string? value, int parent, out int at)
    {
        if (Count == _chunks.Count * ChunkSize)
        {
            _chunks.Add(new Node[ChunkSize]);
        }

        at = Count++;
        ref var node = ref At(at);
        node.Name = name;
        node.Value = value;
        node.Parent = parent;
        node.FirstChild = -1;
        node.NextSibling = -1;
        node.AttributeCount = 0;
        node.End = 0;
        node.Line = 0;
        node.Column = 0;
        node.Index = 0;
        return ref node;
    }

    /// <summary>The last child of an open element or the document (kept in <see cref="Node.End"/> until it is closed), or -1.</summary>
    private int LastChild(int parent) => -At(parent).End - 2;

    private void Link(int parent, int child)
    {
        var last = LastChild(parent);
        if (last < 0)
        {
            At(parent).FirstChild = child;
        }
        else
        {
            At(last).NextSibling = child;
        }

        At(parent).End = -child - 2;
    }

    /// <summary>The shared name of that type, local name, namespace and prefix (the parser's atomised strings, compared by reference).</summary>
    private NodeName NameOf(XPathNodeType type, string localName, string namespaceUri, string prefix)
    {
        var key = new NameKey(type, localName, namespaceUri, prefix);
        if (_names.TryGetValue(key, out var name))
        {
            return name;
        }

        // The node's strings are atoms of the name table (the parser's are already; a name given as a literal, such as
        // the copy of the root's, becomes one), so that ActivityXPath compares names by reference.
        name = new NodeName(type, NameTable.Add(localName), NameTable.Add(namespaceUri), NameTable.Add(prefix));
        if (_names.Count < MaxNames)
        {
            _names[key] = name;
            if (type == XPathNodeType.Element)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_elementNames, name.LocalName, out _) ??= [];
                _elementNames[name.LocalName].Add(name);
            }
        }
        else
        {
            name.Generation = -1;
        }

        return name;
    }

    /// <summary>
    /// One string for each value of one or two ASCII characters (the codes that most attributes carry, such as the
    /// <c>type="2"</c> of each of a parent's 100,000 <c>related-activity</c> elements), so that the tree does not hold
    /// a copy of each.
    /// </summary>
    private string Shared(string value)
    {
        int slot;
        if (value.Length == 1 && value[0] < 128)
        {
            slot = value[0];
        }
        else if (value.Length == 2 && value[0] < 128 && value[1] < 128)
        {
            slot = (value[0] << 7) | value[1];
        }
        else
        {
            return value;
        }

        // One-character values take the slots whose first character would be NUL, which no XML value has.
        var known = _shortValues[slot];
        if (known is not null && known == value)
        {
            return known;
        }

        _shortValues[slot] = value;
        return value;
    }

    /// <summary>
    /// One node, 48 bytes: its name (with its type) shared with every node of that name, its value (an attribute's or
    /// a text's), and the links of the tree. An element's attributes are the nodes right after it. The last child of an
    /// element still open is kept, negated, in <see cref="End"/>: a parent listing 100,000 children is about 400,000
    /// nodes, so each field counts.
    /// </summary>
    internal struct Node
    {
        public NodeName Name;
        public string? Value;
        public int Parent;
        public int FirstChild;
        public int NextSibling;
        public int AttributeCount;

        /// <summary>The index after an element's last descendant once it is closed; before that, -(last child + 2).</summary>
        public int End;
        public int Line;
        public int Column;
        public int Index;

        /// <summary>The node's type.</summary>
        public readonly XPathNodeType Type => Name.Type;

        /// <summary>The local name; empty for a text and the document.</summary>
        public readonly string LocalName => Name.LocalName;

        /// <summary>The namespace.</summary>
        public readonly string NamespaceUri => Name.NamespaceUri;

        /// <summary>The prefix.</summary>
        public readonly string Prefix => Name.Prefix;
    }

    /// <summary>A node's type and name, one object for every node that has them.</summary>
    internal sealed class NodeName(XPathNodeType type, string localName, string namespaceUri, string prefix)
    {
        public XPathNodeType Type { get; } = type;

        public string LocalName { get; } = localName;

        public string NamespaceUri { get; } = namespaceUri;

        public string Prefix { get; } = prefix;

        /// <summary>
        /// The name's symbol in the <see cref="SchemaAutomaton"/>, kept by it so that a name is looked up once: 0 before
        /// that, else the symbol plus 2 (1: a name the schema does not know).
        /// </summary>
        public int SchemaSymbol { get; set; }

        /// <summary>
        /// For an element's name, the last tree (<see cref="_generation"/>) that used it; -1 for a name not shared (the
        /// tree then keeps its local name in a set of its own).
        /// </summary>
        public int Generation { get; set; }
    }

    /// <summary>A name's key: the parser's atomised strings, hashed and compared by reference (no hashing of their characters).</summary>
    private readonly struct NameKey(XPathNodeType type, string localName, string namespaceUri, string prefix) : IEquatable<NameKey>
    {
        private readonly XPathNodeType _type = type;
        private readonly string _localName = localName;
        private readonly string _namespaceUri = namespaceUri;
        private readonly string _prefix = prefix;

        public bool Equals(NameKey other) =>
            _type == other._type && ReferenceEquals(_localName, other._localName) && ReferenceEquals(_namespaceUri, other._namespaceUri) && ReferenceEquals(_prefix, other._prefix);

        public override bool Equals(object? obj) => obj is NameKey other && Equals(other);

        public override int GetHashCode() =>
            HashCode.Combine(_type, RuntimeHelpers.GetHashCode(_localName), RuntimeHelpers.GetHashCode(_namespaceUri), RuntimeHelpers.GetHashCode(_prefix));
    }
}

/// <summary>An <see cref="XPathNavigator"/> over an <see cref="ActivityTree"/>: a position is a node's index, document order is index order.</summary>
internal sealed class ActivityNavigator(ActivityTree tree, int node) : XPathNavigator
{
    private int _node = node;

    /// <summary>The tree.</summary>
    public ActivityTree Tree => tree;

    /// <summary>The index of the node the navigator is on.</summary>
    public int Node => _node;

    /// <inheritdoc/>
    public override XmlNameTable NameTable => tree.NameTable;

    /// <inheritdoc/>
    public override XPathNodeType NodeType => tree[_node].Type;

    /// <inheritdoc/>
    public override string LocalName => tree[_node].LocalName;

    /// <inheritdoc/>
    public override string Name => tree[_node] is { Prefix.Length: > 0 } n ? n.Prefix + ":" + n.LocalName : tree[_node].LocalName;

    /// <inheritdoc/>
    public override string NamespaceURI => tree[_node].NamespaceUri;

    /// <inheritdoc/>
    public override string Prefix => tree[_node].Prefix;

    /// <inheritdoc/>
    public override string BaseURI => string.Empty;

    /// <inheritdoc/>
    public override bool IsEmptyElement => tree[_node].Type == XPathNodeType.Element && tree[_node].FirstChild < 0;

    /// <inheritdoc/>
    public override string Value => tree.StringValue(_node);

    /// <inheritdoc/>
    public override XPathNavigator Clone() => new ActivityNavigator(tree, _node);

    /// <inheritdoc/>
    public override bool IsSamePosition(XPathNavigator other) =>
        other is ActivityNavigator o && ReferenceEquals(o.Tree, tree) && o._node == _node;

    /// <inheritdoc/>
    public override XmlNodeOrder ComparePosition(XPathNavigator? nav) =>
        nav is ActivityNavigator o && ReferenceEquals(o.Tree, tree)
            ? _node == o._node ? XmlNodeOrder.Same : _node < o._node ? XmlNodeOrder.Before : XmlNodeOrder.After
            : XmlNodeOrder.Unknown;

    /// <inheritdoc/>
    public override bool MoveTo(XPathNavigator other)
    {
        if (other is ActivityNavigator o && ReferenceEquals(o.Tree, tree))
        {
            _node = o._node;
            return true;
        }

        return false;
    }

    /// <inheritdoc/>
    public override void MoveToRoot() => _node = 0;

    /// <inheritdoc/>
    public override bool MoveToFirstAttribute()
    {
        ref readonly var node = ref tree[_node];
        if (node.Type != XPathNodeType.Element || node.AttributeCount == 0)
        {
            return false;
        }

        _node++;
        return true;
    }

    /// <inheritdoc/>
    public override bool MoveToNextAttribute()
    {
        ref readonly var node = ref tree[_node];
        if (node.Type != XPathNodeType.Attribute)
        {
            return false;
        }

        ref readonly var owner = ref tree[node.Parent];
        if (_node + 1 > node.Parent + owner.AttributeCount)
        {
            return false;
        }

        _node++;
        return true;
    }

    /// <inheritdoc/>
    public override bool MoveToFirstNamespace(XPathNamespaceScope namespaceScope) => false;

    /// <inheritdoc/>
    public override bool MoveToNextNamespace(XPathNamespaceScope namespaceScope) => false;

    /// <inheritdoc/>
    public override bool MoveToNext() => Move(tree[_node].Type == XPathNodeType.Attribute ? -1 : tree[_node].NextSibling);

    /// <inheritdoc/>
    public override bool MoveToPrevious() => Move(tree.PreviousSibling(_node));

    /// <inheritdoc/>
    public override bool MoveToFirstChild() => Move(tree[_node].FirstChild);

    /// <inheritdoc/>
    public override bool MoveToParent() => Move(tree[_node].Parent);

    /// <inheritdoc/>
    public override bool MoveToId(string id) => false;

    private bool Move(int to)
    {
        if (to < 0)
        {
            return false;
        }

        _node = to;
        return true;
    }
}
