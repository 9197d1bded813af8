using GraphApi.Graph;
using GraphApi.Schema.Extensions;
using GraphApi.Schema.Types;

namespace GraphApi.Schema.Tests;

public class ClauseFulfilmentsTests
{
    // Dated and undated decisions, ties on the date broken by place in the source and then by id, in shuffled order.
    private static ClauseFulfilments Shuffled(int count, int seed)
    {
        var random = new Random(seed);
        var entries = Enumerable.Range(0, count).Select(i =>
        {
            var date = i % 7 == 0 ? null : $"20{20 + random.Next(5)}-0{1 + random.Next(9)}-1{random.Next(10)}";
            var decision = new Node($"decision:{random.Next(100000):D6}-{i}", ["Decision"], new Dictionary<string, object?> { ["date"] = date, ["sourceIndex"] = (long)random.Next(3) }, []);
            return (Fulfilment: new ClauseFulfilment(decision, []), Key: (date ?? "9999", (long)decision.Properties["sourceIndex"]!, decision.Id));
        }).ToArray();
        return new ClauseFulfilments(entries.Select(e => e.Fulfilment).ToArray(), entries.Select(e => e.Key).ToArray());
    }

    [Fact]
    public void Undated_decisions_come_last_and_ties_on_the_date_go_by_place_in_the_source_then_id()
    {
        var all = Shuffled(200, seed: 3).ToList();

        var keys = all.Select(f => (Date: f.Decision.Get<string>("date") ?? "9999", Source: f.Decision.Get<long>("sourceIndex"), f.Decision.Id)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Date, StringComparer.Ordinal).ThenBy(k => k.Source).ThenBy(k => k.Id, StringComparer.Ordinal), keys);
        Assert.Null(all[^1].Decision.Get<string>("date"));
    }
}
