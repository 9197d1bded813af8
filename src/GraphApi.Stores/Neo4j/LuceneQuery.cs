using System.Text;

namespace GraphApi.Stores.Neo4j;

/// <summary>
/// The text handed to db.index.fulltext.queryNodes, which parses it as Lucene query syntax. The
/// embedded store never parses queries: it looks for any of the words. To match, the words are
/// lower-cased (so AND, OR, NOT and TO are words, not operators) and every character Lucene's
/// parser treats specially is escaped with a backslash, so that quotes, wildcards, colons,
/// brackets and backslashes are literal text.
/// </summary>
public static class LuceneQuery
{
    private const string Special = "\\+-!():^[]\"{}~*?|&/";

    public static string Words(IEnumerable<string> words)
    {
        var text = new StringBuilder();
        foreach (var word in words)
        {
            if (text.Length > 0) text.Append(' ');
            foreach (var c in word.ToLowerInvariant())
            {
                if (Special.Contains(c)) text.Append('\\');
                text.Append(c);
            }
        }
        return text.ToString();
    }
}
