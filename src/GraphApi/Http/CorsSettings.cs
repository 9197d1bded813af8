namespace GraphApi.Http;

/// <summary>
/// Which browser origins may call the API. The API is public and read-only, so by default any origin may
/// send GET and POST, never with credentials (cookies or HTTP authentication); <c>Cors:AllowedOrigins</c>
/// (a list of origins such as <c>https://app.example.org</c>) narrows that to those origins.
/// </summary>
public static class CorsSettings
{
    public const string Section = "Cors:AllowedOrigins";

    /// <summary>Installs ASP.NET Core's CORS services with the API's default policy.</summary>
    public static IServiceCollection AddApiCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = AllowedOrigins(configuration);
        return services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (origins.Count == 0) policy.AllowAnyOrigin();
            else policy.WithOrigins([.. origins]);
            policy.WithMethods(HttpMethods.Get, HttpMethods.Post).AllowAnyHeader();
        }));
    }

    /// <summary>The configured origins; throws, naming the setting and value, for one that is not an absolute http(s) URL with nothing after the host and port.</summary>
    public static IReadOnlyList<string> AllowedOrigins(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var origins = new List<string>();
        // A single value (Cors__AllowedOrigins=https://a.example) and a list (Cors__AllowedOrigins__0=...) are both accepted.
        var children = section.GetChildren().ToList();
        var entries = children.Count == 0
            ? string.IsNullOrEmpty(section.Value) ? [] : [(Section, section.Value)]
            : children.Select(child => (child.Path, child.Value ?? ""));
        foreach (var (path, value) in entries)
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || uri.PathAndQuery != "/" || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
                throw new InvalidOperationException(
                    $"{path} '{value}' is not an origin: give an absolute URL with scheme and host and nothing after it, e.g. https://app.example.org");
            origins.Add(uri.GetLeftPart(UriPartial.Authority));
        }
        return origins;
    }
}
