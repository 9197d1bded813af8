using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Tests.Operations;

/// <summary>
/// Gives every request of the in-process test host (which has no client address) the address in the
/// <see cref="Header"/> header, as Kestrel would give a client's; requests without it keep none.
/// </summary>
public sealed class ClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, following) =>
        {
            if (http.Request.Headers[Header] is [{ } address])
                http.Connection.RemoteIpAddress = IPAddress.Parse(address);
            return following(http);
        });
        next(app);
    };
}
