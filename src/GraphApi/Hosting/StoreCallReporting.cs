using GraphApi.Http;
using GraphApi.Schema.Loading;
using GraphApi.Stores;

namespace GraphApi.Hosting;

/// <summary>Reports each request's store calls as <c>extensions.storeCalls</c> when the client asks to debug.</summary>
public static class StoreCallReporting
{
    public const string Key = "storeCalls";

    public static IServiceCollection AddStoreCallReporting(this IServiceCollection services) =>
        services.AddScoped(provider =>
        {
            var extensions = provider.GetRequiredService<GraphQLRequestExtensions>();
            return new StoreLoader(provider.GetRequiredService<IGraphStore>(), () => extensions.Increment(Key));
        });
}
