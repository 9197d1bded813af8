namespace GraphApi.Graph;

/// <summary>
/// One instance per distinct string. A large corpus repeats the same names, quotes and stems tens of
/// thousands of times (every decision quotes "Vlaamse Regering"); keeping each once is most of what a
/// built graph can give back. Not thread-safe: a pool belongs to one build.
/// </summary>
public sealed class StringPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public StringPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(string value) => _strings.TryGetValue(value, out var pooled) ? pooled : Add(value);

    /// <summary>The pooled string with these characters, allocating only the first time they are seen.</summary>
    public string Get(ReadOnlySpan<char> value) => _bySpan.TryGetValue(value, out var pooled) ? pooled : Add(value.ToString());

    private string Add(string value)
    {
        _strings.Add(value);
        return value;
    }
}
