using System.Globalization;
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
internal sealed class ActivityTree(XmlNameTable names)
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const int ShrinkAbove = 16_384;

    // The nodes are held in chunks of 1,024 (80 KB, below the large-object heap) rather than one array grown by
    // doubling: an activity of a million nodes (a parent listing 100,000 children) then takes its size and no more,
    // not up to twice it, and never its old and new copies at once while growing.
    private const int ChunkShift = 10;
    private const int ChunkSize = 1 << ChunkShift;
    private const int ChunkMask = ChunkSize - 1;

    private readonly HashSet<string> _elementNames = new(StringComparer.Ordinal);
    private readonly StringBuilder _value = new();
    private readonly List<Node[]> _chunks = [new Node[ChunkSize]];

    /// <summary>The child of the root: the element after the copy of the root and its attributes.</summary>
    public int Top { get; set; }

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
        _elementNames.Clear();
        Add(new Node { Type = XPathNodeType.Root, LocalName = string.Empty, NamespaceUri = string.Empty, Prefix = string.Empty, Parent = -1 });
    }

    /// <summary>Whether an element of that local name is in the tree (of any namespace).</summary>
    public bool HasElementNamed(string localName) => _elementNames.Contains(localName);

    /// <summary>Adds an element as the last child of <paramref name="parent"/>; its attributes must follow at once.</summary>
    public int AddElement(int parent, string localName, string namespaceUri, string prefix, int line, int column, int index)
    {
        _elementNames.Add(localName);
        var at = Add(new Node
        {
            Type = XPathNodeType.Element,
            LocalName = localName,
            NamespaceUri = namespaceUri,
            Prefix = prefix,
            Parent = parent,
            Line = line,
            Column = column,
            Index = index,
        });
        At(at).AttributeStart = at + 1;
        Link(parent, at);
        return at;
    }

    /// <summary>Adds an attribute to <paramref name="element"/>, the last element added.</summary>
    public void AddAttribute(int element, string localName, string namespaceUri, string prefix, string value, int line, int column)
    {
        Add(new Node
        {
            Type = XPathNodeType.Attribute,
            LocalName = localName,
            NamespaceUri = namespaceUri,
            Prefix = prefix,
            Value = value,
            Parent = element,
            Line = line,
            Column = column,
        });
        At(element).AttributeCount++;
    }

    /// <summary>Adds a text as the last child of <paramref name="parent"/>, merged with a text just before it.</summary>
    public void AddText(int parent, string text)
    {
        var last = At(parent).LastChild;
        if (last > 0 && At(last).Type is XPathNodeType.Text or XPathNodeType.Whitespace)
        {
            At(last).Value += text;
            if (At(last).Type == XPathNodeType.Whitespace && !IsWhitespace(text))
            {
                At(last).Type = XPathNodeType.Text;
            }

            return;
        }

        var at = Add(new Node
        {
            Type = IsWhitespace(text) ? XPathNodeType.Whitespace : XPathNodeType.Text,
            LocalName = string.Empty,
            NamespaceUri = string.Empty,
            Prefix = string.Empty,
            Value = text,
            Parent = parent,
        });
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
    public int SubtreeEnd(int index) => At(index).Type == XPathNodeType.Root || At(index).End == 0 ? Count : At(index).End;

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

    private int Add(Node node)
    {
        if (Count == _chunks.Count * ChunkSize)
        {
            _chunks.Add(new Node[ChunkSize]);
        }

        node.FirstChild = node.LastChild = node.NextSibling = node.PreviousSibling = -1;
        At(Count) = node;
        return Count++;
    }

    private void Link(int parent, int child)
    {
        var last = At(parent).LastChild;
        if (last < 0)
        {
            At(parent).FirstChild = child;
        }
        else
        {
            At(last).NextSibling = child;
            At(child).PreviousSibling = last;
        }

        At(parent).LastChild = child;
    }

    /// <summary>One node; names are the parser's atomised strings.</summary>
    internal struct Node
    {
        public XPathNodeType Type;
        public string LocalName;
        public string NamespaceUri;
        public string Prefix;
        public string? Value;
        public int Parent;
        public int FirstChild;
        public int LastChild;
        public int NextSibling;
        public int PreviousSibling;
        public int AttributeStart;
        public int AttributeCount;
        public int End;
        public int Line;
        public int Column;
        public int Index;
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

        _node = node.AttributeStart;
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
        if (_node + 1 >= owner.AttributeStart + owner.AttributeCount)
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
    public override bool MoveToPrevious() => Move(tree[_node].Type == XPathNodeType.Attribute ? -1 : tree[_node].PreviousSibling);

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
