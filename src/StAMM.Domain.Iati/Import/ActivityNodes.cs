using System.Text;
using System.Xml;
using StAMM.Domain.Iati.Reading;

namespace StAMM.Domain.Iati.Import;

/// <summary>
/// One child of the root, read under the limits of <see cref="IatiReaderLimits"/> into an array of nodes in document
/// order that is reused from one activity to the next: what the importer maps, in place of an <c>XElement</c> tree (an
/// object per element, attribute and text) per activity.
/// </summary>
/// <remarks>
/// An element is followed by its attributes and then by its content; <see cref="Node.End"/> is the index after its last
/// descendant, so its children are found by skipping each child element's subtree. Texts are kept as the parser gives
/// them (adjacent ones are not merged; only their concatenation is ever read). The limits are checked in the same order
/// and with the same file problems as <see cref="SafeXml.ReadElement"/>.
/// </remarks>
internal sealed class ActivityNodes
{
    private const int ShrinkAbove = 16_384;

    // Chunks of 1,024 nodes (40 KB, below the large-object heap) rather than one array grown by doubling: an activity of
    // hundreds of thousands of nodes (a parent listing 100,000 children) takes its size and no more.
    private const int ChunkShift = 10;
    private const int ChunkSize = 1 << ChunkShift;
    private const int ChunkMask = ChunkSize - 1;

    private readonly List<Node[]> _chunks = [new Node[ChunkSize]];
    private readonly SafeXml.TextBuffer _buffer = new();
    private readonly StringBuilder _value = new();
    private readonly Stack<int> _open = new();

    private enum Kind : byte
    {
        Element,
        Attribute,
        Text,
    }

    /// <summary>The number of nodes of the activity read last.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Reads the element the reader is on, with its subtree, replacing the activity read before; checks every limit of
    /// <paramref name="limits"/> as it goes. Leaves the reader on the node after the element's end.
    /// </summary>
    /// <returns>The element, node 0.</returns>
    public ActivityNode Read(XmlReader reader, IatiReaderLimits limits)
    {
        Clear();
        var budget = new SafeXml.Budget(limits);
        AddElement(reader, limits, ref budget);
        if (reader.IsEmptyElement)
        {
            At(0).End = Count;
            reader.Read();
            return new ActivityNode(this, 0);
        }

        _open.Clear();
        _open.Push(0);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.Depth > limits.MaxDepth)
                    {
                        throw SafeXml.TooDeep(reader, limits.MaxDepth);
                    }

                    var child = AddElement(reader, limits, ref budget);
                    if (reader.IsEmptyElement)
                    {
                        At(child).End = Count;
                    }
                    else
                    {
                        _open.Push(child);
                    }

                    break;
                case XmlNodeType.EndElement:
                    var closed = _open.Pop();
                    At(closed).End = Count;
                    if (closed == 0)
                    {
                        reader.Read();
                        return new ActivityNode(this, 0);
                    }

                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                case XmlNodeType.Whitespace:
                    var text = budget.Text(reader, _buffer);
                    Add(Kind.Text, string.Empty, string.Empty, text);
                    break;
            }
        }

        throw new XmlException("The file ends inside an element.");
    }

    /// <summary>The local name of an element or attribute (the parser's atomised string).</summary>
    public string LocalName(int index) => At(index).LocalName;

    /// <summary>The namespace of an element or attribute; empty for none.</summary>
    public string NamespaceName(int index) => At(index).NamespaceName;

    /// <summary>The value, untrimmed, of the element's attribute of that name and namespace, or null.</summary>
    public string? Attribute(int element, string namespaceName, string localName)
    {
        ref readonly var node = ref At(element);
        var end = element + 1 + node.AttributeCount;
        for (var i = element + 1; i < end; i++)
        {
            ref readonly var attribute = ref At(i);
            if (attribute.LocalName == localName && attribute.NamespaceName == namespaceName)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>The first child of the element, or its end when it has none.</summary>
    public int FirstChild(int element) => element + 1 + At(element).AttributeCount;

    /// <summary>The end of the element's content: the index after its last descendant.</summary>
    public int End(int element) => At(element).End;

    /// <summary>The child after <paramref name="child"/>: an element's subtree is skipped.</summary>
    public int Next(int child) => At(child).Kind == Kind.Element ? At(child).End : child + 1;

    /// <summary>Whether the node is an element.</summary>
    public bool IsElement(int index) => At(index).Kind == Kind.Element;

    /// <summary>
    /// The element's texts joined: with <paramref name="descendants"/>, every text below it in document order (what
    /// <c>XElement.Value</c> gives); without, only the texts that are its own children.
    /// </summary>
    public string Text(int element, bool descendants)
    {
        var end = At(element).End;
        string? single = null;
        var texts = 0;
        for (var i = FirstChild(element); i < end; i = descendants ? i + 1 : Next(i))
        {
            if (At(i).Kind == Kind.Text && At(i).Value!.Length > 0)
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
        for (var i = FirstChild(element); i < end; i = descendants ? i + 1 : Next(i))
        {
            if (At(i).Kind == Kind.Text)
            {
                _value.Append(At(i).Value);
            }
        }

        return _value.ToString();
    }

    private void Clear()
    {
        // After an activity far larger than the next (a parent listing 100,000 children), give the chunks back rather
        // than hold them, and the strings in them, to the end of the file.
        var capacity = _chunks.Count * ChunkSize;
        if (capacity > ShrinkAbove && Count < capacity / 8)
        {
            var keep = Math.Max(1, ((Count * 2) + ChunkMask) / ChunkSize);
            _chunks.RemoveRange(keep, _chunks.Count - keep);
        }

        // The strings of the activity before are dropped with it: a chunk holds no reference past Count once cleared.
        for (var c = 0; c < _chunks.Count && c * ChunkSize < Count; c++)
        {
            Array.Clear(_chunks[c], 0, Math.Min(ChunkSize, Count - (c * ChunkSize)));
        }

        Count = 0;
    }

    private int AddElement(XmlReader reader, IatiReaderLimits limits, ref SafeXml.Budget budget)
    {
        budget.Node(reader);
        var element = Add(Kind.Element, reader.LocalName, reader.NamespaceURI, null);
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
                        Add(Kind.Attribute, reader.LocalName, reader.NamespaceURI, value);
                        At(element).AttributeCount++;
                    }
                }
                while (reader.MoveToNextAttribute());

                reader.MoveToElement();
            }
        }

        return element;
    }

    private int Add(Kind kind, string localName, string namespaceName, string? value)
    {
        if (Count == _chunks.Count * ChunkSize)
        {
            _chunks.Add(new Node[ChunkSize]);
        }

        ref var node = ref At(Count);
        node.Kind = kind;
        node.LocalName = localName;
        node.NamespaceName = namespaceName;
        node.Value = value;
        node.AttributeCount = 0;
        node.End = 0;
        return Count++;
    }

    private ref Node At(int index) => ref _chunks[index >> ChunkShift][index & ChunkMask];

    private struct Node
    {
        public string LocalName;
        public string NamespaceName;
        public string? Value;
        public int AttributeCount;
        public int End;
        public Kind Kind;
    }
}

/// <summary>An element of the <see cref="ActivityNodes"/> read last: valid until the next activity is read.</summary>
internal readonly struct ActivityNode(ActivityNodes nodes, int index)
{
    /// <summary>The element's local name.</summary>
    public string LocalName => nodes.LocalName(index);

    /// <summary>The element's namespace; empty for none.</summary>
    public string NamespaceName => nodes.NamespaceName(index);

    /// <summary>Every text below the element, joined in document order (as <c>XElement.Value</c>).</summary>
    public string Value => nodes.Text(index, descendants: true);

    /// <summary>The element's own texts (its text children, not those of its child elements), joined.</summary>
    public string OwnText => nodes.Text(index, descendants: false);

    /// <summary>The value, untrimmed, of the attribute of that name without a namespace, or null.</summary>
    public string? Attribute(string localName) => nodes.Attribute(index, string.Empty, localName);

    /// <summary>The value, untrimmed, of the attribute of that namespace and name, or null.</summary>
    public string? Attribute(string namespaceName, string localName) => nodes.Attribute(index, namespaceName, localName);

    /// <summary>The first child element of that name without a namespace, or null.</summary>
    public ActivityNode? Element(string localName)
    {
        foreach (var child in Elements(localName))
        {
            return child;
        }

        return null;
    }

    /// <summary>The child elements, of any namespace, in document order.</summary>
    public Children Elements() => new(nodes, index, null);

    /// <summary>The child elements of that name without a namespace, in document order.</summary>
    public Children Elements(string localName) => new(nodes, index, localName);

    /// <summary>The number of child elements of that name without a namespace.</summary>
    public int Count(string localName)
    {
        var count = 0;
        foreach (var unused in Elements(localName))
        {
            count++;
        }

        return count;
    }

    /// <summary>Child elements, enumerated without allocating.</summary>
    internal readonly struct Children(ActivityNodes nodes, int parent, string? localName)
    {
        public Enumerator GetEnumerator() => new(nodes, parent, localName);

        internal struct Enumerator(ActivityNodes nodes, int parent, string? localName)
        {
            private readonly int _end = nodes.End(parent);
            private int _next = nodes.FirstChild(parent);
            private int _current = -1;

            public readonly ActivityNode Current => new(nodes, _current);

            public bool MoveNext()
            {
                while (_next < _end)
                {
                    var at = _next;
                    _next = nodes.Next(at);
                    if (nodes.IsElement(at) && (localName is null || (nodes.LocalName(at) == localName && nodes.NamespaceName(at).Length == 0)))
                    {
                        _current = at;
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
