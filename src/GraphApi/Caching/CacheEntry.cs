using System.Buffers.Binary;
using System.Security.Cryptography;

namespace GraphApi.Caching;

/// <summary>
/// How a cached response is stored in Redis: a magic tag with the format version, the length of the response and
/// the first 16 bytes of its SHA-256, then the response. Whatever else is found under a key (garbage written by
/// something else, a cut-off value, an older format) fails <see cref="TryRead"/> and is treated as a miss.
/// </summary>
internal static class CacheEntry
{
    private static ReadOnlySpan<byte> Magic => "GQLR\u0001"u8;

    private const int HashBytes = 16;
    private static readonly int HeaderBytes = Magic.Length + sizeof(int) + HashBytes;

    public static byte[] Write(ReadOnlySpan<byte> response)
    {
        var entry = new byte[HeaderBytes + response.Length];
        var span = entry.AsSpan();
        Magic.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[Magic.Length..], response.Length);
        SHA256.HashData(response)[..HashBytes].CopyTo(span[(Magic.Length + sizeof(int))..]);
        response.CopyTo(span[HeaderBytes..]);
        return entry;
    }

    public static byte[]? TryRead(byte[] entry)
    {
        var span = entry.AsSpan();
        if (span.Length < HeaderBytes || !span.StartsWith(Magic))
            return null;
        var length = BinaryPrimitives.ReadInt32LittleEndian(span[Magic.Length..]);
        var response = span[HeaderBytes..];
        if (length != response.Length || !SHA256.HashData(response).AsSpan(0, HashBytes).SequenceEqual(span.Slice(Magic.Length + sizeof(int), HashBytes)))
            return null;
        return response.ToArray();
    }
}
