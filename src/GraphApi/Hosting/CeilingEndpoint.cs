using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace GraphApi.Hosting;

/// <summary>
/// For the load benchmark only, off unless <c>Bench:CeilingFolder</c> is set: <c>POST /bench/ceiling/{name}</c>
/// reads the request body and answers with the bytes of <c>{name}.json</c> from that folder, which
/// the load script fills with this API's own responses. Same process, same Kestrel, same bytes, no
/// GraphQL: the most this machine's HTTP stack can serve.
/// </summary>
public static partial class CeilingEndpoint
{
    public static void MapCeilingEndpoint(this WebApplication app)
    {
        var folder = app.Configuration["Bench:CeilingFolder"];
        if (string.IsNullOrEmpty(folder)) return;
        var responses = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        app.MapPost("/bench/ceiling/{name}", async (string name, HttpContext context) =>
        {
            if (!Name().IsMatch(name)) return Results.NotFound();
            var path = Path.Combine(folder, name + ".json");
            if (!responses.TryGetValue(name, out var bytes))
            {
                if (!File.Exists(path)) return Results.NotFound();
                bytes = responses.GetOrAdd(name, File.ReadAllBytes(path));
            }
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            return Results.Bytes(bytes, "application/graphql-response+json; charset=utf-8");
        });
    }

    [GeneratedRegex("^[a-z0-9-]{1,40}$")]
    private static partial Regex Name();
}
