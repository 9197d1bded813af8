namespace GraphApi.Schema.Tests;

/// <summary>
/// The example queries of the README and the queries of the snapshot tests: each runs on the embedded store and,
/// when NEO4J_URI is set, on Neo4j too, and the Cypher statements it costs are pinned.
/// </summary>
public static class ExampleQueries
{
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        ["clause decisions via an agency"] = """{ clause(number: "3.2.3") { title decisions(viaAgency: "Digitaal Vlaanderen") { totalCount edges { basis confidence via { id } sources { documentId quote } node { id title date } } } } }""",
        ["decisions naming Athumi in 2021"] = """{ decisions(where: { agencies: { some: { name: { eq: "Athumi" } } }, date: { gte: "2021-01-01", lte: "2021-12-31" } }, order: [{ date: DESC }]) { totalCount nodes { id title date } } }""",
        ["budgets of agencies"] = """{ agencies(where: { budgets: { some: {} } }) { nodes { name budgetTotal y2023: budgetTotal(year: 2023) budgets { nodes { amount years sentence } } } } }""",
        ["search"] = """{ search(text: "burgerprofiel") { snippet highlights { start length } node { id } } }""",
        ["path"] = """{ path(from: "decision:000-23", to: "agency:athumi") { length nodes { id } relationships { type sources { quote } } } }""",
        ["a decision with its links"] = """{ node(id: "decision:000-05") { id ... on Decision { title kind date agencies { nodes { id } } budgets { nodes { amount parts { nodes { amount } } } } fulfils { basis target { id } } links(type: "INVOLVES") { node { id } sources { offset } } } } }""",
        ["budgets by year"] = """{ budgetsByYear { year total } }""",
        ["fulfilment of a clause and its promises"] = """{ clause(number: "3.2.3") { fulfilment { status rule { name description } explanation } budgetTotal timeline { dateText track steps { id kind } against { decision { id } promise { id } rule quote { quote } } } promises { nodes { ordinal fulfilment { status rule { name } evidence { decision { id } dateText kind step rule { name } linked stance stanceRule stanceQuote { quote } strength amounts { amount years } quotes { quote } } decidingEvidence { decision { id } } } budgetTotal(year: 2023) continuedBy { node { id } confidence sharedTerms } } } } }""",
        ["the citation check and the report"] = """{ evaluationCitations(support: [WEAK, UNSUPPORTED]) { number decision { id } claim support overlap reason sentence { offset } } clause(number: "3.2.3") { report(format: MARKDOWN) } }""",
        ["a track"] = """{ node(id: "decision:000-12") { ... on Decision { next { next { next { kind } } } } } }""",
        // The queries of the snapshot tests (QueryTests).
        ["clause 3.2.3 through digitaal vlaanderen with bases"] = """{ clause(number: "3.2.3") { number title decisions(viaAgency: "agentschap digitaal vlaanderen", first: 50) { totalCount edges { basis confidence via { id } node { id title date kind } } } } }""",
        ["a decision with its agencies budgets and evidence"] = """{ node(id: "decision:000-05") { id ... on Decision { title kind date themisUri agencies { nodes { id name } } budgets { nodes { amount years annual recipient { id } parts { nodes { amount } } partOf { id } } } fulfils { basis confidence target { id } sources { documentId offset quote } } sources { documentId offset quote } } } }""",
        ["decisions of digitaal vlaanderen in 2021 newest first"] = """{ decisions(where: { agencies: { some: { name: { eq: "Digitaal Vlaanderen" } } }, date: { gte: "2021-01-01", lte: "2021-12-31" } }, order: [{ date: DESC }], first: 5) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { id date } } }""",
        ["budget totals of an agency a building block and a programme"] = """{ agency: node(id: "agency:vlaamse-ict-organisatie") { ... on Agency { name total: budgetTotal y2021: budgetTotal(year: 2021) y2023: budgetTotal(year: 2023) } } kaleidos: node(id: "building-block:kaleidos") { ... on BuildingBlock { budgets { nodes { amount years } } } } vrd: programmes(where: { name: { eq: "Vlaanderen Radicaal Digitaal 2" } }) { nodes { name budgetTotal y2023: budgetTotal(year: 2023) } } budgetsByYear { year total } }""",
        ["search decisions with highlights"] = """{ search(text: "burgerprofiel", types: [DECISION], first: 3) { score property snippet highlights { start length } node { id } } }""",
        ["path from a decision to its clause"] = """{ path(from: "decision:000-23", to: "clause:3.2.3", maxHops: 3) { length nodes { id } relationships { type startId endId sources { quote } } } }""",
        ["a track and back"] = """{ node(id: "decision:000-12") { ... on Decision { kind next { kind next { kind next { kind previous { id } } } } } } }""",
        ["the second page of agencies by name after a cursor"] = """{ agencies(first: 25, after: "ZjQxYWNmNTg6MjQ=", order: [{ name: ASC }]) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id name } } }""",
        ["twenty agencies with their five newest decisions"] = """{ agencies(first: 20) { nodes { id decisions(first: 5, order: [{ date: DESC }]) { totalCount nodes { id date } } } } }""",
        ["the last decisions of an agency paging backwards"] = """{ node(id: "agency:digitaal-vlaanderen") { ... on Agency { decisions(last: 3, order: [{ date: ASC }], where: { date: { neq: null } }) { totalCount pageInfo { hasNextPage hasPreviousPage } edges { cursor node { id date } } } } } }""",
        ["agencies by how many decisions name them with the dates of those decisions"] = """{ agencies(first: 5, order: [{ decisionsCount: DESC }, { name: ASC }]) { nodes { name decisions(first: 2, order: [{ date: DESC }]) { totalCount aggregates { min { date } max { date } } nodes { id } } } } }""",
        ["nodes by id"] = """{ nodes(ids: ["agency:athumi", "clause:3.2.3"]) { id __typename } }""",
    };

    public static TheoryData<string> Names => [.. All.Keys];
}
