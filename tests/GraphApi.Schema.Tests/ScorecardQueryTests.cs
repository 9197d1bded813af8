using System.Text.Json;
using Snapshooter.Xunit;

namespace GraphApi.Schema.Tests;

/// <summary>Budget roll-ups, the timeline, continuity, the citation check and the report, on the real corpus.</summary>
public class ScorecardQueryTests
{
    private static async Task<JsonElement> Data(string query)
    {
        var run = await SchemaRunner.ExecuteAsync(query);
        Assert.False(run.Json.TryGetProperty("errors", out var errors), errors.ToString());
        return run.Json.GetProperty("data");
    }

    [Fact]
    public async Task The_budget_of_the_vrd_promise_counts_each_euro_once()
    {
        var promise = (await Data("""{ node(id: "promise:3.2.3-02") { ... on Promise { budgetTotal y2023: budgetTotal(year: 2023) y2024: budgetTotal(year: 2024) budgetsByYear { year total } } } }""")).GetProperty("node");

        // Decision 6: 111.000 (2022). Decision 5: the VRD total of 15.000.000 (2023), whose parts 5.000.000 +
        // 4.210.000 + 5.790.000 are not added again, and 111.000 (2023). Decision 3: 5.000.000 + 10.000.000 (2024).
        // Decision 4: 111.000 a year in 2021-2024 = 444.000. Order 49: 15.000.000 + 15.000.000 + 10.750.000 (2023).
        Assert.Equal(111_000m + 15_000_000m + 111_000m + 15_000_000m + 444_000m + 40_750_000m, promise.GetProperty("budgetTotal").GetDecimal());
        Assert.Equal(15_000_000m + 111_000m + 111_000m + 40_750_000m, promise.GetProperty("y2023").GetDecimal());
        Assert.Equal(15_000_000m + 111_000m, promise.GetProperty("y2024").GetDecimal());
        var byYear = promise.GetProperty("budgetsByYear").EnumerateArray().ToDictionary(y => y.GetProperty("year").ToString(), y => y.GetProperty("total").GetDecimal());
        Assert.Equal(111_000m, byYear["2021"]);
        Assert.Equal(222_000m, byYear["2022"]);
    }

    [Fact]
    public async Task A_clause_adds_each_budget_of_its_decisions_once_however_many_promises_share_them()
    {
        var data = await Data("""
            { clause(number: "3.2.3") { budgetTotal promises { nodes { budgetTotal } } }
              agencies(where: { id: { eq: "agency:vlaamse-ict-organisatie" } }) { nodes { budgetTotal } } }
            """);

        var clause = data.GetProperty("clause").GetProperty("budgetTotal").GetDecimal();
        var promises = data.GetProperty("clause").GetProperty("promises").GetProperty("nodes").EnumerateArray().Sum(p => p.GetProperty("budgetTotal").GetDecimal());
        // Decision 4's 444.000 fulfils promises 1 and 2: the promises' sum counts it twice, the clause once,
        // and the clause also has the decisions the evaluation cites for it alone.
        Assert.Equal(206_553_000m, clause);
        Assert.Equal(444_000m + 71_416_000m + 5_000_000m + 14_850_000m + 6_640_000m + 2_000_000m, promises);
    }

    [Fact]
    public async Task The_timeline_lists_tracks_as_one_line_and_undated_decisions_last()
    {
        var timeline = (await Data("""{ clause(number: "3.2.3") { timeline { date dateText track steps { id } } } }""")).GetProperty("clause").GetProperty("timeline").EnumerateArray().ToList();

        var decree = timeline.Single(e => e.GetProperty("track").GetString() == "track:decreet-tot-wijziging-van-het-decreet-van-18-juli-2008-betreffende-het-elektronische");
        Assert.Equal(["decision:000-12", "decision:000-18", "decision:000-15", "decision:000-11"], decree.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal("2022-12-23", decree.GetProperty("date").GetString());
        var dates = timeline.Select(e => e.GetProperty("dateText").GetString()!).ToList();
        var firstUnknown = dates.IndexOf("date unknown");
        Assert.True(firstUnknown > 0);
        Assert.All(dates.Skip(firstUnknown), d => Assert.Equal("date unknown", d));
        Assert.Equal(dates.Take(firstUnknown).Order(StringComparer.Ordinal), dates.Take(firstUnknown));
    }

    [Fact]
    public async Task The_timeline_marks_the_steps_that_go_against_a_promise_with_their_words_and_themis_link()
    {
        var timeline = (await Data("""{ clause(number: "3.2.3") { timeline { steps { id } against { decision { id } promise { id } rule quote { quote } themisUri } } } }"""))
            .GetProperty("clause").GetProperty("timeline").EnumerateArray().ToList();

        var against = timeline.SelectMany(e => e.GetProperty("against").EnumerateArray())
            .Where(a => a.GetProperty("promise").ValueKind != JsonValueKind.Null).ToList();
        Assert.Equal(["decision:000-16", "decision:000-21", "decision:000-22", "decision:000-23"],
            against.Select(a => a.GetProperty("decision").GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.All(against, a => Assert.Equal("promise:3.2.3-03", a.GetProperty("promise").GetProperty("id").GetString()));
        var staff = against.Single(a => a.GetProperty("decision").GetProperty("id").GetString() == "decision:000-23");
        Assert.Equal("overdracht van personeelsleden van het agentschap Facilitair Bedrijf naar het agentschap Digitaal Vlaanderen", staff.GetProperty("quote").GetProperty("quote").GetString());
        Assert.StartsWith("http://themis.vlaanderen.be/", staff.GetProperty("themisUri").GetString());
        // Each contradiction is on the line of its decision.
        Assert.All(timeline, e => Assert.All(e.GetProperty("against").EnumerateArray(),
            a => Assert.Contains(a.GetProperty("decision").GetProperty("id").GetString(), e.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("id").GetString()))));
    }

    [Fact]
    public async Task The_report_marks_the_steps_against_a_promise_in_its_section_with_their_words_and_themis_link()
    {
        var report = (await Data("""{ clause(number: "3.2.3") { report(format: MARKDOWN) } }""")).GetProperty("clause").GetProperty("report").GetString()!;

        var section = report[report.IndexOf("## Belofte 3:", StringComparison.Ordinal)..report.IndexOf("## Belofte 4:", StringComparison.Ordinal)];
        Assert.Contains("**Gebroken** (BROKEN, regel `brokenByFinalStep`)", section);
        Assert.Equal(4, section.Split("**Gaat in tegen de belofte**: “").Length - 1);
        Assert.Contains("**Gaat in tegen de belofte**: “overdracht van personeelsleden van het agentschap Facilitair Bedrijf naar het agentschap Digitaal Vlaanderen” ([Themis](http://themis.vlaanderen.be/", section);
        Assert.Contains("Van de 13 beloften van sectie 3.2.3 zijn er 6 nagekomen, 1 deels nagekomen, 1 gebroken en 5 zonder bewijs.", report);
    }

    [Fact]
    public async Task Every_marker_of_the_report_resolves_to_its_own_references_and_quoted_markers_are_renumbered()
    {
        var report = (await Data("""{ clause(number: "3.2.3") { report(format: MARKDOWN) } }""")).GetProperty("clause").GetProperty("report").GetString()!;

        var references = report[report.IndexOf("<summary> Referenties</summary>", StringComparison.Ordinal)..];
        var body = report[..report.IndexOf("<summary> Referenties</summary>", StringComparison.Ordinal)];
        var listed = System.Text.RegularExpressions.Regex.Matches(references, @"\*\*\[?\\\[(\d+)\\\]").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        var cited = System.Text.RegularExpressions.Regex.Matches(body, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();

        Assert.Equal(Enumerable.Range(0, listed.Count), listed);
        Assert.All(cited, n => Assert.InRange(n, 0, listed.Count - 1));
        // The evaluation's "zoals de media [25][40][43][53]" is quoted with the report's numbers for decisions 25, 40, 43 and 53.
        Assert.DoesNotContain("[25][40][43][53]", report);
        Assert.Matches(@"zoals de media (\[\d+\]){4} en de gezondheidszorg”", report);
    }

    [Fact]
    public async Task What_became_of_the_burgerprofiel_promise_is_answered_with_quotes_from_both_terms()
    {
        var continued = (await Data("""{ node(id: "promise:3.2.3-08") { ... on Promise { continuedBy { node { id } confidence sharedTerms sources { documentId quote } } } } }"""))
            .GetProperty("node").GetProperty("continuedBy").EnumerateArray().ToList();

        Assert.Contains(continued, c => c.GetProperty("node").GetProperty("id").GetString() == "indicator:digitalisering/aantal-transacties-op-3-types-generieke-bouwstenen");
        var confidences = continued.Select(c => c.GetProperty("confidence").GetDouble()).ToList();
        Assert.Equal(confidences.OrderDescending(), confidences);
        Assert.All(continued, c => Assert.Equal(["document:000", "document:002"], c.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("documentId").GetString())));
    }

    [Fact]
    public async Task The_citation_check_reports_each_unsupported_citation_with_its_reason()
    {
        var checks = (await Data("""{ evaluationCitations(support: [UNSUPPORTED]) { number decision { id } claim overlap reason sentence { quote } } }"""))
            .GetProperty("evaluationCitations").EnumerateArray().ToList();

        var bundling = checks.Single(c => c.GetProperty("number").GetInt32() == 42);
        Assert.Equal("het bundelen van ICT-diensten", bundling.GetProperty("claim").GetString());
        Assert.Equal(0, bundling.GetProperty("overlap").GetDouble());
        Assert.Equal("0 % of the claim's weight is in decision 42's text; found: nothing; missing: bundelen, diensten, ICT", bundling.GetProperty("reason").GetString());
        Assert.Contains("[41][42]", bundling.GetProperty("sentence").GetProperty("quote").GetString());
        // 43 cited for the media, 42 for bundling ICT services, 46 and 57 for a central data exchange: see CitationCheckerTests.
        Assert.Equal([43, 42, 46, 57], checks.Select(c => c.GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task Every_citation_of_the_evaluation_is_checked_once()
    {
        var checks = (await Data("{ evaluationCitations { number support } }")).GetProperty("evaluationCitations").EnumerateArray().ToList();

        // The evaluation in 000 has 38 markers, 35 decisions among them.
        Assert.Equal(38, checks.Count);
        Assert.Equal(35, checks.Select(c => c.GetProperty("number").GetInt32()).Distinct().Count());
    }

    [Fact]
    public async Task The_report_of_clause_323_is_pinned_as_a_snapshot()
    {
        var report = (await Data("""{ clause(number: "3.2.3") { report(format: MARKDOWN) } }""")).GetProperty("clause").GetProperty("report").GetString()!;

        Snapshot.Match(report);
        Assert.StartsWith("# Evaluatie van de uitvoering van het Vlaams Regeerakkoord 2019-2024: 3.2.3", report);
        Assert.Contains("**Zonder bewijs** (NO_EVIDENCE, regel `noEvidence`): geen enkele beslissing in het corpus voert deze belofte uit.", report);
        Assert.Contains("**(datum onbekend)**", report);
        Assert.Contains("<summary> Referenties</summary>", report);
    }

    [Fact]
    public async Task A_citation_of_a_decision_number_that_does_not_exist_is_reported_unsupported_with_that_reason()
    {
        using var seeds = new SeedsCopy();
        seeds.Edit("000_*.txt", text => text.Replace("Ook is er ingezet op cybersecurity [24]", "Ook is er ingezet op cybersecurity [77]"));

        var run = await SchemaRunner.ExecuteAsync(seeds.Services(), "{ evaluationCitations(support: [UNSUPPORTED]) { number decision { id } claim support overlap reason } }");

        var missing = run.Json.GetProperty("data").GetProperty("evaluationCitations").EnumerateArray().Single(c => c.GetProperty("number").GetInt32() == 77);
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("decision").ValueKind);
        Assert.Equal("Ook is er ingezet op cybersecurity", missing.GetProperty("claim").GetString());
        Assert.Equal("the evaluation cites [77], but the decisions it evaluates have no number 77", missing.GetProperty("reason").GetString());
    }
}
