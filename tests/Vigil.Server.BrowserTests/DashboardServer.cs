using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Vigil.Cli.Tests;

namespace Vigil.Server.BrowserTests;

/// <summary>
/// The real server and a real browser, shared by every browser test: a temporary store filled by
/// <c>vigil ingest</c> from the repository's samples/reports plus <see cref="HostileReport"/>,
/// <c>vigil serve --public</c> on a free loopback port, and one headless Debian chromium.
/// </summary>
public class DashboardServer : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vigil-browser-" + Guid.NewGuid().ToString("N"));
    private readonly StringBuilder _serverLog = new();
    private Process? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("browser not started");

    public string ServerLog
    {
        get
        {
            lock (_serverLog)
            {
                return _serverLog.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var db = Path.Combine(_folder, "vigil.db");
        var hostile = HostileReport.Write(_folder);
        var ingest = await VigilProcessAsync.RunAsync(_folder, ["ingest", VigilServerProcess.SampleReports, hostile, "--db", db]);
        if (ingest.ExitCode != 0)
        {
            throw new InvalidOperationException("vigil ingest failed: " + ingest);
        }

        await PrepareAsync(_folder, db);
        var port = VigilServerProcess.FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _server = VigilProcess.Start(_folder, ["serve", "--db", db, "--urls", BaseUrl.ToString().TrimEnd('/'), .. Public ? ["--public"] : Array.Empty<string>()]);
        _server.OutputDataReceived += (_, e) => Log(e.Data);
        _server.ErrorDataReceived += (_, e) => Log(e.Data);
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        await WaitUntilHealthyAsync();

        // Never download a browser: Playwright drives the distribution's chromium.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
        Http.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The killed server may still hold the store for a moment; the OS cleans temp.
        }
    }

    /// <summary>A page in a fresh context (own URL history and storage) at the given viewport, recording script errors.</summary>
    public async Task<BrowserPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            TimezoneId = "Europe/Kyiv",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        var result = new BrowserPage(context, page);
        page.PageError += (_, error) => result.Errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                result.Errors.Add(message.Text);
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            result.Errors.Add("dialog: " + dialog.Message);
            await dialog.DismissAsync();
        };
        return result;
    }

    /// <summary>Whether reads are open to everyone (<c>--public</c>); otherwise the dashboard asks to sign in.</summary>
    protected virtual bool Public => true;

    /// <summary>Work on the filled store before the server starts (accounts, for instance).</summary>
    protected virtual Task PrepareAsync(string folder, string db) => Task.CompletedTask;

    /// <summary>GET a JSON document from the API.</summary>
    public async Task<JsonElement> GetJsonAsync(string relative)
    {
        using var response = await Http.GetAsync(new Uri(BaseUrl, relative));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_serverLog)
        {
            _serverLog.AppendLine(line);
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_server!.HasExited)
            {
                throw new InvalidOperationException($"vigil serve exited with {_server.ExitCode}:\n{ServerLog}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri(BaseUrl, "health"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"vigil serve did not answer /health at {BaseUrl} within 90 s:\n{ServerLog}");
    }
}

/// <summary>A page and its context; disposing closes both.</summary>
public sealed class BrowserPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    /// <summary>Uncaught script errors, console errors and dialogs seen on the page.</summary>
    public List<string> Errors { get; } = [];

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardServer>
{
    public const string Name = "dashboard";
}
