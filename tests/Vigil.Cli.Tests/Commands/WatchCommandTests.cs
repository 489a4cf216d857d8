using System.Text.Json;
using Vigil.Application.Tests.Watch;
using Vigil.Storage.Tests.Postgres;

namespace Vigil.Cli.Tests.Commands;

/// <summary><c>vigil watch</c> and <c>vigil feeds</c> through the real binary, against feeds on loopback.</summary>
public sealed class WatchCommandTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private FeedHost _host = null!;

    public async Task InitializeAsync() => _host = await FeedHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Watch_BadKind_OneLineNamingLineAndFieldExit2()
    {
        File.WriteAllText(_folder.File("feeds.yaml"), "feeds:\n  - name: a\n    url: https://x.example/rss\n    kind: podcast\n");

        var run = VigilProcess.Run(_folder.Path, ["watch", "feeds.yaml", "--db", "w.db", "--once"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("vigil: feeds.yaml:4: field 'kind' (feed 'a'): 'podcast' is not one of rss, atom, json, telegram-preview", run.Stderr.Trim());
        Assert.False(File.Exists(_folder.File("w.db")));
    }

    [Fact]
    public void Watch_MissingFile_Exit2()
    {
        var run = VigilProcess.Run(_folder.Path, ["watch", "nothing.yaml", "--once"]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("vigil: nothing.yaml: cannot read", run.Stderr.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Watch_OnceWithFailingFeed_Exit1ProgressOnStderrAndFeedsTable()
    {
        _host.Serve("ok.rss", new FeedResponse(200, FeedFixtures.Rss("ok", 1, 2)));
        File.WriteAllText(_folder.File("feeds.yaml"), $"""
            feeds:
              - name: ok
                url: {_host.Url("ok.rss")}
                kind: rss
              - name: missing
                url: {_host.Url("missing.rss")}
                kind: rss
            """);

        var run = VigilProcess.Run(_folder.Path, ["watch", "feeds.yaml", "--db", "w.db", "--once", "--worker-id", "cli-test"]);
        var table = VigilProcess.Run(_folder.Path, ["feeds", "--db", "w.db"]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Empty(run.Stdout);
        Assert.Contains("vigil watch: ok: 200 2 items: 2 new", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("vigil watch: missing: error: HTTP 404", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("HTTP 404", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 0 0 0 0 0 2", table.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watch_InterruptDuringAPoll_FinishesAndRecordsItThenExits0()
    {
        _host.Serve("slow.rss", new FeedResponse(200, FeedFixtures.Rss("slow", 1, 1), Delay: TimeSpan.FromSeconds(2)));
        File.WriteAllText(_folder.File("feeds.yaml"), $"feeds:\n  - name: slow\n    url: {_host.Url("slow.rss")}\n    kind: rss\n");

        using var process = VigilProcess.Start(_folder.Path, ["watch", "feeds.yaml", "--db", "w.db"]);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (_host.Requests("slow.rss").Count == 0 && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(50);
        }

        using (var interrupt = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await interrupt.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var run = new VigilRun(process.ExitCode, await stdout, await stderr);
        var health = JsonDocument.Parse(VigilProcess.Run(_folder.Path, ["feeds", "--db", "w.db", "--format", "json"]).Stdout).RootElement.GetProperty("feeds")[0];

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("stopping after the feed under way", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("vigil watch: slow: 200 1 items: 1 new", run.Stderr, StringComparison.Ordinal);
        Assert.NotEqual(JsonValueKind.Null, health.GetProperty("last_success").ValueKind);
        Assert.Equal(JsonValueKind.Null, health.GetProperty("leased_by").ValueKind);
        Assert.Single(_host.Requests("slow.rss"));
    }

    [Fact]
    public Task Watch_TwoProcessesOnSqlite_EachFeedPolledOnceEveryItemOnce() =>
        TwoProcesses("w.db");

    [Fact]
    public async Task Watch_TwoProcessesOnPostgres_EachFeedPolledOnceEveryItemOnce()
    {
        var db = PostgresCluster.CreateDatabaseOn(PostgresCluster.ServerConnectionString, "vigil_watch_cli");
        try
        {
            await TwoProcesses(db);
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            PostgresCluster.DropDatabase(new Npgsql.NpgsqlConnectionStringBuilder(db).Database!);
        }
    }

    private async Task TwoProcesses(string db)
    {
        const int feeds = 8;
        var yaml = new System.Text.StringBuilder("feeds:\n");
        for (var i = 1; i <= feeds; i++)
        {
            // Held back, so the two processes' polls overlap in time.
            _host.Serve($"f{i}.rss", new FeedResponse(200, FeedFixtures.Rss("cli" + i, 1, 3), Delay: TimeSpan.FromMilliseconds(400)));
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - name: f{i}\n    url: {_host.Url($"f{i}.rss")}\n    kind: rss\n    interval: 1h\n");
        }

        File.WriteAllText(_folder.File("feeds.yaml"), yaml.ToString());
        var runs = await Task.WhenAll(
            VigilProcessAsync.RunAsync(_folder.Path, ["watch", "feeds.yaml", "--db", db, "--once", "--worker-id", "one"]),
            VigilProcessAsync.RunAsync(_folder.Path, ["watch", "feeds.yaml", "--db", db, "--once", "--worker-id", "two"]));

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.ToString()));
        // Both took part (each polled some feeds), so their claims really competed.
        Assert.All(runs, run => Assert.Contains("items: 3 new", run.Stderr, StringComparison.Ordinal));
        for (var i = 1; i <= feeds; i++)
        {
            Assert.Single(_host.Requests($"f{i}.rss"));
        }

        var stats = JsonDocument.Parse(VigilProcess.Run(_folder.Path, ["stats", "--db", db, "--format", "json"]).Stdout).RootElement;
        Assert.Equal(feeds * 3, stats.GetProperty("reports").GetInt64());
        Assert.Equal(feeds * 3, stats.GetProperty("report_versions").GetInt64());
        var health = JsonDocument.Parse(VigilProcess.Run(_folder.Path, ["feeds", "--db", db, "--format", "json"]).Stdout).RootElement.GetProperty("feeds");
        Assert.Equal(feeds, health.GetArrayLength());
        Assert.All(health.EnumerateArray(), feed => Assert.Equal(3, feed.GetProperty("reports_total").GetInt64()));
    }
}
