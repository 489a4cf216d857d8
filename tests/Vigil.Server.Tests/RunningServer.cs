using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using System.Text.Json;
using Vigil.Application;
using Vigil.Application.Accounts;
using Vigil.Application.Ingest;
using Vigil.Core;
using Vigil.Storage;
using Vigil.Storage.Accounts;

namespace Vigil.Server.Tests;

/// <summary>
/// The real server (Kestrel on 127.0.0.1, port 0) over a real SQLite store in a temporary folder,
/// reached over HTTP like any client: no TestServer.
/// </summary>
public abstract class RunningServer : IAsyncLifetime
{
    private WebApplication? _app;

    protected RunningServer()
    {
        Folder = Path.Combine(Path.GetTempPath(), "vigil-server-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DatabasePath = Path.Combine(Folder, "vigil.db");
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public HttpClient Client { get; private set; } = new();

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The running application (its endpoint data sources list every endpoint).</summary>
    public WebApplication App => _app ?? throw new InvalidOperationException("not started");

    /// <summary>A bearer token per role, made before the server starts; <see cref="Client"/> sends the analyst's.</summary>
    public Dictionary<AccountRole, string> Tokens { get; } = [];

    /// <summary>One account per role, named after it, with <see cref="Password"/>.</summary>
    public const string Password = "correct horse battery";

    /// <summary>How the server runs; the default is a private server (accounts needed for everything).</summary>
    protected virtual VigilServerOptions Options(VigilServerOptions options) => options;

    /// <summary>A client with no credentials, or a bearer token of <paramref name="role"/>.</summary>
    public HttpClient NewClient(AccountRole? role = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (role is { } r)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Tokens[r]);
        }

        return client;
    }

    public async Task InitializeAsync()
    {
        using (var store = VigilStoreFactory.Open(DatabasePath, StoreAccess.Create))
        {
            Fill(store);
            var accounts = new AccountService();
            foreach (var role in Enum.GetValues<AccountRole>())
            {
                var name = AccountService.RoleName(role);
                Assert.NotNull(accounts.AddUser(store.Accounts(), name, role, Password).Account);
                Tokens[role] = accounts.CreateToken(store.Accounts(), name + "-token", role).Token!;
            }
        }

        _app = VigilServer.Build(Options(new VigilServerOptions { Db = DatabasePath, Urls = "http://127.0.0.1:0" }));
        await _app.StartAsync();
        BaseAddress = new Uri(VigilServer.Addresses(_app).Single() + "/");
        Client = NewClient(AccountRole.Analyst);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp.
        }
    }

    /// <summary>Puts the test data into the new store before the server opens it.</summary>
    protected abstract void Fill(IVigilStore store);

    public async Task<JsonElement> GetJson(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "samples");
}

/// <summary>A store built from the bundled sample reports by the real ingest (read → extract → store → fuse).</summary>
public sealed class SampleServer : RunningServer
{
    protected override void Fill(IVigilStore store)
    {
        var summary = new IngestService().RunPaths(store, [SamplesFolder]);
        Assert.Equal(0, summary.Failed);
    }
}

/// <summary>A second sample store for tests that write (POST), so the read tests see a fixed store.</summary>
public sealed class WritableServer : RunningServer
{
    protected override void Fill(IVigilStore store) => new IngestService().RunPaths(store, [SamplesFolder]);
}

/// <summary>
/// 300 synthetic incidents written as rows (dates, oblasts, weapons, figures and coordinates
/// varied by a formula), for paging and filter tests whose expected answers are computed from
/// the same list.
/// </summary>
public sealed class SyntheticServer : RunningServer
{
    public const int Count = 300;

    public static readonly (string Name, string Admin1, string Code, double Lat, double Lon)[] Places =
    [
        ("Kharkiv", "Kharkiv Oblast", "UA-63", 49.98, 36.25),
        ("Odesa", "Odesa Oblast", "UA-51", 46.48, 30.72),
        ("Sumy", "Sumy Oblast", "UA-59", 50.91, 34.80),
        ("Zaporizhzhia", "Zaporizhzhia Oblast", "UA-23", 47.84, 35.14),
    ];

    public static readonly string[] WeaponCycle = ["drone", "missile", "glide_bomb", "artillery", "drone,missile"];

    public static IReadOnlyList<StoredIncident> Incidents { get; } = Build();

    /// <summary>An incident whose stored document is not JSON: reading it fails inside the server (a 500).</summary>
    public const string BrokenId = "zz-broken-document";

    protected override void Fill(IVigilStore store) => store.RefreshIncidents(_ =>
        [.. Incidents, new StoredIncident(BrokenId, null, null, null, null, null, null, null, [], null, null, null, null, 0, false, "{ not json")]);

    private static List<StoredIncident> Build()
    {
        var list = new List<StoredIncident>();
        for (var i = 0; i < Count; i++)
        {
            var place = Places[i % Places.Length];
            var date = i % 50 == 49 ? (DateOnly?)null : new DateOnly(2025, 1, 1).AddDays(i / 3);
            var id = $"syn-{i:D4}";
            var weapons = WeaponCycle[i % WeaponCycle.Length].Split(',');
            var killed = i % 7 == 0 ? (int?)null : i % 11;
            var injured = i % 5 == 0 ? (int?)null : i % 23;
            var document = JsonSerializer.Serialize(new { id, place = new { name = place.Name }, claims = Array.Empty<object>() }, VigilJson.Compact);
            list.Add(new StoredIncident(id, date, place.Name, null, place.Admin1, place.Code, place.Lat + (i % 10 * 0.01), place.Lon,
                weapons, killed, injured, null, null, 1 + (i % 3), i % 13 == 0, document)
            {
                DatePrecision = date is null ? null : "day",
                PlaceKind = "city",
                Attacker = "RU",
            });
        }

        return list;
    }
}

internal static class Json
{
    public static IReadOnlyList<string> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();

    public static async Task<JsonElement> ReadProblem(HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("type").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        return problem;
    }

    public static JsonContent Body(object value) => JsonContent.Create(value);
}
