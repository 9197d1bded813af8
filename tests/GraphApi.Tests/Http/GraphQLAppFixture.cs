using GraphApi.Http;
using GraphQL.Types;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Http;

/// <summary>The app hosted in memory with the <see cref="TestSchema"/>, once with the default limits and on demand with others.</summary>
public sealed class GraphQLAppFixture : IDisposable
{
    private readonly WebApplicationFactory<Program> _root = new();

    public GraphQLAppFixture() => App = WithLimits(_ => { });

    public WebApplicationFactory<Program> App { get; }

    public GraphQLClient Client() => new(App.CreateClient());

    /// <summary>A separate host whose limits are changed by <paramref name="limits"/>; disposed with the fixture.</summary>
    public WebApplicationFactory<Program> WithLimits(Action<GraphQLHttpOptions> limits) =>
        _root.WithWebHostBuilder(host => host.ConfigureServices(services =>
        {
            services.AddSingleton<ISchema, TestSchema>();
            services.Configure(limits);
        }));

    public void Dispose() => _root.Dispose();
}
