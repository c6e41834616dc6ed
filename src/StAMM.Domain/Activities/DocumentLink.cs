using Ardalis.GuardClauses;
using StAMM.Domain.Time;
using StAMM.Domain.Validation;

namespace StAMM.Domain.Activities;

/// <summary>A document an activity produced or relies on: a report, an agenda, a web page.</summary>
/// <remarks>
/// <para><see cref="Category"/> is a code of the IATI DocumentCategory codelist (A01-A12, B01-B18), such as
/// <c>A08</c> "Results, outcomes and outputs" for a report. The address is optional: the model does not invent one.</para>
/// <para>Immutable value; equality by all members.</para>
/// </remarks>
public sealed record DocumentLink
{
    private DocumentLink(string title, string category, Uri? url, PartialDate? published)
    {
        Title = title;
        Category = category;
        Url = url;
        Published = published;
    }

    /// <summary>The document's title.</summary>
    public string Title { get; }

    /// <summary>The IATI DocumentCategory code.</summary>
    public string Category { get; }

    /// <summary>Where the document can be read; <see langword="null"/> when not known.</summary>
    public Uri? Url { get; }

    /// <summary>When it was published, to the day or month; <see langword="null"/> when not known.</summary>
    public PartialDate? Published { get; }

    /// <summary>Validates and creates a document link.</summary>
    /// <param name="title">The title.</param>
    /// <param name="category">An IATI DocumentCategory code, such as <c>A08</c>.</param>
    /// <param name="url">An absolute http or https address, if known.</param>
    /// <param name="published">When it was published, if known.</param>
    /// <returns>The document, or the problems (paths <c>title</c>, <c>category</c>, <c>url</c>).</returns>
    public static ValidationResult<DocumentLink> Create(string? title, string? category, Uri? url = null, PartialDate? published = null)
    {
        var problems = new ProblemCollector();
        var validTitle = Text.Required(problems, title, "title");
        var code = category?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code))
        {
            problems.Add(ProblemCodes.Required, "category", "A document category is required.");
        }
        else if (!IsCategory(code))
        {
            problems.Add(ProblemCodes.UnknownCode, "category", $"'{code}' is not a code of the IATI DocumentCategory codelist (A01-A12, B01-B18).");
        }

        if (url is not null && !(url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
        {
            problems.Add(ProblemCodes.InvalidFormat, "url", "A document address is an absolute http or https URL.");
        }

        return problems.Finish(() => new DocumentLink(validTitle, code!, url, published));
    }

    /// <summary>Returns the title and category.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Title} [{Category}]";

    private static bool IsCategory(string code)
    {
        Guard.Against.Null(code);
        return code.Length == 3
            && code[0] is 'A' or 'B'
            && int.TryParse(code.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n >= 1
            && n <= (code[0] == 'A' ? 12 : 18);
    }
}
