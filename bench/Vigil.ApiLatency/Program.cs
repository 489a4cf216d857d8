using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Vigil.ApiLatency;
using Vigil.Server;

// Latency of filtered GET /api/v1/incidents over a large store, measured over HTTP on loopback.
// dotnet run -c Release --project bench/Vigil.ApiLatency -- [--incidents 100000] [--requests 300]
//     [--seconds 240] [--concurrency 1] [--db PATH (reused when it exists) | --db postgres://… (an existing store, as it is)]
var options = Args.Parse(args);
var path = options.Db ?? Path.Combine(Path.GetTempPath(), $"vigil-api-latency-{options.Incidents}.db");
var clock = Stopwatch.StartNew();
if (!Vigil.Storage.VigilStores.IsPostgres(path) && !File.Exists(path))
{
    Console.WriteLine($"Filling {path} with {options.Incidents:N0} synthetic incidents…");
    SyntheticStore.Create(path, options.Incidents);
    Console.WriteLine($"  filled in {clock.Elapsed.TotalSeconds:F1} s, {new FileInfo(path).Length / (1024.0 * 1024):F0} MB");
}

await using var app = VigilServer.Build(new VigilServerOptions
{
    Db = path,
    Urls = "http://127.0.0.1:0",
    Public = true, // reads without signing in, as the public dashboard makes them
    RateLimits = new() { PerAccount = int.MaxValue, PerAddress = int.MaxValue }, // one client sends every request
});
await app.StartAsync();
var address = VigilServer.Addresses(app)[0];
using var client = new HttpClient { BaseAddress = new Uri(address + "/"), Timeout = TimeSpan.FromSeconds(30) };
Console.WriteLine($"Server at {address}; {options.Requests} requests per query, concurrency {options.Concurrency}, at most {options.Seconds} s in all.");

// Filters a dashboard sends: first page (limit 100) of each; one deep page through the cursor.
string[] queries =
[
    "api/v1/incidents",
    "api/v1/incidents?oblast=Kharkiv",
    "api/v1/incidents?from=2024-06-01&to=2024-06-30",
    "api/v1/incidents?weapon=missile",
    "api/v1/incidents?weapon=glide_bomb,mlrs",
    "api/v1/incidents?min_casualties=10",
    "api/v1/incidents?bbox=35.5,49.5,37,50.5",
    "api/v1/incidents?oblast=UA-48&weapon=drone&from=2023-01-01",
    "api/v1/incidents?q=kindergarten",
    "api/v1/incidents?q=kindergarten%20drone", // two words: one report must hold both
    "api/v1/incidents?place=Kharkov&min_killed=1",
    "DEEP api/v1/incidents?oblast=Dnipropetrovsk&limit=100 (page 20)",
];

// Warm-up across every query first: tiered JIT compiles the hot paths after about 30 calls, and
// the first query measured should not pay for it.
var urls = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (var query in queries)
{
    urls[query] = query.StartsWith("DEEP ", StringComparison.Ordinal) ? await DeepUrl(client, query) : query;
}

for (var round = 0; round < 40; round++)
{
    foreach (var url in urls.Values)
    {
        await Time(client, url);
    }
}

await Task.Delay(500); // let background recompilation finish
var deadline = TimeSpan.FromSeconds(options.Seconds) + clock.Elapsed;
var all = new List<double>();
Console.WriteLine();
Console.WriteLine("| query | matches | page bytes | p50 ms | p95 ms | p99 ms | max ms | n |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var query in queries)
{
    var url = urls[query];
    var (total, bytes) = await Probe(client, url);

    var samples = new List<double>();
    var perWorker = Math.Max(1, options.Requests / options.Concurrency);
    var workers = Enumerable.Range(0, options.Concurrency).Select(async _ =>
    {
        var mine = new List<double>(perWorker);
        for (var i = 0; i < perWorker && clock.Elapsed < deadline; i++)
        {
            mine.Add(await Time(client, url));
        }

        return mine;
    });
    foreach (var mine in await Task.WhenAll(workers))
    {
        samples.AddRange(mine);
    }

    all.AddRange(samples);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| `{query.Replace("DEEP ", string.Empty, StringComparison.Ordinal)}` | {total:N0} | {bytes:N0} | {P(samples, 50):F1} | {P(samples, 95):F1} | {P(samples, 99):F1} | {samples.DefaultIfEmpty().Max():F1} | {samples.Count} |"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"\nAll queries: p50 {P(all, 50):F1} ms, p95 {P(all, 95):F1} ms, p99 {P(all, 99):F1} ms over {all.Count} requests; {clock.Elapsed.TotalSeconds:F0} s in all."));
await app.StopAsync();
return 0;

static async Task<double> Time(HttpClient client, string url)
{
    var watch = Stopwatch.StartNew();
    using var response = await client.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
    response.EnsureSuccessStatusCode();
    _ = await response.Content.ReadAsByteArrayAsync();
    return watch.Elapsed.TotalMilliseconds;
}

static async Task<(long Total, int Bytes)> Probe(HttpClient client, string url)
{
    var body = await client.GetByteArrayAsync(new Uri(url, UriKind.Relative));
    using var json = JsonDocument.Parse(body);
    return (json.RootElement.GetProperty("total").GetInt64(), body.Length);
}

static async Task<string> DeepUrl(HttpClient client, string query)
{
    var url = query["DEEP ".Length..query.IndexOf(' ', "DEEP ".Length)];
    string? cursor = null;
    for (var page = 1; page < 20; page++)
    {
        using var json = JsonDocument.Parse(await client.GetByteArrayAsync(new Uri(url + (cursor is null ? string.Empty : "&cursor=" + cursor), UriKind.Relative)));
        cursor = json.RootElement.GetProperty("next_cursor").GetString();
    }

    return url + "&cursor=" + cursor;
}

static double P(List<double> samples, int percentile)
{
    if (samples.Count == 0)
    {
        return 0;
    }

    var sorted = samples.Order().ToList();
    var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
    return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
}

internal sealed record Args(int Incidents, int Requests, int Seconds, int Concurrency, string? Db)
{
    public static Args Parse(string[] args)
    {
        int Int(string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        }

        var db = Array.IndexOf(args, "--db");
        return new Args(Int("--incidents", 100_000), Int("--requests", 300), Int("--seconds", 240), Math.Max(1, Int("--concurrency", 1)),
            db >= 0 && db + 1 < args.Length ? args[db + 1] : null);
    }
}
