namespace GraphApi.Caching;

/// <summary>What the result cache did for one request; reported in the response's <c>extensions.cache</c>.</summary>
public enum CacheStatus
{
    /// <summary>The request was not one the cache keeps (an error, a mutation, variables too large): nothing to report.</summary>
    None,
    Hit,
    Miss,
    /// <summary>Redis could not be asked; the store answered. Counted so that an outage shows.</summary>
    Bypass,
}
