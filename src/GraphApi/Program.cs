using GraphApi.Commands;
using GraphApi.Corpus.Documents;

try
{
    return args.FirstOrDefault() switch
    {
        "ingest" => IngestCommand.Run(args[1..], Console.Out),
        "export" => ExportCommand.Run(args[1..], Console.Out),
        _ => Usage(),
    };
}
catch (Exception e) when (e is CommandLineException or CorpusFormatException)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 2;
}

static int Usage()
{
    Console.Error.WriteLine("usage: GraphApi ingest [--seeds DIR]");
    Console.Error.WriteLine("       GraphApi export --format json --out FILE [--seeds DIR]");
    return 2;
}
