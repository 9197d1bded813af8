using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.Caching;

/// <summary>
/// The Redis the cache tests share: the one CI started (its address in <c>REDIS_CONFIGURATION</c>), else one of
/// their own. Hands out API instances that use it; each is a separate host, as several API processes would be.
/// </summary>
public sealed class RedisFixture : IDisposable
{
    private readonly RedisServer? _own;
    private readonly WebApplicationFactory<Program> _root = new();

    public RedisFixture()
    {
        if (Environment.GetEnvironmentVariable("REDIS_CONFIGURATION") is { Length: > 0 } configuration)
            Configuration = configuration;
        else
        {
            _own = new RedisServer();
            Configuration = _own.Configuration;
        }
    }

    public string Configuration { get; }

    /// <summary>A new API instance on this Redis; more settings as name/value pairs. Disposed with the fixture.</summary>
    public WebApplicationFactory<Program> Instance(params (string Name, string Value)[] settings) =>
        _root.WithWebHostBuilder(host =>
        {
            host.UseSetting("Redis:Configuration", Configuration);
            foreach (var (name, value) in settings)
                host.UseSetting(name, value);
        });

    /// <summary>A query no other test sends, so that tests sharing the Redis never see each other's entries.</summary>
    public static string Alias() => "q" + Guid.NewGuid().ToString("N");

    public void Dispose()
    {
        _root.Dispose();
        _own?.Dispose();
    }
}
