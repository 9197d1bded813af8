using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/GraphApi.Benchmarks -- --filter '*'   (or *Ingest*, *Query*)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
