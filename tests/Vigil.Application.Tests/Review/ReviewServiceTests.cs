using System.Text.Json;
using Vigil.Application.Ingest;
using Vigil.Application.Review;
using Vigil.Benchmarks;
using Vigil.Core;
using Vigil.Fusion;
using Vigil.Fusion.Review;
using Vigil.Storage;
using Vigil.Storage.Postgres;
using Vigil.Storage.Review;
using Vigil.Storage.Sqlite;
using Vigil.Storage.Tests;
using Vigil.Storage.Tests.Postgres;

namespace Vigil.Application.Tests.Review;

/// <summary>Review decisions through each store: stored, applied by incremental fusion exactly as a full re-fusion applies them, audited.</summary>
public abstract class ReviewServiceTests : IDisposable
{
    private static readonly DateTimeOffset Ingested = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly IVigilStore _store;
    private readonly ReviewService _review = new();

    protected ReviewServiceTests(IVigilStore store)
    {
        _store = store;
    }

    public void Dispose()
    {
        _store.Dispose();
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Decide_AmongIncrementalIngests_SameIncidentsAsFullFusionWithTheDecisions(int seed)
    {
        var reports = new SyntheticReports(seed, days: 40, oblasts: 2, settlementsPerOblast: 4, editShare: 0.2);
        var random = new Random(seed);
        var minute = 0;
        var done = new Dictionary<string, int>(StringComparer.Ordinal);
        FusionUpdate.Rebuild(_store);
        foreach (var (report, extraction) in reports.Take(120))
        {
            _store.StoreReport(report, extraction, Ingested.AddMinutes(minute++));
            FusionUpdate.Update(_store, [report.Key]);
            if (minute % 6 == 0)
            {
                var outcome = Decide(random);
                done[outcome] = done.GetValueOrDefault(outcome) + 1;
            }
        }

        var decisions = _store.Review().Decisions().Select(ReviewDecisionCodec.FromStored).ToList();
        var full = _store.UpdateFusion(session => IncidentFusion.Fuse(session.AllVersions(), decisions: decisions))
            .Select(i => IncidentDocuments.ToStored(i).Document).Order(StringComparer.Ordinal).ToList();

        Assert.True(decisions.Count >= 15, string.Join(", ", done));
        Assert.True(done.Count(d => d.Key.EndsWith(":Done", StringComparison.Ordinal)) >= 4, "too few kinds of decision applied: " + string.Join(", ", done));
        Assert.Equal(full, Documents());
    }

    [Theory]
    [InlineData(3, 1, 0, 1_000)]
    [InlineData(4, 7, 2, 3)]
    [InlineData(5, 30, 10, 1)]
    [InlineData(6, 1_000, 0, 1_000)]
    [InlineData(7, 1_000, 0, 4)]
    [InlineData(8, 15, 4, 2)]
    public void Rebuild_ChunkByChunk_SameIncidentsAsOneFullFusionWithTheDecisions(int seed, int reportsPerChunk, int minimumCutDays, int writeSlice)
    {
        // Three oblasts and random merges between any two incidents: decisions that span regions and days.
        var reports = new SyntheticReports(seed, days: 40, oblasts: 3, settlementsPerOblast: 4, editShare: 0.2);
        var random = new Random(seed);
        var minute = 0;
        var done = new Dictionary<string, int>(StringComparer.Ordinal);
        FusionUpdate.Rebuild(_store);
        foreach (var (report, extraction) in reports.Take(120))
        {
            _store.StoreReport(report, extraction, Ingested.AddMinutes(minute++));
            FusionUpdate.Update(_store, [report.Key]);
            if (minute % 5 == 0)
            {
                var outcome = Decide(random);
                done[outcome] = done.GetValueOrDefault(outcome) + 1;
            }
        }

        var decisions = _store.Review().Decisions().Select(ReviewDecisionCodec.FromStored).ToList();
        var full = _store.UpdateFusion(session => IncidentFusion.Fuse(session.AllVersions(), decisions: decisions))
            .Select(i => IncidentDocuments.ToStored(i).Document).Order(StringComparer.Ordinal).ToList();

        // Chunks are fused on another thread while the previous one is written, a slice of writeSlice incidents at a time.
        var count = FusionUpdate.Rebuild(_store, reportsPerChunk, minimumCutDays, writeSlice);

        Assert.True(done.GetValueOrDefault("3:Done") + done.GetValueOrDefault("4:Done") >= 2, "too few merges and splits: " + string.Join(", ", done));
        Assert.True(full.Count > 30, $"only {full.Count} incidents: the scenario is too thin to show anything");
        Assert.Equal(full.Count, count);
        Assert.Equal(full, Documents());
    }

    /// <summary>One random decision on a random incident, as an analyst would make it through the service.</summary>
    private string Decide(Random random)
    {
        var page = _store.IncidentPage(IncidentFilter.All, 500).Items;
        var target = page[random.Next(page.Count)];
        var incident = IncidentDocuments.FromStored(_store.Incident(target.Id)!);
        var kind = random.Next(5);
        var result = kind switch
        {
            0 => _review.Correct(_store, target.Id, new Correction(new Dictionary<ClaimField, int> { [ClaimField.Killed] = random.Next(10) }, null, null, null), "checked", "olena", null),
            1 => _review.SetStatus(_store, target.Id, ReviewStatus.Verified, "checked", "olena", null),
            2 when incident.Claims.Count > 0 => _review.Reject(_store, target.Id, ClaimIds.Of(incident.Claims[0]), "a sub-count", "olena", null),
            3 => _review.Merge(_store, target.Id, page[random.Next(page.Count)].Id, "one attack", "olena"),
            4 when incident.ReportCount > 1 => _review.Split(_store, target.Id, [incident.Claims[0].ReportKey], "another attack", "olena", null),
            _ => _review.SetStatus(_store, target.Id, ReviewStatus.Disputed, "unclear", "olena", null),
        };
        return $"{kind}:{result.Outcome}";
    }

    [Fact]
    public void Correct_ThenReingestAndRebuild_CorrectionStandsBothClaimsVisibleOneAudit()
    {
        var text = "Drones hit Kharkiv, the mayor said.";
        var report = TestData.Report("https://example.org/kharkiv", text, Ingested);
        _store.StoreReport(report, TestData.Extraction(text, killed: 3), Ingested);
        FusionUpdate.Rebuild(_store);
        var id = Assert.Single(_store.IncidentPage(IncidentFilter.All, 10).Items).Id;
        var version = ReviewService.Version(_store.Incident(id)!);

        var result = _review.Correct(_store, id, new Correction(new Dictionary<ClaimField, int> { [ClaimField.Killed] = 4 }, null, null, null),
            "the hospital counted four", "olena", version);
        _store.StoreReport(report, TestData.Extraction(text, killed: 3), Ingested.AddHours(1)); // unchanged: no new version
        FusionUpdate.Update(_store, [report.Key]);
        FusionUpdate.Rebuild(_store);

        Assert.Equal(ReviewOutcome.Done, result.Outcome);
        var after = IncidentDocuments.FromStored(_store.Incident(id)!);
        Assert.Equal(4, after.Killed.Value);
        Assert.Equal([3, 4], after.Killed.History.Select(h => h.Value).Order());
        Assert.Contains(after.Killed.History, h => h.Claimant.Kind == ClaimantKind.Analyst && h.Evidence.Text == "the hospital counted four");
        var audit = Assert.Single(_store.Audit().Audit(new AuditQuery(Action: "incident.correct")).Items);
        Assert.Equal(("olena", id, "the hospital counted four"), (audit.Actor, audit.Target, audit.Note));
        Assert.Equal(3, JsonDocument.Parse(audit.Before!).RootElement.GetProperty("killed").GetInt32());
        Assert.Equal(4, JsonDocument.Parse(audit.After!).RootElement.GetProperty("killed").GetInt32());
    }

    [Fact]
    public void Correct_StaleVersionOrUnknownIncident_ConflictOrNotFoundAndNothingStored()
    {
        var text = "Drones hit Kharkiv, the mayor said.";
        _store.StoreReport(TestData.Report("https://example.org/kharkiv", text, Ingested), TestData.Extraction(text, killed: 3), Ingested);
        FusionUpdate.Rebuild(_store);
        var id = Assert.Single(_store.IncidentPage(IncidentFilter.All, 10).Items).Id;
        var correction = new Correction(new Dictionary<ClaimField, int> { [ClaimField.Killed] = 4 }, null, null, null);

        Assert.Equal(ReviewOutcome.Conflict, _review.Correct(_store, id, correction, "note", "olena", "\"stale\"").Outcome);
        Assert.Equal(ReviewOutcome.NotFound, _review.Correct(_store, "2025-01-01-nowhere-000000", correction, "note", "olena", null).Outcome);
        Assert.Equal(ReviewOutcome.NotFound, _review.Reject(_store, id, "cnot-a-claim", "reason", "olena", null).Outcome);
        Assert.Empty(_store.Review().Decisions());
        Assert.Equal(0, _store.Audit().Audit(new AuditQuery()).Total);
    }

    private List<string> Documents() =>
        [.. _store.IncidentDocuments(IncidentFilter.All).Order(StringComparer.Ordinal)];
}

public sealed class SqliteReviewServiceTests : ReviewServiceTests
{
    private readonly string _folder;

    public SqliteReviewServiceTests()
        : this(Path.Combine(Path.GetTempPath(), "vigil-review-" + Guid.NewGuid().ToString("N")))
    {
    }

    private SqliteReviewServiceTests(string folder)
        : base(SqliteVigilStore.Open(Path.Combine(folder, "vigil.db")))
    {
        _folder = folder;
    }

    protected override void Dispose(bool disposing)
    {
        Directory.Delete(_folder, recursive: true);
        base.Dispose(disposing);
    }
}

public sealed class PostgresReviewServiceTests : ReviewServiceTests
{
    private readonly string _database;

    public PostgresReviewServiceTests()
        : this(PostgresCluster.CreateDatabase("vigil_review"))
    {
    }

    private PostgresReviewServiceTests(string database)
        : base(PostgresVigilStore.Open(PostgresCluster.ConnectionString(database), StoreAccess.Create))
    {
        _database = database;
    }

    protected override void Dispose(bool disposing)
    {
        PostgresCluster.DropDatabase(_database);
        base.Dispose(disposing);
    }
}
