using System.Text.Json;

namespace GraphApi.Caching;

/// <summary>
/// The allow-list of documents, read from a JSON file that maps each document's SHA-256 (lowercase hex, optionally
/// prefixed <c>sha256:</c>) to its text, as client build tools write it. A hash that does not match its document
/// stops start-up with the file and the hash.
/// </summary>
internal sealed class TrustedDocuments
{
    private readonly Dictionary<string, string> _byHash;

    private TrustedDocuments(Dictionary<string, string> byHash) => _byHash = byHash;

    public int Count => _byHash.Count;

    public string? Find(string hash) => _byHash.GetValueOrDefault(hash);

    public bool Contains(string hash) => _byHash.ContainsKey(hash);

    public static TrustedDocuments Load(string path)
    {
        if (!File.Exists(path))
            throw new InvalidOperationException($"Cache:TrustedDocumentsFile '{path}' does not exist");
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{path}: not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                throw new InvalidOperationException($"{path}: expected an object mapping SHA-256 hashes to documents");
            var byHash = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in json.RootElement.EnumerateObject())
            {
                var hash = entry.Name.StartsWith("sha256:", StringComparison.Ordinal) ? entry.Name["sha256:".Length..] : entry.Name;
                if (entry.Value.ValueKind != JsonValueKind.String)
                    throw new InvalidOperationException($"{path}: the document of '{entry.Name}' must be a string");
                var document = entry.Value.GetString()!;
                if (PersistedQueries.HashOf(document) != hash)
                    throw new InvalidOperationException($"{path}: '{entry.Name}' is not the SHA-256 of its document (that is {PersistedQueries.HashOf(document)})");
                byHash[hash] = document;
            }
            return new TrustedDocuments(byHash);
        }
    }
}
