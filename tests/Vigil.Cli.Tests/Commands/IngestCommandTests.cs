using System.Text.Json;
using Vigil.Storage;
using Vigil.Storage.Sqlite;

namespace Vigil.Cli.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Ingest_SamplesTwice_SecondRunChangesNothing()
    {
        var db = _temp.File("twice.db");

        var first = VigilProcess.Run(_temp.Path, ["ingest", Samples.Reports, "--db", db]);
        var second = VigilProcess.Run(_temp.Path, ["ingest", Samples.Reports, "--db", db]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("12 inputs: 11 new, 1 updated, 0 unchanged, 0 failed", first.Stdout, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("12 inputs: 0 new, 0 updated, 12 unchanged, 0 failed", second.Stdout, StringComparison.Ordinal);
        var stats = Stats(db);
        Assert.Equal((11, 12), (stats.GetProperty("reports").GetInt32(), stats.GetProperty("report_versions").GetInt32()));
    }

    [Fact]
    public void Ingest_SamplesInReverseOrder_SameIncidentsWithLatestOfficialFigures()
    {
        var forward = _temp.File("forward.db");
        var reverse = _temp.File("reverse.db");
        var files = Samples.ReportFiles();

        var one = VigilProcess.Run(_temp.Path, ["ingest", .. files, "--db", forward]);
        var two = VigilProcess.Run(_temp.Path, ["ingest", .. files.Reverse(), "--db", reverse]);

        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.True(two.ExitCode == 0, two.ToString());
        var incidents = Incidents(forward);
        Assert.Equal(incidents, Incidents(reverse));
        Assert.Equal(
        [
            new IncidentSummary(incidents[0].Id, "Kharkiv", "2025-09-02", 1, 7, null, 2),
            new IncidentSummary(incidents[1].Id, "Kharkiv", "2025-09-18", 3, 60, 9, 6),
            new IncidentSummary(incidents[2].Id, "Odesa", "2025-09-18", 1, 4, null, 2),
        ], incidents.OrderBy(i => i.Date, StringComparer.Ordinal).ThenBy(i => i.Place, StringComparer.Ordinal));
        Assert.Equal(Stats(forward).GetProperty("claims").GetInt32(), Stats(reverse).GetProperty("claims").GetInt32());
    }

    [Fact]
    public void Ingest_EditedArticleInEitherOrder_SupersededFigureStaysInHistory()
    {
        foreach (var reversed in new[] { false, true })
        {
            var db = _temp.File(reversed ? "history-reverse.db" : "history-forward.db");
            var files = Samples.ReportFiles();
            var run = VigilProcess.Run(_temp.Path, ["ingest", .. reversed ? files.Reverse() : files, "--db", db]);
            Assert.True(run.ExitCode == 0, run.ToString());

            var list = VigilProcess.Run(_temp.Path, ["incidents", "--format", "json", "--db", db]);
            using var document = JsonDocument.Parse(list.Stdout);
            var kharkiv = document.RootElement.GetProperty("items").EnumerateArray()
                .Single(i => i.GetProperty("date").GetString() == "2025-09-18" && i.GetProperty("place").GetProperty("name").GetString() == "Kharkiv");
            var injured = kharkiv.GetProperty("figures").GetProperty("injured");
            Assert.Equal(60, injured.GetProperty("value").GetInt32());
            var history = injured.GetProperty("history").EnumerateArray().ToList();
            // The Courier's first version said 45; its edit says 60. The 45 is kept, marked superseded.
            Assert.Contains(history, h => h.GetProperty("value").GetInt32() == 45 && h.GetProperty("superseded").GetBoolean());
            Assert.DoesNotContain(history, h => h.GetProperty("value").GetInt32() == 60 && h.GetProperty("superseded").GetBoolean());
        }
    }

    [Fact]
    public void Ingest_TollGivenInParts_IncidentShowsTheSumNeverTheLastPart()
    {
        // Written for this test: a local page gives the toll in two parts (2, then one more death), a wire story the same
        // day gives the injured in two parts (4, then three more). Fusion once made the last part current (1 killed, 3 injured).
        var folder = Directory.CreateDirectory(_temp.File("parts")).FullName;
        File.WriteAllText(Path.Combine(folder, "local.md"), """
            ---
            title: Missile strike on Odesa
            published: 2025-08-11T09:00:00+03:00
            source: Odesa Local
            url: https://local.example/odesa-strike
            ---
            A missile hit a market in Odesa on Monday morning, killing two people, the regional governor said. Another man died in hospital in the evening, he added.
            """);
        File.WriteAllText(Path.Combine(folder, "wire.md"), """
            ---
            title: Strike on Odesa market
            published: 2025-08-11T12:00:00+03:00
            source: Test Wire
            url: https://wire.example/odesa-market
            ---
            Four people were injured when a Russian missile hit a market in Odesa on Monday. Three more people were injured nearby, rescuers said.
            """);
        var db = _temp.File("parts.db");

        var run = VigilProcess.Run(_temp.Path, ["ingest", folder, "--db", db]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var list = VigilProcess.Run(_temp.Path, ["incidents", "--format", "json", "--db", db]);
        using var document = JsonDocument.Parse(list.Stdout);
        var odesa = Assert.Single(document.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(3, odesa.GetProperty("killed").GetInt32());
        Assert.Equal(7, odesa.GetProperty("injured").GetInt32());
        // The parts stay in the history, each with its own quote; the current value's quote holds both parts.
        var killed = odesa.GetProperty("figures").GetProperty("killed");
        var history = killed.GetProperty("history").EnumerateArray().ToList();
        Assert.Contains(history, h => h.GetProperty("value").GetInt32() == 1);
        var current = history[killed.GetProperty("current_revision").GetInt32()];
        Assert.Contains("killing two people", current.GetProperty("evidence").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Another man died", current.GetProperty("evidence").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_BadFilesAmongGood_NamedWithReasonExitOneRestIngested()
    {
        var folder = Directory.CreateDirectory(_temp.File("mixed")).FullName;
        Samples.WriteBulk(folder, 5);
        File.WriteAllText(Path.Combine(folder, "broken.jsonl"), "{\"url\": \"https://bulk.example/x\", \"text\": \"unterminated\n");
        File.WriteAllText(Path.Combine(folder, "empty.html"), "");
        var db = _temp.File("mixed.db");

        var run = VigilProcess.Run(_temp.Path, ["ingest", folder, Path.Combine(folder, "missing.md"), "--db", db]);

        Assert.Equal(1, run.ExitCode);
        var errors = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(errors, line => line.StartsWith("vigil: " + Path.Combine(folder, "broken.jsonl"), StringComparison.Ordinal) && line.Length > ("vigil: " + Path.Combine(folder, "broken.jsonl#1: ")).Length);
        Assert.Contains(errors, line => line.StartsWith("vigil: " + Path.Combine(folder, "empty.html") + ": ", StringComparison.Ordinal));
        Assert.Contains(errors, line => line == "vigil: " + Path.Combine(folder, "missing.md") + ": no such file or folder");
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("5 new", run.Stdout, StringComparison.Ordinal);
        var stats = Stats(db);
        Assert.Equal(5, stats.GetProperty("reports").GetInt32());
        Assert.Equal(3, stats.GetProperty("failed").GetInt32());
    }

    [Fact]
    public void Ingest_KilledMidway_RerunCompletesWithoutPartialsOrDuplicates()
    {
        var folder = Directory.CreateDirectory(_temp.File("bulk")).FullName;
        var keys = Samples.WriteBulk(folder, 3000);
        var db = _temp.File("killed.db");

        using (var process = VigilProcess.Start(_temp.Path, ["ingest", folder, "--db", db]))
        {
            WaitForReports(db, process, atLeast: 300);
            process.Kill(entireProcessTree: true); // SIGKILL: no chance to clean up
            process.WaitForExit();
        }

        int storedBeforeRerun;
        using (var store = SqliteVigilStore.Open(db))
        {
            AssertConsistent(store);
            storedBeforeRerun = (int)store.Stats().Reports;
        }

        Assert.InRange(storedBeforeRerun, 1, 2999);

        var rerun = VigilProcess.Run(_temp.Path, ["ingest", folder, "--db", db]);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Contains($"3000 inputs: {3000 - storedBeforeRerun} new, 0 updated, {storedBeforeRerun} unchanged, 0 failed", rerun.Stdout, StringComparison.Ordinal);
        using var after = SqliteVigilStore.Open(db);
        AssertConsistent(after);
        Assert.Equal(keys.Order(StringComparer.Ordinal), after.CurrentExtractions().Select(e => e.ReportKey).Order(StringComparer.Ordinal));
        Assert.Equal(3000, after.Stats().ReportVersions);
    }

    [Fact]
    public async Task Ingest_TwoProcessesOnOneFile_BothFinishWithoutErrors()
    {
        var shared = Directory.CreateDirectory(_temp.File("shared")).FullName;
        var onlyA = Directory.CreateDirectory(_temp.File("only-a")).FullName;
        var onlyB = Directory.CreateDirectory(_temp.File("only-b")).FullName;
        var keys = Samples.WriteBulk(shared, 300).Concat(Samples.WriteBulk(onlyA, 150, seed: 10_000)).Concat(Samples.WriteBulk(onlyB, 150, seed: 20_000)).ToList();
        var db = _temp.File("concurrent.db");

        // Both start before either is awaited, and they cross the shared folder from opposite ends.
        var a = VigilProcessAsync.RunAsync(_temp.Path, ["ingest", shared, onlyA, "--db", db]);
        var b = VigilProcessAsync.RunAsync(_temp.Path, ["ingest", onlyB, shared, "--db", db]);
        var runs = await Task.WhenAll(a, b);

        Assert.All(runs, run => Assert.True(run.ExitCode == 0 && run.Stderr.Length == 0, run.ToString()));
        Assert.Equal(600, runs.Sum(run => NewCount(run.Stdout)));
        using var store = SqliteVigilStore.Open(db);
        AssertConsistent(store);
        Assert.Equal(keys.Order(StringComparer.Ordinal), store.CurrentExtractions().Select(e => e.ReportKey).Order(StringComparer.Ordinal));
        Assert.Equal(600, store.Stats().ReportVersions);
    }

    private static int NewCount(string summary)
    {
        var match = System.Text.RegularExpressions.Regex.Match(summary, @"(\d+) new");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
    }

    /// <summary>Every stored report is whole: one version, its extraction, and all of its claims.</summary>
    private static void AssertConsistent(SqliteVigilStore store)
    {
        var stats = store.Stats();
        var extractions = store.CurrentExtractions();
        Assert.Equal(stats.Reports, stats.ReportVersions);
        Assert.Equal(stats.Reports, extractions.Count);
        Assert.Equal(extractions.Count, extractions.Select(e => e.ReportKey).Distinct(StringComparer.Ordinal).Count());
        var claims = extractions.Sum(e => e.Extraction.Incidents.Sum(i => i.Claims.Count)
            + e.Extraction.AirDefense.Sum(t => (t.Launched is null ? 0 : 1) + (t.Intercepted is null ? 0 : 1)));
        Assert.Equal(claims, stats.Claims);
    }

    private static void WaitForReports(string db, System.Diagnostics.Process process, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (File.Exists(db))
            {
                try
                {
                    using var store = SqliteVigilStore.Open(db);
                    if (store.Stats().Reports >= atLeast)
                    {
                        return;
                    }
                }
                catch (StoreException)
                {
                    // The child may still be creating the file.
                }
            }

            Thread.Sleep(50);
        }

        Assert.Fail(process.HasExited ? "ingest finished before it could be killed; make the batch larger" : "ingest stored too few reports in time");
    }

    private List<IncidentSummary> Incidents(string db)
    {
        var run = VigilProcess.Run(_temp.Path, ["incidents", "--format", "json", "--db", db]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return IncidentSummary.Parse(run.Stdout).ToList();
    }

    private JsonElement Stats(string db)
    {
        var run = VigilProcess.Run(_temp.Path, ["stats", "--format", "json", "--db", db]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Stdout).RootElement.Clone();
    }
}
