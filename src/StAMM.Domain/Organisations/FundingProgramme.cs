using StAMM.Domain.Validation;

namespace StAMM.Domain.Organisations;

/// <summary>A donor's funding programme, such as the Czech Ministry of the Interior's "Aid in Place".</summary>
/// <remarks>Immutable value; equality by name and local name.</remarks>
public sealed record FundingProgramme
{
    private FundingProgramme(string name, string? localName)
    {
        Name = name;
        LocalName = localName;
    }

    /// <summary>The programme's name in English.</summary>
    public string Name { get; }

    /// <summary>The programme's name in the donor's language, when known.</summary>
    public string? LocalName { get; }

    /// <summary>Validates and creates a programme.</summary>
    /// <param name="name">The English name.</param>
    /// <param name="localName">The name in the donor's language, if known.</param>
    /// <returns>The programme, or the problems (paths <c>name</c>, <c>localName</c>).</returns>
    public static ValidationResult<FundingProgramme> Create(string? name, string? localName = null)
    {
        var problems = new ProblemCollector();
        var validName = Text.Required(problems, name, "name");
        var validLocal = Text.Optional(problems, localName, "localName");
        return problems.Finish(() => new FundingProgramme(validName, validLocal));
    }

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
