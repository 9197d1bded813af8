namespace GraphApi.BananaCakePop;

public static class BananaCakePopApplicationExtensions
{
    /// <summary>
    /// Serves the IDE from <paramref name="endpoint"/>/ and sends a browser that opens <paramref name="endpoint"/>
    /// itself there, so the page's relative asset URLs resolve inside the IDE's folder. Everything else at
    /// <paramref name="endpoint"/> (POST, GET with a query) passes on to the GraphQL endpoint.
    /// </summary>
    public static WebApplication MapBananaCakePop(this WebApplication app, PathString endpoint)
    {
        var files = IdeFiles.Provider();
        var folder = endpoint.Add("/");
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (BrowserNavigation.IsOpening(request, endpoint))
            {
                context.Response.Redirect(request.PathBase + folder);
                return Task.CompletedTask;
            }
            // The folder's address shows the IDE's page. Not UseDefaultFiles: it would also serve the page for
            // the endpoint's own address (no trailing slash), which belongs to GraphQL clients.
            if (request.Path == folder && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
                request.Path = endpoint.Add("/index.html");
            return next(context);
        });

        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = endpoint,
            FileProvider = files,
            OnPrepareResponse = file => file.Context.Response.Headers.ContentSecurityPolicy = IdeContentSecurityPolicy.Value,
        });

        app.MapGet($"{endpoint}/{BananaCakePopConfig.FileName}", (HttpRequest request) => BananaCakePopConfig.For(request, endpoint))
            .ExcludeFromDescription();
        return app;
    }
}
