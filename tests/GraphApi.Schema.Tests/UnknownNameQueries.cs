namespace GraphApi.Schema.Tests;

/// <summary>
/// Queries with a name or id that matches nothing: each answers an UNKNOWN_* error suggesting the closest names.
/// Like <see cref="ExampleQueries"/>, each runs on the embedded store and, when NEO4J_URI is set, on Neo4j too.
/// </summary>
public static class UnknownNameQueries
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["an agency with a typo"] = """{ clause(number: "3.2.3") { decisions(viaAgency: "Digitaal Vlaandren") { totalCount } } }""",
        ["a programme with a typo"] = """{ clause(number: "3.2.3") { decisions(viaProgramme: "Vlaamse Veerkrcht") { totalCount } } }""",
        ["an agency like no other"] = """{ clauses { decisions(viaAgency: "Ministerie van Magie") { totalCount } } }""",
        ["a node id with a typo"] = """{ node(id: "agency:digitaal-vlaandren") { id } }""",
        ["a name where a node id belongs"] = """{ node(id: "Athumi") { id } }""",
        ["nodes with unknown ids"] = """{ nodes(ids: ["agency:athumi", "nothing:here", "clause:3.2.3", "building-block:kaleidoss"]) { id } }""",
        ["a path from an unknown node"] = """{ path(from: "decision:000-23", to: "agency:athumy") { length } }""",
    };

    public static TheoryData<string> Names => [.. All.Keys];
}
