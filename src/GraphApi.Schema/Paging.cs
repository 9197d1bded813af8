using System.Text;
using GraphApi.Graph;
using GraphApi.Stores;
using GraphQL;

namespace GraphApi.Schema;

/// <summary>Paging of lists the schema assembles itself, with the same cursor rules as the stores' pages.</summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static int First(int? first) => first switch
    {
        null => DefaultPageSize,
        < 0 or > MaxPageSize => throw new ExecutionError($"first: {first} is out of range; give 0 to {MaxPageSize}"),
        _ => first.Value,
    };

    public static (IReadOnlyList<T> Items, NodePage Page) Page<T>(IReadOnlyList<T> all, Func<T, Node> node, int first, string? after)
    {
        var start = after is null ? 0 : Position(after) + 1;
        var items = all.Skip(start).Take(first).ToList();
        var cursors = Enumerable.Range(start, items.Count).Select(Cursor).ToList();
        return (items, new NodePage(items.Select(node).ToList(), cursors, all.Count, start + items.Count < all.Count, start > 0));
    }

    private static string Cursor(int position) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"item:{position}"));

    private static int Position(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("item:", StringComparison.Ordinal) && int.TryParse(text[5..], out var position) && position >= 0) return position;
        }
        catch (FormatException)
        {
        }
        throw new ExecutionError($"after: cursor '{cursor}' is not valid");
    }
}
