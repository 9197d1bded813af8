using GraphApi.Stores;
using GraphQL;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphApi.Caching;

/// <summary>How the host installs the result cache and persisted queries.</summary>
public static class CachingServices
{
    /// <summary>
    /// Registers the <see cref="ResultCache"/>, the persisted queries (with the trusted documents of
    /// <c>Cache:TrustedDocumentsFile</c>, when set) and <see cref="CacheCounters"/>, with the options of the
    /// <c>Cache</c> section. With <c>Redis:Configuration</c> set, Redis is the level all instances share (through
    /// <see cref="RedisCache"/>); without it each instance caches in its own memory.
    /// </summary>
    public static IServiceCollection AddResultCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection(CacheOptions.Section))
            .Validate(options => options.TimeToLiveSeconds > 0, "Cache:TimeToLiveSeconds must be more than 0")
            .Validate(options => options.MaxVariablesBytes >= 0, "Cache:MaxVariablesBytes must not be negative")
            .Validate(options => options.MemoryMegabytes >= 0, "Cache:MemoryMegabytes must not be negative")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CacheCounters>();
        if (configuration["Redis:Configuration"] is { Length: > 0 } redis)
        {
            // A factory, so that the container owns the connection and disposes it with the host.
            services.AddSingleton(_ => new RedisConnection(redis));
            services.AddHostedService(provider => provider.GetRequiredService<RedisConnection>());
            services.AddSingleton<RedisAvailability>();
            services.AddStackExchangeRedisCache(options => options.InstanceName = "graphapi:");
            services.AddOptions<RedisCacheOptions>().Configure<RedisConnection>((options, connection) =>
                options.ConnectionMultiplexerFactory = () => Task.FromResult(connection.Multiplexer!));
            services.AddSingleton<SharedCache>();
        }
        services.AddSingleton(provider => new PersistedQueryStore(provider.GetService<SharedCache>()));
        services.AddSingleton(provider => new PersistedQueries(
            provider.GetRequiredService<PersistedQueryStore>(),
            provider.GetRequiredService<IOptions<CacheOptions>>().Value.TrustedDocumentsFile is { Length: > 0 } file ? TrustedDocuments.Load(file) : null));
        services.AddSingleton(provider => new ResultCache(
            provider.GetRequiredService<IGraphStore>(), provider.GetRequiredService<IGraphQLTextSerializer>(),
            provider.GetRequiredService<IOptions<CacheOptions>>(), provider.GetRequiredService<CacheCounters>(), provider.GetService<SharedCache>()));
        return services;
    }
}
