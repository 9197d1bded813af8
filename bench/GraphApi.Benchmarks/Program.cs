using System.Globalization;
using BenchmarkDotNet.Running;
using GraphApi.Benchmarks;

// dotnet run -c Release --project bench/GraphApi.Benchmarks -- --filter '*'   (or *Ingest*, *Query*)
// dotnet run -c Release --project bench/GraphApi.Benchmarks -- trace-summary API.nettrace NAME:FROM_S:TO_S ...
if (args.Length >= 3 && args[0] == "trace-summary")
{
    TraceSummary.Print(args[1], args[2..], int.Parse(Environment.GetEnvironmentVariable("TRACE_TOP") ?? "30", CultureInfo.InvariantCulture));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
