using GraphApi.Graph;
using GraphApi.Stores.Embedded;

namespace GraphApi.Stores.Tests.Embedded;

/// <summary>Snippets and highlights on texts made for it, where every position can be checked.</summary>
public class SnippetTests
{
    private const string Filler = "Het agentschap werkt samen met de lokale besturen aan betere digitale dienstverlening voor iedereen. ";

    private static async Task<SearchHit> OnlyHit(string query, IReadOnlyDictionary<string, object?> properties)
    {
        var graph = new GraphBuilder();
        graph.AddNode("decision:1", NodeLabel.Decision, properties);
        using var store = new EmbeddedGraphStore(graph.Build());
        return Assert.Single(await store.SearchAsync(new SearchQuery(query, null, 10), CancellationToken.None));
    }

    [Fact]
    public async Task A_short_text_is_the_whole_snippet_with_every_matching_word_highlighted()
    {
        var hit = await OnlyHit("loketten", new Dictionary<string, object?> { ["text"] = "Eén loket voor alle loketten." });

        Assert.Equal("Eén loket voor alle loketten.", hit.Snippet);
        Assert.Equal([new Highlight(4, 5), new Highlight(20, 8)], hit.Highlights);
    }

    [Fact]
    public async Task A_long_text_is_cut_between_words_around_the_first_match_with_ellipses()
    {
        var text = string.Concat(Enumerable.Repeat(Filler, 3)) + "Daarom komt er een Burgerprofiel. " + string.Concat(Enumerable.Repeat(Filler, 3));

        var hit = await OnlyHit("burgerprofiel", new Dictionary<string, object?> { ["text"] = text });

        Assert.StartsWith("…", hit.Snippet);
        Assert.EndsWith("…", hit.Snippet);
        Assert.InRange(hit.Snippet.Length, 120, 162);
        var inner = hit.Snippet[1..^1];
        var start = text.IndexOf(inner, StringComparison.Ordinal);
        Assert.Equal(' ', text[start - 1]);
        Assert.Equal(' ', text[start + inner.Length]);
        var highlight = Assert.Single(hit.Highlights);
        Assert.Equal("Burgerprofiel", hit.Snippet.Substring(highlight.Start, highlight.Length));
        Assert.Equal("text", hit.Property);
    }

    [Fact]
    public async Task The_property_shown_is_the_one_holding_most_query_words_even_against_a_heavier_field()
    {
        var hit = await OnlyHit("digitale loketten burgers", new Dictionary<string, object?>
        {
            ["title"] = "Loketten",
            ["text"] = "Digitale loketten voor burgers.",
            ["aliases"] = new List<string> { "Geen", "Digitaal" },
        });

        Assert.Equal("text", hit.Property);
        Assert.Equal("Digitale loketten voor burgers.", hit.Snippet);
    }

    [Fact]
    public async Task A_list_property_shows_the_element_that_matched()
    {
        var hit = await OnlyHit("vip", new Dictionary<string, object?> { ["name"] = "Vastgoedinformatieplatform", ["aliases"] = new List<string> { "VIP", "vastgoedplatform" } });

        Assert.Equal("aliases", hit.Property);
        Assert.Equal("VIP", hit.Snippet);
    }

    [Fact]
    public async Task Codes_kinds_and_dates_are_not_searched()
    {
        var graph = new GraphBuilder();
        graph.AddNode("decision:1", NodeLabel.Decision, new Dictionary<string, object?> { ["kind"] = "approval", ["title"] = "Iets anders" });
        using var store = new EmbeddedGraphStore(graph.Build());

        Assert.Empty(await store.SearchAsync(new SearchQuery("approval", null, 10), CancellationToken.None));
    }
}
