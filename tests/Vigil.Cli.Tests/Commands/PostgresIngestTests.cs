using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Vigil.Application;
using Vigil.Storage;
using Vigil.Storage.Tests.Postgres;

namespace Vigil.Cli.Tests.Commands;

/// <summary>
/// 3,000 reports (and 150 later edits of some) in three folders, and what one `vigil ingest` makes
/// of them in SQLite: the reference every PostgreSQL run must reproduce exactly.
/// </summary>
public sealed class BulkReportsFixture : IDisposable
{
    public const int Reports = 3000;
    public const int Edits = 150;

    private readonly TempFolder _temp = new();

    public BulkReportsFixture()
    {
        Parts = [.. Enumerable.Range(0, 3).Select(i => Directory.CreateDirectory(_temp.File("part" + i.ToString(CultureInfo.InvariantCulture))).FullName)];
        for (var i = 0; i < 3; i++)
        {
            Samples.WriteBulk(Parts[i], Reports / 3, seed: i * (Reports / 3));
        }

        EditsFolder = Directory.CreateDirectory(_temp.File("edits")).FullName;
        WriteEdits(EditsFolder);
        var db = _temp.File("reference.db");
        var ingest = VigilProcess.Run(_temp.Path, ["ingest", .. Parts, EditsFolder, "--db", db]);
        if (ingest.ExitCode != 0)
        {
            throw new InvalidOperationException("the SQLite reference ingest failed: " + ingest);
        }

        ReferenceExport = Export(_temp.Path, db);
    }

    public string Path => _temp.Path;

    public IReadOnlyList<string> Parts { get; }

    public string EditsFolder { get; }

    /// <summary>`vigil export --format json` of the SQLite store: every incident with its figures, claims and history.</summary>
    public string ReferenceExport { get; }

    /// <summary>Every folder, starting at a different one per worker, so the workers cross each other.</summary>
    public IReadOnlyList<string> Inputs(int worker)
    {
        string[] all = [.. Parts, EditsFolder];
        return [.. all.Skip(worker % all.Length), .. all.Take(worker % all.Length)];
    }

    public static string Export(string workingDirectory, string db)
    {
        var run = VigilProcess.Run(workingDirectory, ["export", "--format", "json", "--db", db]);
        return run.ExitCode == 0 ? run.Stdout : throw new InvalidOperationException("export failed: " + run);
    }

    public void Dispose() => _temp.Dispose();

    // Every 20th report revised later the same day with new figures: a second version that must win
    // whichever process, and whichever order, stores it.
    private static void WriteEdits(string folder)
    {
        for (var n = 0; n < Reports; n += Reports / Edits)
        {
            var day = 1 + (n % 28);
            var text = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"---\ntitle: Attack update ({n})\npublished: 2025-08-{day:00}T21:00:00+03:00\nsource: Bulk Test Wire\nurl: https://bulk.example/reports/{n}\n---\n")
                .Append(CultureInfo.InvariantCulture, $"Update: the toll of the overnight attack on {day} August 2025 rose, the regional military administration said. ")
                .Append(CultureInfo.InvariantCulture, $"{7 + (n % 5)} people were killed and at least {50 + (n % 40)} were injured.\n")
                .ToString();
            File.WriteAllText(System.IO.Path.Combine(folder, $"edit-{n:00000}.md"), text);
        }
    }
}

/// <summary>
/// Several `vigil ingest` processes on one PostgreSQL database, through the real binary: no report
/// or incident twice, no update lost, the same incidents as one process on SQLite; and a worker
/// killed and the server restarted mid-ingest.
/// </summary>
public sealed partial class PostgresIngestTests(BulkReportsFixture bulk) : IClassFixture<BulkReportsFixture>
{
    [Fact]
    public async Task Ingest_ThreeProcessesIntoOnePostgres_SameIncidentsAsOneProcessOnSqlite()
    {
        var db = PostgresCluster.CreateDatabaseOn(PostgresCluster.ServerConnectionString, "vigil_cli");
        try
        {
            var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(worker =>
                VigilProcessAsync.RunAsync(bulk.Path, ["ingest", .. bulk.Inputs(worker), "--db", db])));

            Assert.All(runs, run => Assert.True(run.ExitCode == 0 && run.Stderr.Length == 0, run.ToString()));
            Assert.Equal(BulkReportsFixture.Reports, runs.Sum(run => Count(run.Stdout, "new")));
            Assert.Equal(BulkReportsFixture.Edits, runs.Sum(run => Count(run.Stdout, "updated")));
            AssertWhole(db);
            Assert.Equal(bulk.ReferenceExport, BulkReportsFixture.Export(bulk.Path, db));
        }
        finally
        {
            PostgresCluster.DropDatabase(new Npgsql.NpgsqlConnectionStringBuilder(db).Database!);
        }
    }

    [Fact]
    public async Task Ingest_WorkerKilledAndServerRestartedMidway_OthersCarryOnRerunCompletesNothingLostOrDoubled()
    {
        // A cluster of its own: restarting the shared one would disturb the other test assemblies.
        var (server, folder) = PostgresCluster.StartPrivate();
        try
        {
            var db = PostgresCluster.CreateDatabaseOn(server, "vigil_restart");
            var workers = Enumerable.Range(0, 3).Select(worker => new Worker(VigilProcess.Start(bulk.Path, ["ingest", .. bulk.Inputs(worker), "--db", db]))).ToList();
            try
            {
                WaitForReports(db, workers[0].Process, atLeast: 300);
                workers[0].Process.Kill(entireProcessTree: true); // SIGKILL mid-ingest: no chance to clean up
                var survivorsRunning = workers.Skip(1).Count(w => !w.Process.HasExited);
                PostgresCluster.RunScript("restart", folder); // pg_ctl restart -m fast: every connection dropped
                var survivors = await Task.WhenAll(workers.Skip(1).Select(w => w.Finish()));

                Assert.True(survivorsRunning > 0, "both other workers finished before the restart; nothing was tested");
                Assert.All(survivors, run => Assert.True(run.ExitCode == 0 && run.Stderr.Length == 0, run.ToString()));
            }
            finally
            {
                foreach (var worker in workers)
                {
                    worker.Dispose();
                }
            }

            var rerun = VigilProcess.Run(bulk.Path, ["ingest", .. bulk.Inputs(0), "--db", db]);

            Assert.True(rerun.ExitCode == 0 && rerun.Stderr.Length == 0, rerun.ToString());
            AssertWhole(db);
            Assert.Equal(bulk.ReferenceExport, BulkReportsFixture.Export(bulk.Path, db));
        }
        finally
        {
            PostgresCluster.RunScript("stop", folder);
        }
    }

    /// <summary>Every report once, every version once, each whole (its extraction and all its claims), no failures.</summary>
    private static void AssertWhole(string db)
    {
        using var store = VigilStoreFactory.Open(db, StoreAccess.ReadOnly);
        var stats = store.Stats();
        var extractions = store.CurrentExtractions();
        Assert.Equal((BulkReportsFixture.Reports, BulkReportsFixture.Reports + BulkReportsFixture.Edits, 0L),
            (stats.Reports, stats.ReportVersions, stats.Failed));
        Assert.Equal(BulkReportsFixture.Reports, extractions.Select(e => e.ReportKey).Distinct(StringComparer.Ordinal).Count());
        var claims = extractions.Sum(e => e.Extraction.Incidents.Sum(i => i.Claims.Count)
            + e.Extraction.AirDefense.Sum(t => (t.Launched is null ? 0 : 1) + (t.Intercepted is null ? 0 : 1)));
        Assert.Equal(claims, stats.Claims);
    }

    private static void WaitForReports(string db, Process process, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var store = VigilStoreFactory.Open(db, StoreAccess.ReadOnly);
                if (store.Stats().Reports >= atLeast)
                {
                    return;
                }
            }
            catch (StoreException)
            {
                // The schema may not be there yet.
            }

            Thread.Sleep(50);
        }

        Assert.Fail(process.HasExited ? "the worker finished before it could be killed" : "the workers stored too few reports in time");
    }

    private static int Count(string summary, string what)
    {
        var match = Regex.Match(summary, @"(\d+) " + what, RegexOptions.None, TimeSpan.FromSeconds(1));
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
    }

    /// <summary>A running vigil whose output is drained as it comes (a full pipe would stall it).</summary>
    private sealed class Worker : IDisposable
    {
        private readonly Task<string> _stdout;
        private readonly Task<string> _stderr;

        public Worker(Process process)
        {
            Process = process;
            _stdout = process.StandardOutput.ReadToEndAsync();
            _stderr = process.StandardError.ReadToEndAsync();
        }

        public Process Process { get; }

        public async Task<VigilRun> Finish()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await Process.WaitForExitAsync(timeout.Token);
            return new VigilRun(Process.ExitCode, await _stdout, await _stderr);
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }

            Process.Dispose();
        }
    }
}
