using System.Net.Http.Json;
using System.Text.Json;

namespace GraphApi.BrowserTests;

/// <summary>What the API answers about a clause's scorecard, asked directly, so that the tests do not pin the corpus.</summary>
public sealed record ScorecardFacts(IReadOnlyList<PromiseFacts> Promises, int BudgetYears)
{
    private const string Query = """
        query($number: String!) { clause(number: $number) {
          budgetsByYear { year }
          promises(first: 50) { nodes { ordinal fulfilment { status evidence { date decision { id } quotes { quote } } } } } } }
        """;

    public int DatedEvidence => Promises.Sum(p => p.Evidence.Count(e => e.Date is not null));

    public static async Task<ScorecardFacts> AskAsync(Uri origin, string number)
    {
        using var http = new HttpClient { BaseAddress = origin };
        using var response = await http.PostAsJsonAsync("/graphql", new { query = Query, variables = new { number } });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var clause = json.RootElement.GetProperty("data").GetProperty("clause");
        var promises = clause.GetProperty("promises").GetProperty("nodes").EnumerateArray().Select(p => new PromiseFacts(
            p.GetProperty("ordinal").GetInt32(),
            p.GetProperty("fulfilment").GetProperty("status").GetString()!,
            p.GetProperty("fulfilment").GetProperty("evidence").EnumerateArray().Select(e => new EvidenceFacts(
                e.GetProperty("decision").GetProperty("id").GetString()!,
                e.GetProperty("date").GetString(),
                e.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("quote").GetString()!).ToList())).ToList())).ToList();
        Assert.NotEmpty(promises);
        return new ScorecardFacts(promises, clause.GetProperty("budgetsByYear").GetArrayLength());
    }
}

public sealed record PromiseFacts(int Ordinal, string Status, IReadOnlyList<EvidenceFacts> Evidence);

public sealed record EvidenceFacts(string DecisionId, string? Date, IReadOnlyList<string> Quotes);
