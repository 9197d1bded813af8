namespace GraphApi.Schema.Tests;

/// <summary>The example queries of the README and the main traversals, run on every store.</summary>
public static class ExampleQueries
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["clause decisions via an agency"] = """{ clause(number: "3.2.3") { title decisions(viaAgency: "Digitaal Vlaanderen") { totalCount edges { basis confidence via { id } sources { documentId quote } node { id title date } } } } }""",
        ["decisions naming Athumi in 2021"] = """{ decisions(where: { agencies: { some: { name: { eq: "Athumi" } } }, date: { gte: "2021-01-01", lte: "2021-12-31" } }, order: [{ field: DATE, direction: DESC }]) { totalCount nodes { id title date } } }""",
        ["budgets of agencies"] = """{ agencies(where: { budgets: { some: {} } }) { nodes { name budgetTotal y2023: budgetTotal(year: 2023) budgets { amount years sentence } } } }""",
        ["search"] = """{ search(text: "burgerprofiel") { snippet highlights { start length } node { id } } }""",
        ["path"] = """{ path(from: "decision:000-23", to: "agency:athumi") { length nodes { id } relationships { type sources { quote } } } }""",
        ["a decision with its links"] = """{ node(id: "decision:000-05") { id ... on Decision { title kind date agencies { id } budgets { amount parts { amount } } fulfils { basis target { id } } links(type: "INVOLVES") { node { id } sources { offset } } } } }""",
        ["budgets by year"] = """{ budgetsByYear { year total } }""",
        ["fulfilment of a clause and its promises"] = """{ clause(number: "3.2.3") { fulfilment { status rule { name description } explanation } budgetTotal timeline { dateText track steps { id kind } } promises { ordinal fulfilment { status rule { name } evidence { decision { id } dateText kind step rule { name } linked amounts { amount years } quotes { quote } } } budgetTotal(year: 2023) continuedBy { node { id } confidence sharedTerms } } } }""",
        ["the citation check and the report"] = """{ evaluationCitations(support: [WEAK, UNSUPPORTED]) { number decision { id } claim support overlap reason sentence { offset } } clause(number: "3.2.3") { report(format: MARKDOWN) } }""",
        ["a track"] = """{ node(id: "decision:000-12") { ... on Decision { next { next { next { kind } } } } } }""",
    };

    public static TheoryData<string> Names => [.. All.Keys];
}
