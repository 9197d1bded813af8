using System.Text.Json;

namespace GraphApi.Schema.Tests;

/// <summary>The status of every promise of clause 3.2.3, the rule that decided it and its evidence, each expected value justified.</summary>
public class FulfilmentTests
{
    private static readonly Lazy<Task<JsonElement>> Clause = new(async () =>
    {
        var run = await SchemaRunner.ExecuteAsync("""
            { clause(number: "3.2.3") { fulfilment { status rule { name } explanation evidence { decision { id } } }
                promises { nodes { ordinal fulfilment { status rule { name } explanation decidingEvidence { decision { id } }
                  evidence { decision { id } date dateText kind step rule { name } linked amounts { id } quotes { documentId quote }
                    stance stanceRule stanceQuote { documentId offset quote } stanceReason strength } } } } } }
            """);
        Assert.False(run.Json.TryGetProperty("errors", out var errors), errors.ToString());
        return run.Json.GetProperty("data").GetProperty("clause");
    });

    private static async Task<JsonElement> Promise(int ordinal) =>
        (await Clause.Value).GetProperty("promises").GetProperty("nodes").EnumerateArray().Single(p => p.GetProperty("ordinal").GetInt32() == ordinal).GetProperty("fulfilment");

    private static string Steps(JsonElement fulfilment) => string.Join(" ", fulfilment.GetProperty("evidence").EnumerateArray()
        .Select(e => $"{e.GetProperty("decision").GetProperty("id").GetString()![^2..]}:{e.GetProperty("rule").GetProperty("name").GetString()}"));

    // Ordinal, status, rule, and the evidence as "decision:stepRule", oldest first, undated last.
    public static TheoryData<int, string, string, string, string> Expected => new()
    {
        { 1, "KEPT", "finalStep", "00:approved 01:approved 04:approved 08:approved",
            "the VRD 2 programme years 2021 (0) and 2022 (1), the VRD 1 exploitation budgets (4) and the digital service strategy (8) are approvals: 'zet verder radicaal in op digitalisering'" },
        { 2, "KEPT", "finalStep", "07:approved 00:approved 01:approved 06:approved 02:approved 05:approved 03:approved 04:approved 49:orderAdopted",
            "every programme year and exploitation budget of VRD 2 is approved (0-7), and order 49 ('Ontwerpbesluit ... herverdeling') moves VRD credits: the 'tweede editie' was carried out" },
        { 3, "BROKEN", "brokenByFinalStep", "41:approvedInPrinciple 16:preliminaryDraft 22:preliminaryDraft 21:orderAdopted 23:orderAdopted",
            "the orders 21 and 23 ('Ontwerpbesluit', after the Raad van State) move ICT tasks and staff from the Facilitair Bedrijf to Informatie / Digitaal Vlaanderen, against the promised ICT-regierol; only the framework contracts (41), approved in principle, point the promised way" },
        { 4, "KEPT", "finalStep", "51:approved",
            "the curated link to 'Zelfbeheerde identiteit' (51), approved: 'burgers zelf controle hebben over data'" },
        { 5, "PARTLY", "onlyIndirectSupport", "28:approved",
            "the data integration services for smart mobility (28) are approved, but they share mobility providers' data: they touch opening data up, not the government opening its data 'maximaal en via API's'" },
        { 6, "NO_EVIDENCE", "noEvidence", "", "no decision leaves app development to the private market" },
        { 7, "NO_EVIDENCE", "noEvidence", "", "no decision applies the reciprocity principle to private data" },
        { 8, "KEPT", "finalStep", "26:approved 58:approved",
            "the Digitaal Verenigingsloket (26) and the further build-out of Mijn Burgerprofiel (58) are approved; both are undated in the corpus" },
        { 9, "KEPT", "finalStep", "46:approved 12:preliminaryDraft 18:preliminaryDraft 15:decreeDrafted 11:ratified 13:approved",
            "the MAGDA project VV58 (46) is approved and the decree on the Vlaamse dienstenintegrator runs from voorontwerp (12, 18) and ontwerp (15) to bekrachtiging (11)" },
        { 10, "KEPT", "finalStep", "56:approved", "'Aanbod Lokaal Digitaal' (56, curated) is approved for the local governments" },
        { 11, "NO_EVIDENCE", "noEvidence", "", "no decision is linked to lower administrative burdens across government levels" },
        { 12, "NO_EVIDENCE", "noEvidence", "", "no decision is linked to shrinking the government" },
        { 13, "NO_EVIDENCE", "noEvidence", "", "no decision makes the correspondence with local governments digital" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task Each_promise_of_clause_323_has_its_status_rule_and_evidence(int ordinal, string status, string rule, string steps, string why)
    {
        var fulfilment = await Promise(ordinal);

        Assert.True(status == fulfilment.GetProperty("status").GetString(), why);
        Assert.Equal(rule, fulfilment.GetProperty("rule").GetProperty("name").GetString());
        Assert.Equal(steps, Steps(fulfilment));
    }

    [Fact]
    public async Task The_clause_is_partly_kept_because_its_promises_differ()
    {
        var fulfilment = (await Clause.Value).GetProperty("fulfilment");

        Assert.Equal("PARTLY", fulfilment.GetProperty("status").GetString());
        Assert.Equal("promisesDiffer", fulfilment.GetProperty("rule").GetProperty("name").GetString());
        Assert.Equal("of its 13 promises, 6 kept, 1 partly kept, 1 broken, 5 without evidence", fulfilment.GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task The_holding_promise_is_broken_by_the_orders_that_move_ict_away_from_the_facilitair_bedrijf()
    {
        var fulfilment = await Promise(3);

        var evidence = fulfilment.GetProperty("evidence").EnumerateArray().ToDictionary(e => e.GetProperty("decision").GetProperty("id").GetString()![^2..]);
        Assert.Equal(["16", "21", "22", "23"], evidence.Where(e => e.Value.GetProperty("stance").GetString() == "CONTRADICTS").Select(e => e.Key).Order());
        Assert.Equal(["41"], evidence.Where(e => e.Value.GetProperty("stance").GetString() == "SUPPORTS").Select(e => e.Key));
        Assert.All(new[] { "16", "21", "22" }, d => Assert.Equal("overgedragen van het Facilitair Bedrijf naar het agentschap Informatie Vlaanderen", evidence[d].GetProperty("stanceQuote").GetProperty("quote").GetString()));
        Assert.Equal("overdracht van personeelsleden van het agentschap Facilitair Bedrijf naar het agentschap Digitaal Vlaanderen", evidence["23"].GetProperty("stanceQuote").GetProperty("quote").GetString());
        Assert.All(new[] { "16", "21", "22", "23" }, d => Assert.Equal("transferAway", evidence[d].GetProperty("stanceRule").GetString()));
        Assert.Equal("curated", evidence["41"].GetProperty("stanceRule").GetString());
        Assert.Contains("ICT-regieorganisatie", evidence["41"].GetProperty("stanceQuote").GetProperty("quote").GetString());
        Assert.StartsWith("the only decision that moves ICT towards the Facilitair Bedrijf", evidence["41"].GetProperty("stanceReason").GetString());
        Assert.Equal(["decision:000-21", "decision:000-23"], fulfilment.GetProperty("decidingEvidence").EnumerateArray().Select(e => e.GetProperty("decision").GetProperty("id").GetString()));
        Assert.Equal("final steps against it: decision:000-21 (orderAdopted, 2021-05-07), decision:000-23 (orderAdopted, 2021-05-07); no later final step supports it",
            fulfilment.GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task Every_promise_whose_only_support_is_indirect_is_not_kept()
    {
        var promises = (await Clause.Value).GetProperty("promises").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("fulfilment")).ToList();

        var onlyIndirect = promises.Where(f =>
        {
            var support = f.GetProperty("evidence").EnumerateArray().Where(e => e.GetProperty("stance").GetString() == "SUPPORTS").ToList();
            return support.Count > 0 && support.All(e => e.GetProperty("strength").GetString() == "INDIRECT");
        }).ToList();

        Assert.NotEmpty(onlyIndirect);
        Assert.All(onlyIndirect, f => Assert.NotEqual("KEPT", f.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task A_kept_promise_is_decided_by_its_direct_final_steps_only()
    {
        var fulfilment = await Promise(1);

        // Decision 0 says 'het verder zetten van het programma Vlaanderen Radicaal Digitaal'; 1, 4 and 8 touch the subject only.
        Assert.Equal(["decision:000-00"], fulfilment.GetProperty("decidingEvidence").EnumerateArray().Select(e => e.GetProperty("decision").GetProperty("id").GetString()));
        Assert.Equal(["DIRECT", "INDIRECT", "INDIRECT", "INDIRECT"], fulfilment.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("strength").GetString()));
    }

    [Fact]
    public async Task A_promise_without_evidence_is_reported_as_such_and_not_padded()
    {
        var fulfilment = await Promise(13);

        Assert.Empty(fulfilment.GetProperty("evidence").EnumerateArray());
        Assert.Equal("no decision in the corpus fulfils it", fulfilment.GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task Evidence_carries_the_date_kind_amounts_and_the_quote_that_links_it()
    {
        var evidence = (await Promise(8)).GetProperty("evidence").EnumerateArray().Single(e => e.GetProperty("decision").GetProperty("id").GetString() == "decision:000-58");

        Assert.Equal(JsonValueKind.Null, evidence.GetProperty("date").ValueKind);
        Assert.Equal("date unknown", evidence.GetProperty("dateText").GetString());
        Assert.Equal("approval", evidence.GetProperty("kind").GetString());
        Assert.Equal("FINAL", evidence.GetProperty("step").GetString());
        Assert.True(evidence.GetProperty("linked").GetBoolean());
        Assert.Equal(2, evidence.GetProperty("amounts").GetArrayLength());
        Assert.Contains(evidence.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("quote").GetString()!.Contains("Mijn Burgerprofiel"));
    }

    [Fact]
    public async Task The_final_steps_are_named_in_the_explanation()
    {
        Assert.Equal("final steps: decision:000-46 (approved, 2021-05-07), decision:000-11 (ratified, 2023-06-23), decision:000-13 (approved, date unknown)",
            (await Promise(9)).GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task A_promise_fulfilled_only_by_early_steps_of_a_track_that_was_later_ratified_is_kept_through_its_track()
    {
        using var seeds = new SeedsCopy();
        // An editor rejects every decision of promise 9 but the voorontwerpen (12, 18) and the ontwerpdecreet (15).
        seeds.Edit("curated.yaml", text => text + string.Concat(new[] { "11", "13", "46" }.Select(d =>
            $"\n- decision: decision:000-{d}\n  promise: promise:3.2.3-09\n  action: reject\n  note: test\n")));

        var run = await SchemaRunner.ExecuteAsync(seeds.Services(), """
            { node(id: "promise:3.2.3-09") { ... on Promise { fulfilment { status rule { name } explanation evidence { decision { id } step linked } } } } }
            """);

        var fulfilment = run.Json.GetProperty("data").GetProperty("node").GetProperty("fulfilment");
        Assert.Equal("KEPT", fulfilment.GetProperty("status").GetString());
        Assert.Equal("trackCompleted", fulfilment.GetProperty("rule").GetProperty("name").GetString());
        var evidence = fulfilment.GetProperty("evidence").EnumerateArray().Select(e => (e.GetProperty("decision").GetProperty("id").GetString(), e.GetProperty("step").GetString(), e.GetProperty("linked").GetBoolean())).ToList();
        Assert.Equal([("decision:000-12", "PREPARATORY", true), ("decision:000-18", "PREPARATORY", true), ("decision:000-15", "PREPARATORY", true), ("decision:000-11", "FINAL", false)], evidence);
    }

    [Fact]
    public async Task A_promise_fulfilled_only_by_preparatory_steps_is_in_progress()
    {
        using var seeds = new SeedsCopy();
        // An editor rejects the reorganisation orders (16, 21, 22, 23) for promise 3: the framework contracts (41),
        // approved in principle only and on no track, are left.
        seeds.Edit("curated.yaml", text => text + string.Concat(new[] { "16", "21", "22", "23" }.Select(d =>
            $"\n- decision: decision:000-{d}\n  promise: promise:3.2.3-03\n  action: reject\n  note: test\n")));

        var run = await SchemaRunner.ExecuteAsync(seeds.Services(), """
            { node(id: "promise:3.2.3-03") { ... on Promise { fulfilment { status rule { name } explanation } } } }
            """);

        var fulfilment = run.Json.GetProperty("data").GetProperty("node").GetProperty("fulfilment");
        Assert.Equal("IN_PROGRESS", fulfilment.GetProperty("status").GetString());
        Assert.Equal("onlyPreparatory", fulfilment.GetProperty("rule").GetProperty("name").GetString());
        Assert.Equal("only preparatory steps: decision:000-41 (approvedInPrinciple, 2019-12-13)", fulfilment.GetProperty("explanation").GetString());
    }
}
