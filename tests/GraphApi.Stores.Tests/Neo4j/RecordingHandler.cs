using System.Net;
using System.Text;

namespace GraphApi.Stores.Tests.Neo4j;

/// <summary>
/// Stands in for Neo4j at the HTTP level: records every request the client sends and answers each with
/// the next canned response (the last one repeats). No Neo4j server is involved.
/// </summary>
public sealed class RecordingHandler(params Func<HttpResponseMessage>[] answers) : HttpMessageHandler
{
    public List<RecordedRequest> Requests { get; } = [];

    public static Func<HttpResponseMessage> Json(string json, HttpStatusCode status = HttpStatusCode.Accepted, string? clusterAffinity = null) => () =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/vnd.neo4j.query") };
        if (clusterAffinity is not null) response.Headers.Add("neo4j-cluster-affinity", clusterAffinity);
        return response;
    };

    public static Func<HttpResponseMessage> Status(HttpStatusCode status) => () => new HttpResponseMessage(status) { Content = new StringContent("<html>unavailable</html>") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(request.Method, request.RequestUri!, request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value)),
            request.Content?.Headers.ContentType?.MediaType, body));
        return answers[Math.Min(Requests.Count - 1, answers.Length - 1)]();
    }
}

public sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? ContentType, string? Body);
