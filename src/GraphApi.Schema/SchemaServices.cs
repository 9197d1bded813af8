using GraphApi.Schema.Execution;
using GraphApi.Schema.Loading;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Schema;

public static class SchemaServices
{
    /// <summary>The schema (built once) and the per-request loader its resolvers reach the store through.</summary>
    public static IServiceCollection AddGraphApiSchema(this IServiceCollection services) =>
        services.AddSingleton<ISchema>(_ => new GraphApiSchema()).AddScoped<StoreLoader>();

    /// <summary>
    /// How the schema is executed: the loader in the user context, and queries resolved one field at a time. The
    /// store is asked once per level of the query whichever strategy runs, because the loader batches a level's
    /// keys; the parallel strategy added only thread hops and lock contention between sibling fields (on the
    /// seeds, clause-via-agency took about a fifth more CPU per request with it). A kept document's query runs its plan,
    /// and what a plan does not answer runs with less work per object and list (<see cref="LeanSerialExecution"/>).
    /// </summary>
    public static IGraphQLBuilder AddGraphApiExecution(this IGraphQLBuilder builder) => builder
        .AddExecutionStrategy<LeanSerialExecution>(OperationType.Query)
        .ConfigureExecution<LoaderInContext>();
}
