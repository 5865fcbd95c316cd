using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Sitrep.Bench.Micro -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Sitrep.Bench.Micro.SegmenterBenchmarks).Assembly).Run(args);
