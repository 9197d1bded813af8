using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace GraphApi.Scorecard;

public static class ScorecardApplicationExtensions
{
    /// <summary>
    /// No inline script, no eval (the charts run Vega's expression interpreter) and no inline style sheets: the page
    /// talks to this API only.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'self'";

    /// <summary>
    /// The promise tracker: /scorecard (the clauses) and /scorecard/{clause} (one clause's scorecard) are the same
    /// page, which reads the address; its files and the chart bundle that GraphApi.csproj builds beside the assembly
    /// as scorecard/ are served under /scorecard/assets/, a path no clause number can take.
    /// </summary>
    public static WebApplication MapScorecard(this WebApplication app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "scorecard");
        if (!File.Exists(Path.Combine(folder, "lib", "charts.js")))
            throw new InvalidOperationException($"The scorecard page's files are missing from {folder}; building GraphApi (its npm ci and npm run build steps) puts them there.");
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = "/scorecard/assets",
            FileProvider = new PhysicalFileProvider(folder),
            OnPrepareResponse = file => file.Context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy,
        });
        var page = Path.Combine(folder, "index.html");
        IResult Page(HttpContext context)
        {
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return Results.File(page, "text/html; charset=utf-8");
        }
        app.MapGet("/scorecard", Page);
        app.MapGet("/scorecard/{clause}", (string clause, HttpContext context) => Page(context));
        return app;
    }
}
