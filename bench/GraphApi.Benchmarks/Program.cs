using System.Globalization;
using BenchmarkDotNet.Running;
using GraphApi.Benchmarks;

// dotnet run -c Release --project bench/GraphApi.Benchmarks -- --filter '*'   (or *Ingest*, *Query*)
// dotnet run -c Release --project bench/GraphApi.Benchmarks -- trace-summary API.nettrace FROM_S TO_S [TOP]
if (args.Length >= 4 && args[0] == "trace-summary")
{
    TraceSummary.Print(args[1], double.Parse(args[2], CultureInfo.InvariantCulture), double.Parse(args[3], CultureInfo.InvariantCulture),
        args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 40);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
