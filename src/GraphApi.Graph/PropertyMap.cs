using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace GraphApi.Graph;

/// <summary>
/// The properties of a built node or relationship: keys in ordinal order (so exports come out the same
/// every time) in two arrays, looked up by binary search. A graph of half a million nodes and
/// relationships holds one of these each; a sorted tree per item cost about five times the memory.
/// </summary>
public sealed class PropertyMap : IReadOnlyDictionary<string, object?>
{
    /// <summary>No properties: one instance for the hundreds of thousands of relationships that have none.</summary>
    public static PropertyMap Empty { get; } = new([], value => value);

    private readonly string[] _keys;
    private readonly object?[] _values;

    /// <summary>The properties, ordered by key; values pass through <paramref name="value"/> on the way in.</summary>
    public PropertyMap(IEnumerable<KeyValuePair<string, object?>> properties, Func<object?, object?> value)
    {
        var sorted = properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        _keys = new string[sorted.Length];
        _values = new object?[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i > 0 && _keys[i - 1] == sorted[i].Key) throw new ArgumentException($"Property '{sorted[i].Key}' is given twice.");
            (_keys[i], _values[i]) = (sorted[i].Key, value(sorted[i].Value));
        }
    }

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No property '{key}'.");

    public IEnumerable<string> Keys => _keys;

    public IEnumerable<object?> Values => _values;

    public int Count => _keys.Length;

    public bool ContainsKey(string key) => Array.BinarySearch(_keys, key, StringComparer.Ordinal) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = Array.BinarySearch(_keys, key, StringComparer.Ordinal);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++) yield return new(_keys[i], _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
