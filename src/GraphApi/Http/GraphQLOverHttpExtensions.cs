using GraphApi.Schema;
using GraphApi.Telemetry;
using GraphQL;
using GraphQL.Validation;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphApi.Http;

/// <summary>How the host installs the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLOverHttpExtensions
{
    /// <summary>
    /// Registers GraphQL.NET's executer and System.Text.Json serializer, the <see cref="GraphQLHttpOptions"/> bound
    /// from the <c>GraphQL</c> section, the depth and complexity limits, the <see cref="DocumentCache"/>, <see cref="ValidatedOperations"/> and the
    /// per-request <see cref="GraphQLRequestExtensions"/>. The schema (an <c>ISchema</c>) and the result cache
    /// (<c>AddResultCaching</c>) are registered elsewhere.
    /// </summary>
    public static IServiceCollection AddGraphQLOverHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphQLHttpOptions>(configuration.GetSection(GraphQLHttpOptions.Section));
        services.AddScoped<GraphQLRequestExtensions>();
        services.AddScoped<OperationRecord>();
        services.TryAddSingleton<OperationMetrics>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        // Before AddGraphQL, which registers its own validator only when none is.
        services.AddSingleton<IDocumentValidator>(new ValidatedOperations(new DocumentValidator()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, BrowserPagePolicy>());
        services.AddGraphQL(graphQL => graphQL
            // Ours first, so GraphQL.NET's serializer does not add its own converter for results.
            .AddSystemTextJson(json => json.Converters.Insert(0, new ExecutionResultWriter()))
            .AddGraphApiExecution()
            // Also for cached documents: depth and complexity depend on the chosen operation and on variables.
            .AddValidationRule(
                provider => new DepthAndComplexityRule(provider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value),
                useForCachedDocuments: true)
            .ConfigureExecution(provider => provider.GetRequiredService<DocumentCache>()));
        return services;
    }

    /// <summary>Answers GraphQL requests with POST and GET at <paramref name="pattern"/>.</summary>
    public static IEndpointConventionBuilder MapGraphQLOverHttp(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var endpoint = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpEndpoint>();
        var group = endpoints.MapGroup(pattern);
        group.MapPost("", endpoint.HandleAsync);
        group.MapGet("", endpoint.HandleAsync).WithMetadata(new BrowserPagePolicy.Marker());
        return group;
    }
}
