using System.Diagnostics;
using System.Globalization;
using Vigil.Application.Ingest;
using Vigil.Core;
using Vigil.Storage;
using Vigil.Storage.Sqlite;

namespace Vigil.Benchmarks;

/// <summary>
/// Where `vigil ingest` spends its time, one phase at a time so each can be timed alone (wall and
/// process CPU) on a loaded machine: read a JSON Lines corpus, extract on every core, store one
/// report per transaction (the old way) and in batches (the new way) into fresh SQLite files, then
/// the first full fusion in one chunk and in small chunks, with the peak working set of each. Run:
/// dotnet run -c Release --project bench/Vigil.Benchmarks -- ingest-phases CORPUS.jsonl [--count 20000] [--batch 256] [--chunk 5000] [--skip-single]
/// or only the full fusion over a copy of a store, with its peak memory:
/// dotnet run -c Release --project bench/Vigil.Benchmarks -- ingest-phases --fuse-only STORE.db [--chunk 10000]
/// </summary>
internal static class IngestPhases
{
    public static int Run(string[] args)
    {
        if (args is ["--fuse-only", var storePath, .. var rest])
        {
            return FuseOnly(storePath, Option(rest, "--chunk", FusionUpdate.RebuildChunkReports));
        }

        if (args.Length == 0 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("ingest-phases: give a JSON Lines corpus (bench/Vigil.Corpus writes one)");
            return 2;
        }

        var count = Option(args, "--count", 20_000);
        var batch = Option(args, "--batch", 256);
        var chunk = Option(args, "--chunk", 5_000);
        var folder = Path.Combine(Path.GetTempPath(), "vigil-phases-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}");
            List<Report> reports = [];
            Time("read", count, () => reports = [.. VigilIngest.Read([args[0]]).Select(i => i.Report).OfType<Report>().Take(count)]);
            var extractor = new ReportExtractor();
            var extractions = new ExtractionResult[reports.Count];
            // Rule packs and word lists load on first use per language: paid once per process, timed apart.
            var firstOfEach = reports.GroupBy(static r => r.Language, StringComparer.Ordinal).Select(static g => g.First()).ToList();
            Time($"extract: first report of each language ({firstOfEach.Count}, loads the rules)", firstOfEach.Count, () => firstOfEach.ForEach(r => extractor.Extract(r)));
            Time("extract (all cores)", reports.Count, () => Parallel.For(0, reports.Count, i => extractions[i] = extractor.Extract(reports[i])));
            // As `vigil ingest` does on its extraction cores: the footprint stored beside each extraction.
            var footprints = new ReportIndexEntry[reports.Count];
            Time("footprints (all cores)", reports.Count, () => Parallel.For(0, reports.Count, i => footprints[i] = FusionUpdate.FootprintOf(reports[i], extractions[i])));
            var ingested = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

            if (!args.Contains("--skip-single"))
            {
                using var one = SqliteVigilStore.Open(Path.Combine(folder, "one.db"));
                Time("store, a transaction per report", reports.Count, () =>
                {
                    for (var i = 0; i < reports.Count; i++)
                    {
                        one.StoreReport(reports[i], extractions[i], ingested);
                    }
                });
            }

            var batchedPath = Path.Combine(folder, "batched.db");
            using (var batched = SqliteVigilStore.Open(batchedPath))
            {
                Time($"store, a transaction per {batch} reports", reports.Count, () =>
                {
                    for (var start = 0; start < reports.Count; start += batch)
                    {
                        var end = Math.Min(reports.Count, start + batch);
                        batched.StoreReports([.. Enumerable.Range(start, end - start).Select(i => new ReportToStore(reports[i], extractions[i], footprints[i]))], ingested);
                    }
                });
            }

            reports = [];
            Array.Clear(extractions);
            Array.Clear(footprints);
            GC.Collect();
            foreach (var size in (int[])[FusionUpdate.RebuildChunkReports, chunk])
            {
                // A fresh connection each time: no extraction cached from storing.
                using var store = SqliteVigilStore.Open(batchedPath);
                var incidents = 0;
                Time($"full fusion, chunks of {size} reports", count, () => incidents = FusionUpdate.Rebuild(store, size));
                Console.WriteLine($"  {incidents} incidents");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    /// <summary>
    /// Only the full fusion, in a process of its own so its peak resident memory (VmHWM) is its
    /// own: over a copy of <paramref name="storePath"/>, chunks of <paramref name="chunk"/> reports.
    /// </summary>
    private static int FuseOnly(string storePath, int chunk)
    {
        var copy = Path.Combine(Path.GetTempPath(), "vigil-fuse-" + Guid.NewGuid().ToString("N") + ".db");
        File.Copy(storePath, copy);
        try
        {
            Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}");
            using var store = SqliteVigilStore.Open(copy);
            var reports = (int)store.Stats().Reports;
            var incidents = 0;
            Time($"full fusion of {reports} reports, chunks of {chunk}", reports, () => incidents = FusionUpdate.Rebuild(store, chunk));
            var peak = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            Console.WriteLine($"  {incidents} incidents; peak resident memory of the process: {peak["VmHWM:".Length..].Trim()}");
        }
        finally
        {
            File.Delete(copy);
            File.Delete(copy + "-wal");
            File.Delete(copy + "-shm");
        }

        return 0;
    }

    private static void Time(string phase, int reports, Action action)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var peak = 0L;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            using var self = Process.GetCurrentProcess();
            while (!sampling.IsCancellationRequested)
            {
                self.Refresh();
                peak = Math.Max(peak, self.WorkingSet64);
                await Task.Delay(100).ConfigureAwait(false);
            }
        });
        var clock = Stopwatch.StartNew();
        action();
        clock.Stop();
        sampling.Cancel();
        sampler.GetAwaiter().GetResult();
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{phase}: {clock.Elapsed.TotalSeconds:F2} s wall, {used.TotalSeconds:F2} s CPU, {used.TotalMilliseconds * 1000 / Math.Max(1, reports):F0} µs CPU per report, peak working set {peak / 1048576} MB"));
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
