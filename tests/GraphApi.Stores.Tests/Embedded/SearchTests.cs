using GraphApi.Graph;
using GraphApi.Stores.Embedded;

namespace GraphApi.Stores.Tests.Embedded;

public class SearchTests
{
    private static Task<IReadOnlyList<SearchHit>> Search(string text, IReadOnlyList<string>? labels = null, int first = 10) =>
        RealGraph.Store.SearchAsync(new SearchQuery(text, labels, first), CancellationToken.None);

    private static IEnumerable<string> HighlightedWords(SearchHit hit) => hit.Highlights.Select(h => hit.Snippet.Substring(h.Start, h.Length));

    [Fact]
    public async Task Burgerprofiel_finds_the_building_block_first_and_the_decision_about_it_first_among_decisions()
    {
        Assert.Equal("building-block:mijn-burgerprofiel", (await Search("burgerprofiel"))[0].Node.Id);

        var decision = (await Search("burgerprofiel", ["Decision"]))[0];

        Assert.Equal("decision:000-58", decision.Node.Id);
        Assert.Equal("title", decision.Property);
    }

    [Fact]
    public async Task A_plural_finds_the_singular_through_the_dutch_stemmer()
    {
        // "besluiten" and "besluit" both stem to "besluit"; decision 000-48 only has the singular.
        var hit = (await Search("besluiten", ["Decision"])).Single(h => h.Node.Id == "decision:000-48");

        Assert.DoesNotContain("besluiten", hit.Node.Get<string>("title"));
        Assert.All(HighlightedWords(hit), word => Assert.Equal("besluit", word));
    }

    [Fact]
    public async Task A_verb_finds_the_noun_it_shares_a_stem_with()
    {
        // "digitaliseren" and "digitalisering" both stem to "digitaliser".
        var hits = await Search("digitaliseren", ["Decision"]);

        Assert.NotEmpty(hits);
        Assert.Contains("digitalisering", HighlightedWords(hits[0]), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_highlight_points_at_a_matched_word_in_the_snippet()
    {
        var hits = await Search("Mijn Burgerprofiel");

        Assert.Equal(10, hits.Count);
        Assert.All(hits, hit => Assert.NotEmpty(hit.Highlights));
        Assert.All(hits, hit => Assert.All(HighlightedWords(hit), word => Assert.Equal("burgerprofiel", word, ignoreCase: true)));
    }

    [Fact]
    public async Task Hits_come_best_first_within_the_labels_asked_for_and_no_more_than_first()
    {
        var hits = await Search("digitaal vlaanderen", ["Agency", "Programme"], first: 4);

        Assert.Equal(4, hits.Count);
        Assert.All(hits, h => Assert.Contains(h.Node.Label, new[] { "Agency", "Programme" }));
        Assert.Equal(hits.Select(h => h.Score).OrderDescending(), hits.Select(h => h.Score));
        Assert.Equal("agency:digitaal-vlaanderen", hits[0].Node.Id);
    }

    [Theory]
    [InlineData("\"*:(\\")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("de het een")]
    public async Task Input_without_searchable_words_finds_nothing_and_does_not_throw(string text)
    {
        Assert.Empty(await Search(text));
    }

    [Fact]
    public async Task Query_syntax_in_the_input_is_searched_as_words()
    {
        var hits = await Search("title:athumi* AND (\"burgerprofiel\"");

        Assert.Contains(hits, h => h.Node.Id == "building-block:mijn-burgerprofiel");
    }

    [Fact]
    public async Task First_zero_finds_nothing()
    {
        Assert.Empty(await Search("athumi", first: 0));
    }

    [Fact]
    public async Task Concurrent_and_repeated_searches_give_the_same_answers_as_a_first_search_on_a_new_store()
    {
        // The searcher keeps each query's weight; a store that has never searched builds every one afresh.
        string[] queries = ["burgerprofiel", "digitaliseren", "besluiten", "athumi", "gegevens delen"];
        using var fresh = new EmbeddedGraphStore(RealGraph.Graph);
        var expected = new List<string>();
        foreach (var query in queries) expected.Add(Describe(await fresh.SearchAsync(new SearchQuery(query, null, 10), CancellationToken.None)));

        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(async () => Describe(await Search(queries[i % queries.Length])))));

        for (var i = 0; i < answers.Length; i++) Assert.Equal(expected[i % queries.Length], answers[i]);
    }

    [Fact]
    public async Task The_same_words_under_other_labels_or_in_another_order_answer_as_on_a_new_store()
    {
        // The searcher remembers each search by its words and labels; no two different searches may share a weight.
        SearchQuery[] searches =
        [
            new("digitaal vlaanderen", ["Agency"], 5), new("digitaal vlaanderen", null, 5), new("digitaal vlaanderen", ["Decision"], 5),
            new("vlaanderen digitaal", ["Agency"], 5), new("digitaal vlaanderen", ["AgencyDecision"], 5), new("digitaal vlaanderen", ["Agency", "Decision"], 5),
        ];
        var answers = new List<string>();
        foreach (var search in searches) answers.Add(Describe(await RealGraph.Store.SearchAsync(search, CancellationToken.None)));

        for (var i = 0; i < searches.Length; i++)
        {
            using var fresh = new EmbeddedGraphStore(RealGraph.Graph);
            Assert.Equal(Describe(await fresh.SearchAsync(searches[i], CancellationToken.None)), answers[i]);
        }
        // Only the reordered words answer as another search does, so a weight shared by mistake would show.
        Assert.Equal(searches.Length - 1, answers.Distinct().Count());
    }

    private static string Describe(IReadOnlyList<SearchHit> hits) =>
        string.Join("\n", hits.Select(h => $"{h.Node.Id} {h.Score} {h.Property} {h.Snippet} {string.Join(",", h.Highlights)}"));
}
