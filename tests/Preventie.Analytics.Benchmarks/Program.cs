using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project tests/Preventie.Analytics.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
