using GraphApi.Schema.Loading;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Schema;

public static class SchemaServices
{
    /// <summary>The schema (built once) and the per-request loader its resolvers reach the store through.</summary>
    public static IServiceCollection AddGraphApiSchema(this IServiceCollection services) =>
        services.AddSingleton<ISchema>(_ => new GraphApiSchema()).AddScoped<StoreLoader>();
}
