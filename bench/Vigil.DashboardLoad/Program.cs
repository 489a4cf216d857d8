using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Vigil.ApiLatency;
using Vigil.Server;

// Time from opening the overview to its first page of incidents drawn on the map
// (document.body.dataset.firstPageMs) and to every incident in range drawn and clustered
// (dataset.overviewMs), both set by the dashboard, in a fresh browser context each run.
// dotnet run -c Release --project bench/Vigil.DashboardLoad -- [--incidents 10000] [--runs 7]
//     [--from 2022-02-24] [--db PATH (reused when it exists)] [--chromium /usr/bin/chromium]
var incidents = IntArg("--incidents", 10_000);
var runs = IntArg("--runs", 7);
var from = Arg("--from") ?? "2022-02-24"; // the synthetic incidents span three years from this day
var chromium = Arg("--chromium") ?? "/usr/bin/chromium";
var path = Arg("--db") ?? Path.Combine(Path.GetTempPath(), $"vigil-api-latency-{incidents}.db");
if (!File.Exists(path))
{
    Console.WriteLine($"Filling {path} with {incidents:N0} synthetic incidents…");
    SyntheticStore.Create(path, incidents);
}

await using var app = VigilServer.Build(new VigilServerOptions
{
    Db = path,
    Urls = "http://127.0.0.1:0",
    Public = true,
    RateLimits = new() { PerAccount = int.MaxValue, PerAddress = int.MaxValue },
});
await app.StartAsync();
var address = VigilServer.Addresses(app)[0];
var url = $"{address}/?from={from}";
Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = chromium,
    Headless = true,
    Args = ["--no-sandbox"],
});

Console.WriteLine($"Overview of {url} ({incidents:N0} incidents in the store), {runs} runs after one warm-up, 1280×900:");
var samples = new List<(double FirstPage, double Overview)>();
for (var run = 0; run <= runs; run++)
{
    await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        Locale = "en-GB",
        TimezoneId = "Europe/Kyiv",
    });
    var page = await context.NewPageAsync();
    var clock = Stopwatch.StartNew();
    await page.GotoAsync(url);
    await page.WaitForFunctionAsync("() => document.body.dataset.overviewMs !== undefined", null, new() { Timeout = 120_000 });
    var wall = clock.Elapsed.TotalMilliseconds;
    var overview = double.Parse(await page.EvaluateAsync<string>("() => document.body.dataset.overviewMs"), CultureInfo.InvariantCulture);
    var firstPage = double.Parse(await page.EvaluateAsync<string>("() => document.body.dataset.firstPageMs"), CultureInfo.InvariantCulture);
    var count = await page.Locator("#count").InnerTextAsync();
    // The dashboard's own breakdown (performance.measure "vigil:…"): summed per name.
    var parts = await page.EvaluateAsync<string>("""
        () => Object.entries(performance.getEntriesByType('measure').filter(m => m.name.startsWith('vigil:'))
          .reduce((a, m) => { a[m.name] = (a[m.name] ?? 0) + m.duration; return a; }, {}))
          .map(([k, v]) => `${k.slice(6)} ${Math.round(v)}`).join(', ')
        """);
    if (run == 1 && args.Contains("--detail"))
    {
        // Where the first view's time goes: every request (start and end after navigation) and the page's own events.
        Console.WriteLine(await page.EvaluateAsync<string>("""
            () => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
              .map(e => `    ${Math.round(e.startTime)}–${Math.round(e.responseEnd)} ms ${e.name.replace(location.origin, '')}` +
                        (e.domContentLoadedEventEnd ? ` (DOMContentLoaded ${Math.round(e.domContentLoadedEventEnd)}, load ${Math.round(e.loadEventEnd)})` : ''))
              .join('\n')
            """));
    }

    if (run > 0)
    {
        samples.Add((firstPage, overview));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  run {run}: first page drawn {firstPage:F0} ms, all clustered {overview:F0} ms (wall {wall:F0} ms), {count}; {parts}"));
    }
}

var first = samples.Select(s => s.FirstPage).Order().ToList();
var all = samples.Select(s => s.Overview).Order().ToList();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"First page drawn: median {first[first.Count / 2]:F0} ms, max {first[^1]:F0} ms; all clustered: median {all[all.Count / 2]:F0} ms, max {all[^1]:F0} ms; {all.Count} runs, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
await app.StopAsync();

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

int IntArg(string name, int fallback) =>
    Arg(name) is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
