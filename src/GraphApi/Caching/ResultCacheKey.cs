using System.Security.Cryptography;
using System.Text;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.Exceptions;
using GraphQLParser.Visitors;
using Microsoft.Extensions.Caching.Memory;

namespace GraphApi.Caching;

/// <summary>
/// The cache key of a request: SHA-256 over the key format, the schema's and the graph's versions, the operation
/// name, the document as printed after parsing (so that spacing, commas and comments do not matter) and the
/// variables as canonical JSON. A new schema or a reloaded graph gives new keys, so nothing stale is ever served.
/// </summary>
internal sealed class ResultCacheKey(int maxVariablesBytes)
{
    private const string Format = "graphapi-result/1";

    // Printing the document costs as much as parsing it; a client repeats a few texts, so remember them.
    private readonly MemoryCache _printed = new(new MemoryCacheOptions { SizeLimit = 4_000_000 });

    /// <summary>The key, or null when the request is not one to cache: a document that does not parse, or variables over the limit.</summary>
    public string? Of(GraphQLRequest request, string schemaVersion, string graphVersion)
    {
        if (request.Query is not { } query || Printed(query) is not { } document)
            return null;
        var variables = CanonicalVariables.Of(request.Variables);
        if (variables.Length > maxVariablesBytes)
            return null;

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in new[] { Format, schemaVersion, graphVersion, request.OperationName ?? "", document })
            Append(hash, Encoding.UTF8.GetBytes(part));
        Append(hash, variables);
        return "result:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // Length-prefixed, so that no two different sets of parts hash the same bytes.
    private static void Append(IncrementalHash hash, byte[] part)
    {
        hash.AppendData(BitConverter.GetBytes(part.Length));
        hash.AppendData(part);
    }

    private string? Printed(string query)
    {
        if (_printed.TryGetValue(query, out string? printed))
            return printed;
        try
        {
            var document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.All });
            printed = new SDLPrinter().Print(document);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
        return _printed.Set(query, printed, new MemoryCacheEntryOptions { Size = query.Length + printed.Length });
    }
}
