using GraphApi.BananaCakePop;
using GraphApi.Caching;
using GraphApi.Commands;
using GraphApi.Explore;
using GraphApi.Exports;
using GraphApi.Hosting;
using GraphApi.Http;
using GraphApi.Schema;
using GraphApi.Scorecard;
using GraphApi.Stores;
using GraphApi.Telemetry;

// Every command but serve runs here and exits; serving goes on below with the host's own arguments.
string[]? hostArguments = null;
var exitCode = await CommandLine.RunAsync(args, Console.Out, Console.Error, serve: host => hostArguments = host);
if (hostArguments is null)
    return exitCode;

var builder = WebApplication.CreateBuilder(hostArguments);
builder.Services.AddGraphStore(builder.Configuration).AddGraphApiSchema().AddGraphQLOverHttp(builder.Configuration).AddStoreCallReporting().AddHealthEndpoints().AddExports();
builder.Services.AddResultCaching(builder.Configuration);
builder.Services.AddTelemetry(builder.Configuration).AddClientRateLimiting(builder.Configuration).AddApiCors(builder.Configuration);
var app = builder.Build();
// Built before the first request, so that a broken corpus or store stops start-up with its error.
app.Services.GetRequiredService<IGraphStore>();
app.UseRequestLog();
// Before the rate limiter, so that preflights are answered and a 429 carries the CORS headers a browser needs to read it.
app.UseCors();
app.UseClientRateLimiting();
app.MapTelemetry();
app.MapBananaCakePop("/graphql");
app.MapGraphQLOverHttp("/graphql").RequireRateLimiting(ClientRateLimiting.Policy);
app.MapHealthEndpoints();
app.MapExports();
app.MapExplore();
app.MapScorecard();
app.MapCeilingEndpoint();
app.Run();
return 0;

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
