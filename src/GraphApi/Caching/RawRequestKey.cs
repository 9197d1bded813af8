namespace GraphApi.Caching;

/// <summary>
/// The key of the result cache's first lookup: a request exactly as it arrived (the bytes of a POST body, or the
/// query string of a GET), with the versions of the schema and the graph that answered it. Two keys are equal only
/// when every byte is: the hash only picks the bucket, so a collision can never serve another request's answer.
/// The persisted-query and trusted-document mode is fixed for the process, as this level is, so it is no part of it.
/// </summary>
internal sealed class RawRequestKey : IEquatable<RawRequestKey>
{
    private readonly bool _get;
    private readonly string _schemaVersion;
    private readonly string _graphVersion;
    private readonly ReadOnlyMemory<byte> _request;
    private readonly int _hash;

    public RawRequestKey(bool get, string schemaVersion, string graphVersion, ReadOnlyMemory<byte> request)
    {
        (_get, _schemaVersion, _graphVersion, _request) = (get, schemaVersion, graphVersion, request);
        var hash = new HashCode();
        hash.Add(get);
        hash.Add(schemaVersion);
        hash.Add(graphVersion);
        hash.AddBytes(request.Span);
        _hash = hash.ToHashCode();
    }

    public int Length => _request.Length;

    /// <summary>The same key over a copy of its bytes, to be kept after the request's buffer is gone.</summary>
    public RawRequestKey Owned() => new(_get, _schemaVersion, _graphVersion, _request.ToArray());

    public bool Equals(RawRequestKey? other) =>
        other is not null && _hash == other._hash && _get == other._get
        && string.Equals(_schemaVersion, other._schemaVersion, StringComparison.Ordinal)
        && string.Equals(_graphVersion, other._graphVersion, StringComparison.Ordinal)
        && _request.Span.SequenceEqual(other._request.Span);

    public override bool Equals(object? obj) => Equals(obj as RawRequestKey);

    public override int GetHashCode() => _hash;
}
