using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Vigil.Application.Ingest;
using Vigil.Core;
using Vigil.Ingestion;

using Vigil.Storage.Sqlite;

namespace Vigil.Benchmarks;

/// <summary>
/// Ingest throughput of ~600-character reports into a fresh SQLite file, one transaction per
/// report, as <c>vigil ingest</c> runs it (parallel extraction, one writer, re-fusion at the end).
/// Results are per report (OperationsPerInvoke). Baseline: storing alone, with the extractions
/// computed beforehand; ExtractOnly: extraction alone, nothing stored.
/// Run: dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*IngestBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private const int Reports = 2000;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vigil-bench-" + Guid.NewGuid().ToString("N"));
    private readonly ReportExtractor _extractor = new();
    private List<IngestInput> _inputs = [];
    private Dictionary<string, ExtractionResult> _extracted = [];
    private int _run;

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_folder);
        _inputs = Enumerable.Range(0, Reports).Select(i => IngestInput.Read(MakeReport(i))).ToList();
        _extracted = _inputs.ToDictionary(i => i.Report!.Key, i => _extractor.Extract(i.Report!), StringComparer.Ordinal);
        AverageLength = _inputs.Average(i => i.Report!.Text.Length);
    }

    /// <summary>Mean report length in characters (about 600).</summary>
    public double AverageLength { get; private set; }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, OperationsPerInvoke = Reports)]
    public int StoreOnly()
    {
        using var store = FreshStore();
        return new IngestPipeline(store, report => _extracted[report.Key], IncidentDocuments.Fuse).Run(_inputs).New;
    }

    [Benchmark(OperationsPerInvoke = Reports)]
    public int ExtractOnly()
    {
        var claims = 0;
        Parallel.ForEach(_inputs, input => Interlocked.Add(ref claims, _extractor.Extract(input.Report!).Incidents.Sum(i => i.Claims.Count)));
        return claims;
    }

    [Benchmark(OperationsPerInvoke = Reports)]
    public int Ingest()
    {
        using var store = FreshStore();
        return VigilIngest.CreatePipeline(store, _extractor).Run(_inputs).New;
    }

    private SqliteVigilStore FreshStore() =>
        SqliteVigilStore.Open(Path.Combine(_folder, (++_run).ToString(CultureInfo.InvariantCulture) + ".db"));

    private static Report MakeReport(int n)
    {
        string[] cities = ["Kharkiv", "Odesa", "Zaporizhzhia", "Dnipro", "Sumy", "Kherson", "Mykolaiv", "Kryvyi Rih"];
        string[] weapons = ["drones", "a missile", "a guided aerial bomb", "artillery"];
        var city = cities[n % cities.Length];
        var day = 1 + (n % 28);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Overnight on {day} August 2025 Russian forces attacked {city} with {weapons[n % weapons.Length]}, ")
            .Append(CultureInfo.InvariantCulture, $"the head of the regional military administration said on Telegram. {1 + (n % 5)} people were killed ")
            .Append(CultureInfo.InvariantCulture, $"and at least {3 + (n % 40)} were injured, including {n % 4} children. ")
            .Append("Several apartment buildings, a school and power lines were damaged, and rescuers worked through the morning ")
            .Append("to clear the rubble. Emergency services said fires broke out in two places and were put out by dawn. ")
            .Append(CultureInfo.InvariantCulture, $"Report number {n} of a generated benchmark batch.")
            .ToString();
        var url = "https://bench.example/reports/" + n.ToString(CultureInfo.InvariantCulture);
        var hash = ReportIdentity.ContentHash(text);
        var published = new DateTimeOffset(2025, 8, day, 9, 30, 0, TimeSpan.FromHours(3));
        return new Report(url, text, hash, "Attack on " + city, published, "Bench Wire", url, "en", "text", url);
    }
}
