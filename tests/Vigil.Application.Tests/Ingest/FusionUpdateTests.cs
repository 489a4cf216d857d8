using Vigil.Application.Ingest;
using Vigil.Benchmarks;
using Vigil.Fusion;
using Vigil.Storage;
using Vigil.Storage.Postgres;
using Vigil.Storage.Sqlite;
using Vigil.Storage.Tests.Postgres;

namespace Vigil.Application.Tests.Ingest;

/// <summary>Incremental fusion through each store's fusion session: run against SQLite and PostgreSQL alike.</summary>
public abstract class FusionUpdateTests : IDisposable
{
    private static readonly DateTimeOffset Ingested = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly IVigilStore _store;

    protected FusionUpdateTests(IVigilStore store)
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
    [InlineData(3)]
    public void Update_ReportsOneByOne_SameIncidentsAsFullFusion(int seed)
    {
        var reports = new SyntheticReports(seed, days: 40, oblasts: 2, settlementsPerOblast: 4, editShare: 0.2);
        var minute = 0;
        FusionUpdate.Rebuild(_store);
        foreach (var (report, extraction) in reports.Take(150))
        {
            _store.StoreReport(report, extraction, Ingested.AddMinutes(minute++));
            FusionUpdate.Update(_store, [report.Key]);
        }

        var incremental = Documents();
        var full = _store.UpdateFusion(session => IncidentFusion.Fuse(session.AllVersions()))
            .Select(i => IncidentDocuments.ToStored(i).Document).Order(StringComparer.Ordinal).ToList();

        Assert.True(full.Count > 20, $"only {full.Count} incidents: the scenario is too thin to show anything");
        Assert.Equal(full, incremental);
    }

    [Fact]
    public void Update_ReportAlreadyFused_WritesNothing()
    {
        var reports = new SyntheticReports(5, days: 10, oblasts: 1, settlementsPerOblast: 3);
        var keys = new List<string>();
        foreach (var (report, extraction) in reports.Take(60))
        {
            _store.StoreReport(report, extraction, Ingested);
            keys.Add(report.Key);
        }

        FusionUpdate.Rebuild(_store);
        var before = Documents();

        // Dozens of incidents are in reach of every report here, and re-fusing them changes none.
        var written = FusionUpdate.Update(_store, [keys[30]]);

        Assert.True(before.Count > 10, $"only {before.Count} incidents: the scenario is too thin to show anything");
        Assert.Equal(0, written);
        Assert.Equal(before, Documents());
    }

    [Fact]
    public void Update_IndexNotBuilt_RebuildsEverythingThenStaysIncremental()
    {
        var reports = new SyntheticReports(7, days: 30, oblasts: 2);
        foreach (var (report, extraction) in reports.Take(40))
        {
            _store.StoreReport(report, extraction, Ingested);
        }

        _store.RefreshIncidents(_ => []); // fused without the index, as before schema 4
        var first = reports.Next();
        _store.StoreReport(first.Report, first.Extraction, Ingested);

        FusionUpdate.Update(_store, [first.Report.Key]);
        var afterRebuild = Documents();
        var second = reports.Next();
        _store.StoreReport(second.Report, second.Extraction, Ingested);
        var replaced = FusionUpdate.Update(_store, [second.Report.Key]);

        Assert.Equal(IncidentFusion.Fuse(_store.UpdateFusion(s => s.AllVersions())).Count, _store.Stats().Incidents);
        Assert.True(afterRebuild.Count > 20);
        Assert.InRange(replaced, 1, afterRebuild.Count / 2);
    }

    [Fact]
    public void Update_ReportsStoredByAKilledRun_FusedByTheNextUpdate()
    {
        var reports = new SyntheticReports(11, days: 20, oblasts: 2);
        foreach (var (report, extraction) in reports.Take(30))
        {
            _store.StoreReport(report, extraction, Ingested);
        }

        FusionUpdate.Rebuild(_store);
        foreach (var (report, extraction) in reports.Take(15))
        {
            _store.StoreReport(report, extraction, Ingested); // stored, then the run dies before fusing
        }

        var replaced = FusionUpdate.Update(_store, []);

        var full = _store.UpdateFusion(session => IncidentFusion.Fuse(session.AllVersions()))
            .Select(i => IncidentDocuments.ToStored(i).Document).Order(StringComparer.Ordinal).ToList();
        Assert.True(replaced > 0);
        Assert.Equal(full, Documents());
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(100, false)]
    public void Ingest_MoreChangedReportsThanTheLimit_RebuildsInsteadSameIncidentsAsFullFusion(int limit, bool rebuilds)
    {
        var reports = new SyntheticReports(13, days: 30, oblasts: 2);
        foreach (var (report, extraction) in reports.Take(40))
        {
            _store.StoreReport(report, extraction, Ingested);
        }

        FusionUpdate.Rebuild(_store);
        var batch = reports.Take(30).ToList();
        var extractions = batch.ToDictionary(p => (object)p.Report, p => p.Extraction, ReferenceEqualityComparer.Instance);
        var rebuilt = 0;
        var pipeline = new IngestPipeline(_store, r => extractions[r], _ => throw new InvalidOperationException("no all-at-once fusion here"))
        {
            Refresh = FusionUpdate.Update,
            Rebuild = store => { rebuilt++; return FusionUpdate.Rebuild(store); },
            IncrementalLimit = limit,
            BatchSize = 8,
        };

        var summary = pipeline.Run(batch.Select(p => new IngestInput(p.Report.Key, p.Report, null)));

        var full = _store.UpdateFusion(session => IncidentFusion.Fuse(session.AllVersions()))
            .Select(i => IncidentDocuments.ToStored(i).Document).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(rebuilds ? 1 : 0, rebuilt);
        Assert.True(summary.New + summary.Updated > limit == rebuilds);
        Assert.Equal(full, Documents());
    }

    [Theory]
    [InlineData(21, 7)]
    [InlineData(22, 40)]
    public void Rebuild_ChunksIndexedFromStoredFootprints_SameIncidentsAsFullFusion(int seed, int reportsPerChunk)
    {
        var reports = new SyntheticReports(seed, days: 60, oblasts: 3, settlementsPerOblast: 4, editShare: 0.2).Take(200).ToList();
        // Most stored with the footprint ingest computes, some without (as stored before schema 9): both paths meet in one rebuild.
        var batch = reports.Select((p, i) => new ReportToStore(p.Report, p.Extraction, i % 5 == 0 ? null : FusionUpdate.FootprintOf(p.Report, p.Extraction))).ToList();
        foreach (var slice in batch.Chunk(16))
        {
            _store.StoreReports(slice, Ingested);
        }

        var full = _store.UpdateFusion(session => IncidentFusion.Fuse(session.AllVersions()))
            .Select(i => IncidentDocuments.ToStored(i).Document).Order(StringComparer.Ordinal).ToList();

        var count = FusionUpdate.Rebuild(_store, reportsPerChunk, minimumCutDays: 10, writeSlice: 3);

        Assert.True(full.Count > 30, $"only {full.Count} incidents: the scenario is too thin to show anything");
        Assert.Equal(full.Count, count);
        Assert.Equal(full, Documents());
    }

    [Fact]
    public void FootprintOf_ReportsWithRevisions_SameAsTheFootprintOfTheStoredCurrentVersion()
    {
        var reports = new SyntheticReports(23, days: 30, oblasts: 3, settlementsPerOblast: 4, editShare: 0.3).Take(150).ToList();
        foreach (var slice in reports.Chunk(32))
        {
            _store.StoreReports([.. slice.Select(p => new ReportToStore(p.Report, p.Extraction, FusionUpdate.FootprintOf(p.Report, p.Extraction)))], Ingested);
        }

        var keys = reports.Select(p => p.Report.Key).Distinct(StringComparer.Ordinal).ToList();
        var (stored, computed) = _store.UpdateFusion(session => (session.StoredFootprints(keys),
            session.Versions(keys).GroupBy(v => v.ReportKey, StringComparer.Ordinal)
                .Select(versions => FusionFootprint.Of(versions.OrderByDescending(v => v.Version).First()))
                .ToDictionary(f => f.ReportKey, StringComparer.Ordinal)));

        Assert.True(keys.Count < reports.Count, "no revised report: the scenario shows nothing about current versions");
        Assert.Equal(keys.Order(StringComparer.Ordinal), stored.Keys.Order(StringComparer.Ordinal));
        foreach (var key in keys)
        {
            Assert.Equal(computed[key].Cells.Select(c => new IndexCell(c.Region, c.Day)), stored[key].Cells);
            Assert.Equal(computed[key].Names.Select(n => new IndexName(n.NameKey, n.PlaceId)), stored[key].Names);
        }
    }

    private List<string> Documents() =>
        [.. _store.IncidentDocuments(IncidentFilter.All).Order(StringComparer.Ordinal)];
}

public sealed class FusionUpdateChunkTests
{
    [Fact]
    public void Chunks_SmallRegionsAndALargeOne_SmallOnesShareAChunkLargeOneCutOnlyAfterTheMinimumDays()
    {
        IndexCellCount[] cells =
        [
            new("UA-05", 3, 2), new("UA-05", 9, 1),
            new("UA-63", -1, 1), new("UA-63", 0, 4), new("UA-63", 1, 4), new("UA-63", 2, 4), new("UA-63", 5, 4), new("UA-63", 6, 4),
            new("report:x", 0, 1),
        ];

        var chunks = FusionUpdate.Chunks(cells, reportsPerChunk: 3, minimumCutDays: 5).ToList();

        // UA-05 fills a chunk (3 reports); UA-63 is cut only at day 5, the first day 5 or more after its first cell (undated: -1).
        Assert.Equal(
            ["UA-05:3 UA-05:9", "UA-63:-1 UA-63:0 UA-63:1 UA-63:2", "UA-63:5 UA-63:6", "report:x:0"],
            chunks.Select(c => string.Join(' ', c.Select(cell => $"{cell.Region}:{cell.Day}"))));
        Assert.Equal(cells.Length, chunks.Sum(c => c.Count));
    }
}

public sealed class SqliteFusionUpdateTests : FusionUpdateTests
{
    private readonly string _folder;

    public SqliteFusionUpdateTests()
        : this(Path.Combine(Path.GetTempPath(), "vigil-fusion-" + Guid.NewGuid().ToString("N")))
    {
    }

    private SqliteFusionUpdateTests(string folder)
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

public sealed class PostgresFusionUpdateTests : FusionUpdateTests
{
    private readonly string _database;

    public PostgresFusionUpdateTests()
        : this(PostgresCluster.CreateDatabase("vigil_fusion"))
    {
    }

    private PostgresFusionUpdateTests(string database)
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
