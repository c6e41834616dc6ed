using Ardalis.GuardClauses;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StAMM.Domain.AspNetCore;
using StAMM.Domain.Json;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers StAMM.Domain's documents with an ASP.NET Core application.</summary>
public static class StammDomainServiceCollectionExtensions
{
    /// <summary>Registers the documents within the default read limits; see <see cref="AddStammDomain(IServiceCollection, JsonReadOptions)"/>.</summary>
    /// <param name="services">The application's services.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddStammDomain(this IServiceCollection services) =>
        AddStammDomain(services, JsonReadOptions.Default);

    /// <summary>
    /// Registers the documents (requests, projects, rule sets and decisions) with an ASP.NET Core application:
    /// <list type="bullet">
    /// <item>minimal APIs and controllers read and write them exactly as <see cref="StammJson"/> does
    /// (<see cref="StammJsonSerializer.AddStammDomain(System.Text.Json.JsonSerializerOptions, JsonReadOptions)"/> on
    /// both <see cref="Microsoft.AspNetCore.Http.Json.JsonOptions"/> and <see cref="Microsoft.AspNetCore.Mvc.JsonOptions"/>);</item>
    /// <item>an invalid document in a request body is answered with RFC 9457 problem details (400,
    /// <c>application/problem+json</c>) whose <c>problems</c> member lists every problem (<see cref="StammProblemDetails"/>);
    /// for that, minimal APIs throw on a bad request (<see cref="RouteHandlerOptions.ThrowOnBadRequest"/>) in every
    /// environment, as they do in Development;</item>
    /// <item>every OpenAPI document (Microsoft.AspNetCore.OpenApi) describes them with their JSON Schemas.</item>
    /// </list>
    /// Calling it again replaces the read limits.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="readOptions">The limits of reading, and the rule kinds of your own that rule sets may hold.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddStammDomain(this IServiceCollection services, JsonReadOptions readOptions)
    {
        Guard.Against.Null(services);
        Guard.Against.Null(readOptions);

        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o => o.SerializerOptions.AddStammDomain(readOptions));
        services.Configure<JsonOptions>(o => o.JsonSerializerOptions.AddStammDomain(readOptions));
        services.Configure<MvcOptions>(o =>
        {
            o.InputFormatters.RemoveType<StammInputFormatter>();
            o.InputFormatters.Insert(0, new StammInputFormatter(readOptions));
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

        var handler = new StammJsonExceptionHandler();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExceptionHandler, StammJsonExceptionHandler>(_ => handler));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeveloperPageExceptionFilter, StammJsonExceptionHandler>(_ => handler));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupFilter, StammJsonExceptionHandler>(_ => handler));

        services.ConfigureAll<OpenApiOptions>(o =>
        {
            var transformer = new StammSchemaTransformer();
            o.AddSchemaTransformer(transformer);
            o.AddDocumentTransformer(transformer);
        });
        return services;
    }
}
