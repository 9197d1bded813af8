using Microsoft.Extensions.FileProviders;

namespace GraphApi.Explore;

public static class ExploreApplicationExtensions
{
    /// <summary>
    /// The exploration page at /explore/: its own files and the graph library that GraphApi.csproj copies
    /// beside the assembly as explore/. The page talks to /graphql only, and its policy lets it talk to
    /// nothing else and run no inline script.
    /// </summary>
    public static WebApplication MapExplore(this WebApplication app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "explore");
        if (!File.Exists(Path.Combine(folder, "lib", "cytoscape.min.js")))
            throw new InvalidOperationException($"The explore page's files are missing from {folder}; building GraphApi (its npm ci step) puts them there.");
        var files = new PhysicalFileProvider(folder);
        // Redirects /explore to /explore/ and serves index.html there.
        app.UseDefaultFiles(new DefaultFilesOptions { RequestPath = "/explore", FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/explore",
            FileProvider = files,
            ContentTypeProvider = ContentTypes,
            // Inline styles only: the graph library sizes its canvas through style attributes.
            OnPrepareResponse = file => file.Context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'",
        });
        return app;
    }

    private static readonly Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider ContentTypes = new()
    {
        Mappings = { [".graphql"] = "text/plain; charset=utf-8" },
    };
}
