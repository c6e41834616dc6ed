using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace StAMM.Domain.Iati.Reading;

/// <summary>
/// The one way this package opens XML: no DTD, no resolver, and every limit of <see cref="IatiReaderLimits"/>; one
/// child of the root in memory at a time, built in time linear in its size.
/// </summary>
internal static class SafeXml
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const int ChunkCharacters = 4096;

    public static XmlReaderSettings Settings(IatiReaderLimits limits) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = limits.MaxCharactersInDocument,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = false,
    };

    /// <summary>Translates the parser's exception into the reason a person can act on.</summary>
    public static IatiFileException Translate(XmlException exception)
    {
        var line = exception.LineNumber > 0 ? exception.LineNumber : (int?)null;
        var where = line is null ? string.Empty : $" (line {line})";
        if (exception.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return new IatiFileException(
                IatiFileProblem.DtdProhibited,
                $"The file declares a DTD (<!DOCTYPE>){where}. DTDs are refused: they carry entity-expansion ('billion laughs') and external-entity (XXE) attacks, and IATI files never need one.",
                line,
                exception);
        }

        if (exception.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            return new IatiFileException(IatiFileProblem.TooLarge, $"The file is larger than the configured limit of characters{where}.", line, exception);
        }

        return new IatiFileException(IatiFileProblem.Malformed, $"The file is not well-formed XML{where}: {exception.Message}", line, exception);
    }

    public static IatiFileException TooDeep(XmlReader reader, int maxDepth) =>
        new(IatiFileProblem.TooDeep, $"The file nests elements more than {maxDepth} levels deep (line {LineOf(reader)}); IATI files need about 8.", LineOf(reader));

    public static int? LineOf(XmlReader reader) => reader is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    /// <summary>Reads the attributes of the element the reader is on, under the limits; leaves the reader on the element.</summary>
    public static List<XAttribute> ReadAttributes(XmlReader reader, IatiReaderLimits limits)
    {
        var budget = new Budget(limits);
        return ReadAttributes(reader, limits, ref budget);
    }

    /// <summary>
    /// Reads the element the reader is on, with its subtree, into an <see cref="XElement"/>; checks every limit of
    /// <paramref name="limits"/> as it goes.
    /// </summary>
    /// <param name="reader">The reader, on an element.</param>
    /// <param name="limits">The limits.</param>
    /// <remarks>Leaves the reader on the node after the element's end.</remarks>
    public static XElement ReadElement(XmlReader reader, IatiReaderLimits limits)
    {
        var budget = new Budget(limits);
        var buffer = new TextBuffer();
        var root = NewElement(reader, limits, ref budget);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return root;
        }

        var current = root;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.Depth > limits.MaxDepth)
                    {
                        throw TooDeep(reader, limits.MaxDepth);
                    }

                    var child = NewElement(reader, limits, ref budget);
                    current.Add(child);
                    if (!reader.IsEmptyElement)
                    {
                        current = child;
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (ReferenceEquals(current, root))
                    {
                        reader.Read();
                        return root;
                    }

                    current = current.Parent!;
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.SignificantWhitespace:
                case XmlNodeType.Whitespace:
                    var text = budget.Text(reader, buffer);
                    // As a string: an element whose only content is a text keeps it without an XText object (an
                    // XElement turns it into one when a node follows), with the same nodes and value otherwise.
                    current.Add(text);
                    break;
            }
        }

        throw new XmlException("The file ends inside an element.");
    }

    /// <summary>Reads the text node the reader is on, under the limit of one text; leaves the reader on it.</summary>
    public static string ReadText(XmlReader reader, IatiReaderLimits limits) => ReadText(reader, limits, new TextBuffer());

    /// <summary>
    /// Reads a text node in pieces, so that no more than the limit is ever held of it; a text that fits one piece (nearly
    /// all of them) becomes its string directly, without a builder.
    /// </summary>
    public static string ReadText(XmlReader reader, IatiReaderLimits limits, TextBuffer buffer)
    {
        if (!reader.CanReadValueChunk)
        {
            var value = reader.Value;
            return value.Length > limits.MaxCharactersInText ? throw TextTooLong(reader, limits) : value;
        }

        var chunk = buffer.Chunk;
        var first = reader.ReadValueChunk(chunk, 0, chunk.Length);
        if (first == 0)
        {
            return string.Empty;
        }

        if (first > limits.MaxCharactersInText)
        {
            throw TextTooLong(reader, limits);
        }

        // The rest of the chunk is offered first: nearly every text ends in it, and then becomes its string without
        // passing through the builder.
        var length = first;
        int read;
        while (length < chunk.Length && (read = reader.ReadValueChunk(chunk, length, chunk.Length - length)) > 0)
        {
            length += read;
        }

        if (length > limits.MaxCharactersInText)
        {
            throw TextTooLong(reader, limits);
        }

        if (length < chunk.Length)
        {
            return buffer.Whitespace(chunk.AsSpan(0, length)) ?? new string(chunk, 0, length);
        }

        var text = buffer.Builder;
        text.Clear();
        text.Append(chunk, 0, length);
        while ((read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
        {
            if (text.Length + read > limits.MaxCharactersInText)
            {
                throw TextTooLong(reader, limits);
            }

            text.Append(chunk, 0, read);
        }

        return text.ToString();
    }

    /// <summary>The value of the attribute the reader is on, counted in the budget, under the limit of one text.</summary>
    public static string AttributeValue(XmlReader reader, IatiReaderLimits limits, ref Budget budget)
    {
        budget.Node(reader);
        var value = reader.Value;
        if (value.Length > limits.MaxCharactersInText)
        {
            throw TextTooLong(reader, limits);
        }

        budget.Characters(reader, value.Length);
        return value;
    }

    /// <summary>Refuses an element with more attributes than the limit, before any is read.</summary>
    public static void CheckAttributeCount(XmlReader reader, IatiReaderLimits limits)
    {
        if (reader.AttributeCount > limits.MaxAttributesPerElement)
        {
            throw new IatiFileException(
                IatiFileProblem.TooManyAttributes,
                string.Create(CultureInfo.InvariantCulture, $"<{reader.Name}> (line {LineOf(reader)}) carries {reader.AttributeCount} attributes, more than the limit of {limits.MaxAttributesPerElement}; real IATI elements carry fewer than 15."),
                LineOf(reader));
        }
    }

    /// <summary>Whether the attribute the reader is on is a namespace declaration, which no reader keeps as an attribute.</summary>
    public static bool IsNamespaceDeclaration(XmlReader reader) => ReferenceEquals(reader.NamespaceURI, XmlnsNamespace) || reader.NamespaceURI == XmlnsNamespace;

    private static XElement NewElement(XmlReader reader, IatiReaderLimits limits, ref Budget budget)
    {
        budget.Node(reader);
        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        if (reader.HasAttributes)
        {
            // XElement checks each added attribute against those it already holds: n attributes cost n²/2
            // comparisons. The count is limited before any is added (ReadAttributes), so an element costs at most
            // MaxAttributesPerElement²/2 comparisons for at least 4 × MaxAttributesPerElement characters of input.
            // Each is added as it is read: no list, and no enumerator of one, per element.
            CheckAttributeCount(reader, limits);
            if (reader.MoveToFirstAttribute())
            {
                do
                {
                    if (!IsNamespaceDeclaration(reader))
                    {
                        var value = AttributeValue(reader, limits, ref budget);
                        element.Add(new XAttribute(XName.Get(reader.LocalName, reader.NamespaceURI), value));
                    }
                }
                while (reader.MoveToNextAttribute());

                reader.MoveToElement();
            }
        }

        return element;
    }

    private static List<XAttribute> ReadAttributes(XmlReader reader, IatiReaderLimits limits, ref Budget budget)
    {
        var list = new List<XAttribute>();
        CheckAttributeCount(reader, limits);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (!IsNamespaceDeclaration(reader))
                {
                    var value = AttributeValue(reader, limits, ref budget);
                    list.Add(new XAttribute(XName.Get(reader.LocalName, reader.NamespaceURI), value));
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        return list;
    }

    private static IatiFileException TextTooLong(XmlReader reader, IatiReaderLimits limits) =>
        new(
            IatiFileProblem.TextTooLong,
            string.Create(CultureInfo.InvariantCulture, $"A {(reader.NodeType == XmlNodeType.Attribute ? $"value of the attribute {reader.Name}" : "text")} (line {LineOf(reader)}) is longer than the limit of {limits.MaxCharactersInText} characters; no identifier, code or narrative of IATI is that long."),
            LineOf(reader));

    /// <summary>The buffers of <see cref="ReadText(XmlReader, IatiReaderLimits, TextBuffer)"/>, reused by one reader from text to text.</summary>
    internal sealed class TextBuffer
    {
        private const int MaxWhitespace = 256;

        private readonly Dictionary<string, string> _whitespace = new(StringComparer.Ordinal);

        public char[] Chunk { get; } = new char[ChunkCharacters];

        public StringBuilder Builder { get; } = new();

        /// <summary>
        /// The one string of a short run of white space (the indentation between elements, nearly every other text of a
        /// file), so that it is not allocated again for each text; null for any other text.
        /// </summary>
        public string? Whitespace(ReadOnlySpan<char> text)
        {
            if (text.Length > 64 || !text.TrimStart(" \t\r\n").IsEmpty)
            {
                return null;
            }

            var lookup = _whitespace.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(text, out var known))
            {
                return known;
            }

            var added = new string(text);
            if (_whitespace.Count < MaxWhitespace)
            {
                _whitespace[added] = added;
            }

            return added;
        }
    }

    /// <summary>What one child of the root has used of <see cref="IatiReaderLimits.MaxCharactersInActivity"/> and <see cref="IatiReaderLimits.MaxNodesInActivity"/>.</summary>
    internal struct Budget(IatiReaderLimits limits)
    {
        private long _characters;
        private int _nodes;

        public void Node(XmlReader reader)
        {
            if (++_nodes > limits.MaxNodesInActivity)
            {
                throw TooLarge(reader, string.Create(CultureInfo.InvariantCulture, $"more than {limits.MaxNodesInActivity} elements, attributes and texts"));
            }
        }

        public void Characters(XmlReader reader, int count)
        {
            _characters += count;
            if (_characters > limits.MaxCharactersInActivity)
            {
                throw TooLarge(reader, string.Create(CultureInfo.InvariantCulture, $"more than {limits.MaxCharactersInActivity} characters of texts and attribute values"));
            }
        }

        /// <summary>Reads the text node the reader is on, counting it and its characters against the budget.</summary>
        public string Text(XmlReader reader, TextBuffer buffer)
        {
            Node(reader);
            var text = ReadText(reader, limits, buffer);
            Characters(reader, text.Length);
            return text;
        }

        private static IatiFileException TooLarge(XmlReader reader, string what) =>
            new(IatiFileProblem.ActivityTooLarge, $"An activity (or another element under the root) holds {what} (line {LineOf(reader)}); real activities hold a small fraction of that.", LineOf(reader));
    }
}
