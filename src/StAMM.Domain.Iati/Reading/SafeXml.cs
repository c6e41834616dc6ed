using System.Xml;
using System.Xml.Linq;

namespace StAMM.Domain.Iati.Reading;

/// <summary>The one way this package opens XML: no DTD, no resolver, bounded size and depth, one activity in memory at a time.</summary>
internal static class SafeXml
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

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

    /// <summary>Reads the element the reader is on, with its subtree, into an <see cref="XElement"/>; checks the depth of every element.</summary>
    /// <remarks>Leaves the reader on the node after the element's end.</remarks>
    public static XElement ReadElement(XmlReader reader, int maxDepth)
    {
        var root = NewElement(reader);
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
                    if (reader.Depth > maxDepth)
                    {
                        throw TooDeep(reader, maxDepth);
                    }

                    var child = NewElement(reader);
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
                    current.Add(new XText(reader.Value));
                    break;
            }
        }

        throw new XmlException("The file ends inside an element.");
    }

    private static XElement NewElement(XmlReader reader)
    {
        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        if (reader is IXmlLineInfo info && info.HasLineInfo())
        {
            element.AddAnnotation(new LineAnnotation(info.LineNumber));
        }

        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI != XmlnsNamespace)
                {
                    element.SetAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        return element;
    }

    public static int? LineOf(XObject node) => node.Annotation<LineAnnotation>()?.Line;

    internal sealed record LineAnnotation(int Line);
}
