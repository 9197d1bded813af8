using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Schema.Loading;

public static class ServiceProviderExtensions
{
    public static StoreLoader GetLoader(this IServiceProvider services) => services.GetRequiredService<StoreLoader>();
}
