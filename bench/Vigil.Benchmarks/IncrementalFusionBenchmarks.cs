using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Vigil.Application.Ingest;
using Vigil.Storage.Sqlite;

namespace Vigil.Benchmarks;

/// <summary>
/// The work of one new report (store it, bring the incidents up to date) in a SQLite store of
/// 1,000 and of 200,000 synthetic reports: incremental fusion against the full re-fusion every
/// ingest used to do. Run:
/// dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*IncrementalFusion*' --inProcess
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class IncrementalFusionBenchmarks
{
    private static readonly DateTimeOffset Ingested = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private string _folder = null!;
    private SqliteVigilStore _store = null!;
    private SyntheticReports _reports = null!;

    [Params(1_000, 200_000)]
    public int Stored { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // The store of N reports is built once (minutes at 200,000) and copied for each benchmark.
        var template = Path.Combine(Path.GetTempPath(), $"vigil-bench-incr-2026-{Stored}.db");
        _reports = new SyntheticReports(seed: 2026);
        if (!File.Exists(template))
        {
            var building = template + ".building";
            using (var store = SqliteVigilStore.Open(building))
            {
                foreach (var (report, extraction) in _reports.Take(Stored))
                {
                    store.StoreReport(report, extraction, Ingested);
                }

                FusionUpdate.Rebuild(store);
            }

            File.Move(building, template);
        }
        else
        {
            _ = _reports.Take(Stored).Count(); // the generator continues where the stored reports end
        }

        _folder = Path.Combine(Path.GetTempPath(), "vigil-bench-incr-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        File.Copy(template, Path.Combine(_folder, "vigil.db"));
        _store = SqliteVigilStore.Open(Path.Combine(_folder, "vigil.db"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "store + full re-fusion")]
    public int StoreAndRefuseAll()
    {
        var (report, extraction) = _reports.Next();
        _store.StoreReport(report, extraction, Ingested);
        return FusionUpdate.Rebuild(_store);
    }

    [Benchmark(Description = "store + incremental fusion")]
    public int StoreAndUpdate()
    {
        var (report, extraction) = _reports.Next();
        _store.StoreReport(report, extraction, Ingested);
        return FusionUpdate.Update(_store, [report.Key]);
    }
}
