namespace GraphApi.Bench.Generator;

/// <summary>Seeded random choices. Names are drawn Zipf-like: a few agencies appear in many decisions, most in few, as in the real archive.</summary>
public sealed class Draw(int seed)
{
    private readonly Random _random = new(seed);

    public int Between(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T One<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Item i with weight 1/(i+1): the first items of a list are the common ones.</summary>
    public T Zipf<T>(IReadOnlyList<T> items)
    {
        var total = 0.0;
        for (var i = 0; i < items.Count; i++) total += 1.0 / (i + 1);
        var target = _random.NextDouble() * total;
        for (var i = 0; i < items.Count; i++)
        {
            target -= 1.0 / (i + 1);
            if (target <= 0) return items[i];
        }
        return items[^1];
    }

    public string Hex(int length) => string.Concat(Enumerable.Range(0, length).Select(_ => "0123456789ABCDEF"[_random.Next(16)]));

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
