using BenchmarkDotNet.Running;
using Vigil.Benchmarks;

// Run all: dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*'
// One new report in a large store, as a plain loop: dotnet run -c Release --project bench/Vigil.Benchmarks -- one-report --stored 200000
if (args is ["one-report", .. var rest])
{
    return OneReportLoop.Run(rest);
}

// Where ingest's time goes, phase by phase: dotnet run -c Release --project bench/Vigil.Benchmarks -- ingest-phases CORPUS.jsonl [--count 20000]
if (args is ["ingest-phases", .. var phases])
{
    return IngestPhases.Run(phases);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
