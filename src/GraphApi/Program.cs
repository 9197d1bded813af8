using GraphApi.Commands;
using GraphApi.Corpus.Documents;
using GraphApi.Http;

if (args.FirstOrDefault() is "ingest" or "export")
{
    try
    {
        return args[0] switch
        {
            "ingest" => IngestCommand.Run(args[1..], Console.Out),
            _ => ExportCommand.Run(args[1..], Console.Out),
        };
    }
    catch (Exception e) when (e is CommandLineException or CorpusFormatException)
    {
        Console.Error.WriteLine("error: " + e.Message);
        return 2;
    }
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGraphQLOverHttp(builder.Configuration);
var app = builder.Build();
app.MapGraphQLOverHttp("/graphql");
app.Run();
return 0;

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
