using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using StAMM.Domain.Eligibility;
using StAMM.Domain.Json.SystemTextJson;
using StAMM.Domain.Projects;
using StAMM.Domain.Requests;

namespace StAMM.Domain.Json;

/// <summary>
/// Makes System.Text.Json read and write StAMM.Domain's documents: with <see cref="AddStammDomain(JsonSerializerOptions)"/>,
/// <c>JsonSerializer.Serialize(decision, options)</c> gives the decision document and
/// <c>JsonSerializer.Deserialize&lt;AssistanceRequest&gt;(json, options)</c> reads a request document, exactly as
/// <see cref="StammJson"/> writes and reads them, with the same validation.
/// </summary>
/// <remarks>
/// <para>The document types are <see cref="TechnicalAssistanceProject"/>, <see cref="AssistanceRequest"/>,
/// <see cref="RuleSet"/> and <see cref="Decision"/> (written only: reading one reports that it is not read back).</para>
/// <para>An invalid document throws a <see cref="StammJsonException"/> that carries every problem. Input that is not
/// JSON at all (a syntax error, a truncated body) is refused by the serializer's own reader before the document is
/// read, with the serializer's <see cref="JsonException"/>.</para>
/// <para>Written as the root value, a document is byte for byte <see cref="StammJson"/>'s compact document, or its
/// indented one (without the final line feed) when <see cref="JsonSerializerOptions.WriteIndented"/> is set;
/// nested in another value it is written on one line.</para>
/// <para>No reflection: the converters and the <see cref="IJsonTypeInfoResolver"/> are trim- and AOT-safe.</para>
/// </remarks>
public static class StammJsonSerializer
{
    /// <summary>The domain types that are read and written as documents.</summary>
    public static ImmutableArray<Type> DocumentTypes { get; } =
        [typeof(TechnicalAssistanceProject), typeof(AssistanceRequest), typeof(RuleSet), typeof(Decision)];

    /// <summary>Read-only serializer options that know the document types (and nothing else), within the default limits.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Adds the document converters and their type-info resolver, within the default read limits.</summary>
    /// <param name="options">The options to add them to, such as ASP.NET Core's.</param>
    /// <returns><paramref name="options"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only (they have been used).</exception>
    public static JsonSerializerOptions AddStammDomain(this JsonSerializerOptions options) =>
        AddStammDomain(options, JsonReadOptions.Default);

    /// <summary>
    /// Adds the document converters, and a type-info resolver for them ahead of the options' own resolvers (so that a
    /// source-generated or AOT setup finds them too). Calling it again replaces what an earlier call added.
    /// </summary>
    /// <param name="options">The options to add them to, such as ASP.NET Core's.</param>
    /// <param name="readOptions">The limits of reading, and the rule kinds of your own that rule sets may hold.</param>
    /// <returns><paramref name="options"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The options are read-only (they have been used).</exception>
    public static JsonSerializerOptions AddStammDomain(this JsonSerializerOptions options, JsonReadOptions readOptions)
    {
        Guard.Against.Null(options);
        Guard.Against.Null(readOptions);
        if (options.IsReadOnly)
        {
            throw new InvalidOperationException("The serializer options are read-only (they have been used); add the StAMM.Domain documents before the first use.");
        }

        RemoveAll(options.Converters, c => c is IStammDocumentConverter);
        var resolver = new StammJsonTypeInfoResolver(readOptions);
        foreach (var converter in resolver.Converters)
        {
            options.Converters.Add(converter);
        }

        // Without a resolver, options use reflection where it is enabled; the converters above serve that case, and a
        // resolver would then be the only one. Otherwise (a source-generated context, ASP.NET Core's, or AOT) it goes first.
        if (options.TypeInfoResolver is not null || !JsonSerializer.IsReflectionEnabledByDefault)
        {
            RemoveAll(options.TypeInfoResolverChain, r => r is StammJsonTypeInfoResolver);
            options.TypeInfoResolverChain.Insert(0, resolver);
        }

        return options;
    }

    /// <summary>A type-info resolver for the document types alone, to combine with others (<c>JsonTypeInfoResolver.Combine</c>).</summary>
    /// <param name="readOptions">The limits of reading, and the rule kinds of your own that rule sets may hold.</param>
    /// <returns>A resolver that knows the document types and returns null for every other type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="readOptions"/> is null.</exception>
    public static IJsonTypeInfoResolver TypeInfoResolver(JsonReadOptions readOptions) =>
        new StammJsonTypeInfoResolver(Guard.Against.Null(readOptions));

    /// <summary>Removes what an earlier call added.</summary>
    private static void RemoveAll<T>(IList<T> list, Func<T, bool> added)
    {
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (added(list[i]))
            {
                list.RemoveAt(i);
            }
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new StammJsonTypeInfoResolver(JsonReadOptions.Default) };
        options.MakeReadOnly();
        return options;
    }
}
