using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using StAMM.Domain.Json.Reading;

namespace StAMM.Domain.Json;

/// <summary>
/// The kinds of top-level document and how each is read. A document names its kind in <c>kind</c>; adding a kind
/// is one entry here, a contract, a reader and a schema. Decisions are listed so that reading one says it is written only.
/// </summary>
internal static class DocumentKinds
{
    public const string Report = "report";

    public const string Project = "project";

    public const string Request = "request";

    public const string Decision = "decision";

    public const string RuleSet = "ruleSet";

    /// <summary>
    /// The project's repository address, from the <c>StammRepositoryUrl</c> build property (Directory.Build.props) that
    /// the build writes into this assembly's metadata, read once; <see langword="null"/> while no address is confirmed.
    /// </summary>
    public static readonly string? RepositoryUrl = typeof(DocumentKinds).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(a => a.Key == "StammRepositoryUrl")?.Value is { Length: > 0 } url ? url.TrimEnd('/') : null;

    public const string Portfolio = "portfolio";

    public const string CaseEvents = "caseEvents";

    /// <summary>The versions of the format this library reads: the current one only, so far.</summary>
    public static readonly FrozenSet<string> ReadableVersions = FrozenSet.Create(StringComparer.Ordinal, StammJson.SchemaVersion);

    /// <summary>Every kind with the reader of its body (the properties after the header).</summary>
    public static readonly Discriminated<StammDocument> All = new(
        "kind",
        "document kind",
        [
            new(Project, o => DomainReader.Project(o) is { } project ? new ProjectDocument(project) : null),
            new(Request, o => DomainReader.Request(o) is { } request ? new RequestDocument(request) : null),
            new(RuleSet, o => RuleReader.RuleSet(o) is { } set ? new RuleSetDocument(set) : null),
            new(Portfolio, DomainReader.Portfolio),
            NotRead(CaseEvents, "A caseEvents document is read onto the portfolio it extends: StammJson.ReadCaseEvents(json, portfolio)."),
            NotRead(Decision, "A decision document is written by the evaluator and is not read back; evaluate the request again instead."),
            NotRead(Report, "A report document is written from a portfolio and is not read back; compute the report from the portfolio again instead."),
        ]);

    /// <summary>The body of a document of any kind: <see cref="All"/> chooses its reader by <c>kind</c>.</summary>
    private static readonly Func<ObjectReader, StammDocument?> ReadBody = All.Read;

    /// <summary>A kind that is not read here (written only, or read onto a portfolio): its reader reports why at <c>kind</c>.</summary>
    private static KeyValuePair<string, Func<ObjectReader, StammDocument?>> NotRead(string kind, string message) => new(kind, o =>
    {
        o.Walk.Add(Validation.ProblemCodes.NotAllowed, JsonPath.Property(o.Path, "kind"), message);
        return null;
    });

    /// <summary>The file name of a kind's schema, as docs/schemas and the package's schemas/ folder hold it.</summary>
    public static string SchemaFile(string kind) => kind + ".schema.json";

    /// <summary>What a document names in <c>$schema</c> and its schema in <c>$id</c>: see <see cref="SchemaAddressOf(string, string?)"/>.</summary>
    public static string SchemaAddress(string kind) => SchemaAddressOf(SchemaFile(kind), RepositoryUrl);

    /// <summary>
    /// The address of a schema file: the file name alone (a reference relative to the document, true wherever the
    /// schema is saved beside it) while no repository address is configured; otherwise the file in the repository's
    /// docs/schemas on its main branch.
    /// </summary>
    public static string SchemaAddressOf(string file, string? repositoryUrl) =>
        repositoryUrl is null ? file : $"{repositoryUrl}/raw/main/docs/schemas/{file}";

    /// <summary>Reads a document at a path: the root, or one embedded in another (a portfolio's project, an event's request).</summary>
    public static StammDocument? Read(JsonWalk walk, JsonElement element, ValuePath path, string? expectedKind) => Read(walk, element, path, expectedKind, ReadBody);

    /// <summary>The reader of a root document of one kind: its header, then its body with <paramref name="body"/>.</summary>
    public static Func<JsonWalk, JsonElement, T?> Body<T>(string kind, Func<ObjectReader, T?> body)
        where T : class => (walk, root) => Read(walk, root, JsonPath.Root, kind, body);

    /// <summary>Reads the header (<c>$schema</c>, <c>kind</c>, <c>schemaVersion</c>), then the body with <paramref name="body"/>.</summary>
    private static T? Read<T>(JsonWalk walk, JsonElement element, ValuePath path, string? expectedKind, Func<ObjectReader, T?> body)
        where T : class
    {
        // Read the body even when the version is unknown: the problems help whoever migrates the document.
        var o = Header(walk, element, path, expectedKind, out var versionOk);
        var value = o is null ? null : body(o);
        return versionOk ? value : null;
    }

    /// <summary>
    /// Reads the header (<c>$schema</c>, <c>kind</c>, <c>schemaVersion</c>) and returns the object for its body, or null
    /// when the kind cannot be read or is not the expected one.
    /// </summary>
    public static ObjectReader? Header(JsonWalk walk, JsonElement element, ValuePath path, string? expectedKind, out bool versionOk)
    {
        versionOk = false;
        if (walk.Object(element, path) is not { } o)
        {
            return null;
        }

        if (o.TryGet("$schema", required: false, out var schema, out var schemaPath))
        {
            walk.String(schema, schemaPath);
        }

        if (o.TryGet("schemaVersion", required: true, out var version, out var versionPath) && walk.String(version, versionPath) is { } v)
        {
            versionOk = ReadableVersions.Contains(v);
            if (!versionOk)
            {
                walk.Add(
                    JsonProblemCodes.UnsupportedVersion,
                    versionPath,
                    $"schemaVersion '{JsonWalk.Shorten(v)}' is not one this library reads ({string.Join(", ", ReadableVersions.Order(StringComparer.Ordinal))}); a newer document needs a newer StAMM.Domain.Json.");
            }
        }

        if (!o.TryGet(All.Property, required: true, out var kindElement, out var kindPath) || walk.String(kindElement, kindPath) is not { } kind)
        {
            return null;
        }

        if (expectedKind is not null && kind != expectedKind)
        {
            walk.Add(JsonProblemCodes.UnknownKind, kindPath, $"Expected a '{expectedKind}' document; this one is '{JsonWalk.Shorten(kind)}'.");
            return null;
        }

        return o;
    }
}
