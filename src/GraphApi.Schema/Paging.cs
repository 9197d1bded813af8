using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GraphApi.Graph;
using GraphApi.Stores;
using GraphQL;
using StoreCursor = GraphApi.Stores.Embedded.Cursor;

namespace GraphApi.Schema;

/// <summary>
/// Relay paging arguments (first / after / last / before) read into a store <see cref="Window"/>, and the
/// cursors a client sees. A cursor names its position and the connection and order it belongs to (as a
/// short hash), so one handed to another connection, or to the same one sorted otherwise, is refused
/// instead of silently pointing elsewhere.
/// </summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>The page size: <see cref="DefaultPageSize"/> when left out, else 0 to <see cref="MaxPageSize"/>.</summary>
    public static int First(int? first, string argument = "first") => first switch
    {
        null => DefaultPageSize,
        < 0 or > MaxPageSize => throw ArgumentErrors.OutOfRange(argument, first.Value, $"give 0 to {MaxPageSize}"),
        _ => first.Value,
    };

    /// <summary>The window the paging arguments of a connection field ask for.</summary>
    /// <param name="connection">What the cursors belong to: the connection and its order, e.g. <c>Agency.decisions date DESC</c>.</param>
    public static Window Read(IResolveFieldContext context, string connection)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
            throw ArgumentErrors.Invalid("first", $"first: {first} and last: {last} were both given; page forward with first (and after) or backward with last (and before)");
        var after = Position(context.GetArgument<string?>("after"), "after", connection);
        var before = Position(context.GetArgument<string?>("before"), "before", connection);
        return new Window(First(first), after, last is null ? null : First(last, "last"), before);
    }

    /// <summary>
    /// The page with the cursors clients see in place of the store's, each worked out when it is read: most queries
    /// ask for nodes, not cursors.
    /// </summary>
    public static NodePage Public(NodePage page, string connection) =>
        page with { Cursors = new PublicCursors(Tag(connection), page.Cursors) };

    /// <summary>A page of a list the schema assembles itself, with cursors of <paramref name="connection"/>: <paramref name="count"/> items, of which <paramref name="firstInOrder"/>(n) gives the first n in order, so that only those need sorting.</summary>
    public static (IReadOnlyList<T> Items, NodePage Page) Page<T>(int count, Func<int, IReadOnlyList<T>> firstInOrder, Func<T, Node> node, int first, string? after, string connection = "list")
    {
        var window = new Window(first, Position(after, "after", connection));
        var (from, to) = window.Slice(count);
        var items = firstInOrder(to).Skip(from).ToList();
        return (items, Public(window.Page(items.Select(node).ToList(), count, from), connection));
    }

    // The store cursor for a client's cursor of this connection.
    private static string? Position(string? cursor, string argument, string connection)
    {
        if (cursor is null) return null;
        var bytes = new byte[cursor.Length];
        if (Convert.TryFromBase64String(cursor, bytes, out var length))
        {
            var text = Encoding.UTF8.GetString(bytes, 0, length);
            var colon = text.LastIndexOf(':');
            if (colon > 0 && int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            {
                if (text[..colon] != Tag(connection))
                    throw ArgumentErrors.Cursor(argument, cursor, "it belongs to another connection or another order; use a cursor this field returned with the same order");
                return StoreCursor.Encode(position);
            }
        }
        throw ArgumentErrors.Cursor(argument, cursor, "it is not a cursor of this API");
    }

    private static string Encode(string tag, int position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{tag}:{position.ToString(CultureInfo.InvariantCulture)}"));

    // A connection's tag is the same every time; the connections and orders a schema has are few, but since an order
    // is the client's choice, the tags kept are bounded.
    private static readonly ConcurrentDictionary<string, string> Tags = new(StringComparer.Ordinal);
    private const int TagsKept = 4096;

    private static string Tag(string connection)
    {
        if (Tags.TryGetValue(connection, out var tag)) return tag;
        tag = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(connection)))[..8];
        if (Tags.Count < TagsKept) Tags.TryAdd(connection, tag);
        return tag;
    }

    private sealed class PublicCursors(string tag, IReadOnlyList<string> store) : IReadOnlyList<string>
    {
        public string this[int index] => Encode(tag, StoreCursor.Decode(store[index]));

        public int Count => store.Count;

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < store.Count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
