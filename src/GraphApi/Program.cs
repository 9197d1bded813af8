using GraphApi.BananaCakePop;
using GraphApi.Caching;
using GraphApi.Commands;
using GraphApi.Corpus.Documents;
using GraphApi.Explore;
using GraphApi.Exports;
using GraphApi.Hosting;
using GraphApi.Http;
using GraphApi.Schema;
using GraphApi.Stores;

if (args.FirstOrDefault() is "ingest" or "export" or "schema" or "load" or "report")
{
    try
    {
        return args[0] switch
        {
            "ingest" => IngestCommand.Run(args[1..], Console.Out),
            "export" => ExportCommand.Run(args[1..], Console.Out),
            "load" => await LoadCommand.RunAsync(args[1..], Console.Out, Console.Error),
            "report" => await ReportCommand.RunAsync(args[1..], Console.Out),
            _ => SchemaCommand.Run(args[1..], Console.Out),
        };
    }
    catch (Exception e) when (e is CommandLineException or CorpusFormatException)
    {
        Console.Error.WriteLine("error: " + e.Message);
        return 2;
    }
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGraphStore(builder.Configuration).AddGraphApiSchema().AddGraphQLOverHttp(builder.Configuration).AddStoreCallReporting().AddHealthEndpoints().AddExports();
builder.Services.AddResultCaching(builder.Configuration);
builder.Services.AddApiCors(builder.Configuration);
var app = builder.Build();
// Built before the first request, so that a broken corpus or store stops start-up with its error.
app.Services.GetRequiredService<IGraphStore>();
app.UseCors();
app.MapBananaCakePop("/graphql");
app.MapGraphQLOverHttp("/graphql");
app.MapHealthEndpoints();
app.MapExports();
app.MapExplore();
app.MapCeilingEndpoint();
app.Run();
return 0;

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
