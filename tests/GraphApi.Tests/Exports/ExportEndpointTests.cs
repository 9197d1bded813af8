using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using GraphApi.Graph.Export;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.Exports;

public sealed class ExportEndpointTests(WebApplicationFactory<Program> app) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _http = app.CreateClient();

    [Fact]
    public async Task The_json_export_over_http_has_every_node_and_relationship_of_the_store()
    {
        using var response = await _http.GetAsync("/export/graph.json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("graph.json", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(59, json.RootElement.GetProperty("nodes").EnumerateArray().Count(n => n.GetProperty("labels")[0].GetString() == "Decision"));
        var ids = json.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToHashSet();
        Assert.All(json.RootElement.GetProperty("relationships").EnumerateArray(), r => Assert.Contains(r.GetProperty("end").GetString(), ids));
    }

    [Fact]
    public async Task The_http_exports_equal_the_command_line_exports_of_the_same_seeds()
    {
        var folder = Directory.CreateTempSubdirectory("graphapi-http-export-").FullName;
        try
        {
            foreach (var (format, url) in new[] { ("json", "/export/graph.json"), ("graphml", "/export/graph.graphml"), ("cypher", "/export/graph.cypher") })
            {
                var path = Path.Combine(folder, "graph." + format);
                Assert.Equal(0, Commands.Cli.Run(["export", "--format", format, "--out", path, "--seeds", RepoPaths.Seeds]).ExitCode);
                Assert.Equal(await File.ReadAllBytesAsync(path), await _http.GetByteArrayAsync(url));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_label_csv_is_utf8_text_with_a_header_row()
    {
        using var response = await _http.GetAsync("/export/nodes/Agency.csv");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith("id,aliases,kind,name,type,sources\r\n", text);
        Assert.Contains("agency:digitaal-vlaanderen,", text);
    }

    [Fact]
    public async Task A_relationship_type_csv_names_start_and_end_nodes()
    {
        var text = await _http.GetStringAsync("/export/relationships/FULFILLS.csv");

        Assert.StartsWith("id,start,end,basis,confidence,", text);
        Assert.Contains(",sources\r\n", text);
        Assert.Contains(",decision:000-23,clause:3.2.3,", text);
    }

    [Fact]
    public async Task An_unknown_label_is_a_404_that_names_the_valid_ones()
    {
        using var response = await _http.GetAsync("/export/nodes/Minister.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var message = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("unknown label 'Minister'; the labels are Agency, Agreement, ", message);
        Assert.Contains("Decision", message);
    }

    [Fact]
    public async Task An_unknown_relationship_type_is_a_404_that_names_the_valid_ones()
    {
        using var response = await _http.GetAsync("/export/relationships/fulfills.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("unknown relationship type 'fulfills'; the types are ALLOCATES, CITES, ", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_graphml_export_over_http_is_graphml()
    {
        using var response = await _http.GetAsync("/export/graph.graphml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/graphml+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(XName.Get("graphml", GraphMlWriter.Namespace), xml.Root!.Name);
    }
}
