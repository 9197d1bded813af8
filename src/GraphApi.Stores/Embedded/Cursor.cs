using System.Globalization;
using System.Text;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// Page cursors: base64 of "cursor:" and the position of the node in the ordered result. The graph
/// is immutable while a store serves it, so a position stays meaningful between calls.
/// </summary>
public static class Cursor
{
    private const string Prefix = "cursor:";

    public static string Encode(int position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position a cursor of ours stands for.</summary>
    /// <exception cref="ArgumentException">The text is not a cursor this class made.</exception>
    public static int Decode(string cursor)
    {
        var bytes = new byte[cursor.Length];
        if (Convert.TryFromBase64String(cursor, bytes, out var length))
        {
            var text = Encoding.UTF8.GetString(bytes, 0, length);
            // The round trip rejects look-alikes such as leading zeros or a sign.
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                && Encode(position) == cursor)
                return position;
        }
        throw new ArgumentException($"cursor '{cursor}' is not valid", nameof(cursor));
    }
}
