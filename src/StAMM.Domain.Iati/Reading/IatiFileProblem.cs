namespace StAMM.Domain.Iati.Reading;

/// <summary>Why an IATI file could not be read at all.</summary>
public enum IatiFileProblem
{
    /// <summary>The file is not well-formed XML.</summary>
    Malformed = 1,

    /// <summary>The file declares a DTD (<c>&lt;!DOCTYPE&gt;</c>), which is refused: it is how entity-expansion and external-entity (XXE) attacks are carried.</summary>
    DtdProhibited = 2,

    /// <summary>The file is larger than <see cref="IatiReaderLimits.MaxCharactersInDocument"/>.</summary>
    TooLarge = 3,

    /// <summary>The file nests elements deeper than <see cref="IatiReaderLimits.MaxDepth"/>.</summary>
    TooDeep = 4,

    /// <summary>The root element is not <c>iati-activities</c>.</summary>
    NotIatiActivities = 5,

    /// <summary>An element carries more attributes than <see cref="IatiReaderLimits.MaxAttributesPerElement"/>.</summary>
    TooManyAttributes = 6,

    /// <summary>A text or an attribute value is longer than <see cref="IatiReaderLimits.MaxCharactersInText"/>.</summary>
    TextTooLong = 7,

    /// <summary>
    /// An activity (or another child of the root) holds more than <see cref="IatiReaderLimits.MaxCharactersInActivity"/>
    /// characters or <see cref="IatiReaderLimits.MaxNodesInActivity"/> nodes.
    /// </summary>
    ActivityTooLarge = 8,
}
