using GraphApi.Commands;
using GraphApi.Corpus.Documents;
using Spectre.Console;

var console = AnsiConsole.Console;
try
{
    return args.FirstOrDefault() switch
    {
        "ingest" => IngestCommand.Run(args[1..], console),
        "export" => ExportCommand.Run(args[1..], console),
        _ => Usage(console),
    };
}
catch (Exception e) when (e is CommandLineException or CorpusFormatException)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 2;
}

static int Usage(IAnsiConsole console)
{
    console.WriteLine("usage: GraphApi ingest [--seeds DIR]");
    console.WriteLine("       GraphApi export --format json --out FILE [--seeds DIR]");
    return 2;
}
