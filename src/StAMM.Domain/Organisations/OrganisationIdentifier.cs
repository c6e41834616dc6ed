using Ardalis.GuardClauses;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Organisations;

/// <summary>
/// An organisation identifier in IATI form: a registration-agency prefix and the organisation's number in that
/// register, joined by hyphens, such as <c>CH-4</c> or <c>XM-DAC-41114</c>.
/// </summary>
/// <remarks>
/// <para>Accepted: 3 to 200 characters of letters, digits and <c>- . _ : / ( )</c>, with at least one hyphen
/// that is neither first nor last, and no white space (IATI identifiers are used in URLs and as XML text).</para>
/// <para>Immutable value; equality is ordinal on the text.</para>
/// </remarks>
public sealed record OrganisationIdentifier
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 200;

    private OrganisationIdentifier(string value) => Value = value;

    /// <summary>The identifier's text.</summary>
    public string Value { get; }

    /// <summary>Validates and creates an identifier.</summary>
    /// <param name="value">The text, such as <c>XM-DAC-41114</c>; surrounding white space is removed.</param>
    /// <returns>The identifier, or its problems (path empty).</returns>
    public static ValidationResult<OrganisationIdentifier> Create(string? value)
    {
        var problems = new ProblemCollector();
        Check(problems, value, string.Empty);
        return problems.Finish(() => new OrganisationIdentifier(value!.Trim()));
    }

    /// <summary>Creates an identifier that is known to be valid, such as one written in code.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException">The text is not a valid identifier.</exception>
    public static OrganisationIdentifier Parse(string value)
    {
        Guard.Against.Null(value);
        var result = Create(value);
        return result.IsValid ? result.AsT0 : throw new ArgumentException(result.AsT1.ToString(), nameof(value));
    }

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value;

    internal static void Check(ProblemCollector problems, string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(ProblemCodes.Required, path, "An organisation identifier is required.");
            return;
        }

        var text = value.Trim();
        if (text.Length is < 3 or > MaxLength)
        {
            problems.Add(ProblemCodes.InvalidFormat, path, $"An organisation identifier has 3 to {MaxLength} characters; {text.Length} were given.");
            return;
        }

        var hyphen = text.IndexOf('-', StringComparison.Ordinal);
        if (hyphen <= 0 || text[^1] == '-')
        {
            problems.Add(ProblemCodes.InvalidFormat, path, "An organisation identifier is a registration-agency prefix and a number joined by a hyphen, such as 'XM-DAC-41114'.");
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or ':' or '/' or '(' or ')'))
            {
                problems.Add(ProblemCodes.InvalidFormat, path, $"An organisation identifier may not contain '{c}'.");
                break;
            }
        }
    }
}
