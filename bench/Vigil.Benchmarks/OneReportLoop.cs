using System.Diagnostics;
using System.Globalization;
using Vigil.Application.Ingest;
using Vigil.Storage.Sqlite;

namespace Vigil.Benchmarks;

/// <summary>
/// The cost of one new report (store it + incremental fusion), one report at a time, over a copy of a
/// SQLite store of N synthetic reports spread over D days: a plain loop, because BenchmarkDotNet's
/// baseline (a full re-fusion) takes minutes per operation at this size. Run:
/// dotnet run -c Release --project bench/Vigil.Benchmarks -- one-report [--stored 200000] [--days 1000] [--reports 50]
/// </summary>
internal static class OneReportLoop
{
    private static readonly DateTimeOffset Ingested = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static int Run(string[] args)
    {
        var stored = Option(args, "--stored", 200_000);
        var days = Option(args, "--days", 1_000);
        var count = Option(args, "--reports", 50);
        var template = Path.Combine(Path.GetTempPath(), days == 1_000
            ? $"vigil-bench-incr-2026-{stored}.db" // the IncrementalFusionBenchmarks store
            : $"vigil-bench-incr-2026-{stored}-{days}d.db");
        var reports = new SyntheticReports(seed: 2026, days: days);
        if (!File.Exists(template))
        {
            Console.WriteLine($"Building {template} ({stored:N0} reports over {days:N0} days)…");
            var building = template + ".building";
            using (var store = SqliteVigilStore.Open(building))
            {
                foreach (var (report, extraction) in reports.Take(stored))
                {
                    store.StoreReport(report, extraction, Ingested);
                }

                FusionUpdate.Rebuild(store);
            }

            File.Move(building, template);
        }
        else
        {
            _ = reports.Take(stored).Count(); // the generator continues where the stored reports end
        }

        var folder = Path.Combine(Path.GetTempPath(), "vigil-one-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var copy = Path.Combine(folder, "vigil.db");
            File.Copy(template, copy);
            using var store = SqliteVigilStore.Open(copy);
            var times = new List<double>();
            var written = 0;
            for (var i = 0; i < count + 10; i++)
            {
                var (report, extraction) = reports.Next();
                var watch = Stopwatch.StartNew();
                store.StoreReport(report, extraction, Ingested);
                var changed = FusionUpdate.Update(store, [report.Key]);
                if (i >= 10)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                    written += changed;
                }
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stored:N0} reports over {days:N0} days ({stored / (24.0 * days):F2} per oblast-day): store + incremental fusion per report: median {times[times.Count / 2]:F1} ms, p90 {times[(int)(times.Count * 0.9)]:F1} ms, max {times[^1]:F1} ms over {times.Count} reports after 10 warm-up; {written / (double)times.Count:F1} incidents written per report"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
