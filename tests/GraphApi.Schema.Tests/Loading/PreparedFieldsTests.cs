using GraphQLParser;

namespace GraphApi.Schema.Tests.Loading;

/// <summary>
/// What a connection prepares from its arguments is kept with a document parsed once, and each request still gets
/// the answer its own arguments and selection ask for: arguments from variables, a selection changed by a directive,
/// cursors, and a bad argument refused every time.
/// </summary>
public class PreparedFieldsTests
{
    [Fact]
    public async Task Written_arguments_answer_the_same_on_every_run_of_a_kept_document() =>
        await SchemaRunner.AnswersAsANewlyParsedDocument("""
            { clause(number: "3.2.3") { decisions(viaAgency: "Digitaal Vlaanderen", first: 3) { totalCount edges { cursor node { id budgets(first: 2, order: [{ amount: DESC }]) { totalCount nodes { id amount } } } } } } }
            """, [null]);

    [Fact]
    public async Task Arguments_from_variables_follow_each_request() =>
        await SchemaRunner.AnswersAsANewlyParsedDocument(
            "query($a: String, $n: Int) { clause(number: \"3.2.3\") { decisions(viaAgency: $a, first: $n) { totalCount nodes { id } } } }",
            new { a = "Digitaal Vlaanderen", n = 2 }, new { a = "Athumi", n = 5 }, new { a = "Digitaal Vlaanderen", n = 0 });

    [Fact]
    public async Task A_variable_inside_a_filter_object_follows_each_request() =>
        await SchemaRunner.AnswersAsANewlyParsedDocument(
            "query($from: String) { node(id: \"agency:digitaal-vlaanderen\") { ... on Agency { decisions(where: { date: { gte: $from } }, first: 3) { totalCount nodes { id date } } } } }",
            new { from = "2021-01-01" }, new { from = "2023-06-01" });

    [Fact]
    public async Task Nodes_included_by_a_variable_are_read_only_when_asked_for()
    {
        const string query = "query($n: Boolean!) { node(id: \"agency:digitaal-vlaanderen\") { ... on Agency { decisions(first: 4) { totalCount nodes @include(if: $n) { id } } } } }";
        var kept = Parser.Parse(query);

        var counted = await SchemaRunner.ExecuteAsync(query, new { n = false }, kept);
        var listed = await SchemaRunner.ExecuteAsync(query, new { n = true }, kept);

        Assert.DoesNotContain("\"nodes\"", counted.Text);
        Assert.Equal(4, listed.Json.GetProperty("data").GetProperty("node").GetProperty("decisions").GetProperty("nodes").GetArrayLength());
        await SchemaRunner.AnswersAsANewlyParsedDocument(query, new { n = false }, new { n = true });
    }

    [Fact]
    public async Task A_page_after_a_cursor_of_a_kept_document_is_the_page_after_it()
    {
        var first = await SchemaRunner.ExecuteAsync("""{ node(id: "agency:digitaal-vlaanderen") { ... on Agency { decisions(first: 2) { pageInfo { endCursor } } } } }""");
        var cursor = first.Json.GetProperty("data").GetProperty("node").GetProperty("decisions").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        await SchemaRunner.AnswersAsANewlyParsedDocument(
            $$"""{ node(id: "agency:digitaal-vlaanderen") { ... on Agency { decisions(first: 2, after: "{{cursor}}") { nodes { id } } } } }""", [null]);
    }

    [Fact]
    public async Task A_bad_argument_of_a_kept_document_is_refused_every_time()
    {
        const string query = """{ node(id: "agency:digitaal-vlaanderen") { ... on Agency { decisions(first: 500) { totalCount } } } }""";
        var kept = Parser.Parse(query);

        foreach (var _ in Enumerable.Range(0, 3))
        {
            var run = await SchemaRunner.ExecuteAsync(query, null, kept);
            Assert.Equal("ARGUMENT_OUT_OF_RANGE", run.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }
}
