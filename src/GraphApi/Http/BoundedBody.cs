namespace GraphApi.Http;

/// <summary>Reads a request body up to a limit, refusing a larger one with 413 as soon as it is known to be larger.</summary>
internal static class BoundedBody
{
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        // A declared length saves reading anything; a chunked body is counted as it arrives.
        if (request.ContentLength is { } length)
        {
            if (length > limit)
                throw TooLarge(limit);
            // Kestrel holds the client to its Content-Length, so the body is read straight into its own array.
            var exact = new byte[length];
            await request.Body.ReadExactlyAsync(exact, cancellationToken);
            return exact;
        }

        var body = new MemoryStream(capacity: 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > limit)
                throw TooLarge(limit);
            body.Write(chunk, 0, read);
        }
        return body.GetBuffer().AsMemory(0, (int)body.Length);
    }

    private static HttpRequestError TooLarge(long limit) => new(
        StatusCodes.Status413PayloadTooLarge,
        "REQUEST_TOO_LARGE",
        $"the request body is larger than the limit of {limit} bytes (GraphQL:MaxRequestBytes)");
}
