using System.Text.Json;
using Vigil.Core;
using Vigil.Application.Ingest;
using Vigil.Storage;
using Vigil.Storage.Sqlite;
using Vigil.Storage.Tests;

namespace Vigil.Application.Tests.Ingest;

public sealed class IngestPipelineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vigil-app-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteVigilStore _store;
    private int _extractions;
    private List<ReportExtraction> _lastFused = [];

    public IngestPipelineTests()
    {
        _store = SqliteVigilStore.Open(Path.Combine(_folder, "vigil.db"));
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Run_SameInputsTwice_SecondRunUnchangedWithoutExtracting()
    {
        var inputs = Inputs(5);
        var first = Pipeline().Run(inputs);
        var extractedFirst = _extractions;

        var second = Pipeline().Run(inputs);

        Assert.Equal((5, 0, 0, 0), (first.New, first.Updated, first.Unchanged, first.Failed));
        Assert.Equal((0, 0, 5, 0), (second.New, second.Updated, second.Unchanged, second.Failed));
        Assert.Equal(5, extractedFirst);
        Assert.Equal(5, _extractions);
        Assert.Equal(5, _store.Stats().Reports);
    }

    [Fact]
    public void Run_ChangedTextAtSameKey_CountedUpdated()
    {
        Pipeline().Run(Inputs(3));

        var summary = Pipeline().Run([IngestInput.Read(TestData.Report("https://example.org/r1", "Revised: 7 people were killed in Kharkiv."))]);

        Assert.Equal((0, 1, 0), (summary.New, summary.Updated, summary.Unchanged));
        Assert.Equal((3L, 4L), (_store.Stats().Reports, _store.Stats().ReportVersions));
        Assert.Equal(2, _lastFused.Single(e => e.ReportKey == "https://example.org/r1").Version); // the revision is current
    }

    [Fact]
    public void Run_UnreadableInputAndThrowingExtractor_NamedFailuresRestStored()
    {
        var inputs = new List<IngestInput>(Inputs(4))
        {
            IngestInput.Failed("samples/broken.json", "invalid JSON at line 3"),
            IngestInput.Read(TestData.Report("https://example.org/poison", "poison")),
        };
        var seen = new List<IngestItemResult>();

        var summary = Pipeline().Run(inputs, seen.Add);

        Assert.Equal(4, summary.New);
        Assert.Equal(["samples/broken.json", "https://example.org/poison"], summary.Failures.Select(f => f.Origin));
        Assert.Equal("invalid JSON at line 3", summary.Failures[0].Error);
        Assert.Equal("extraction failed: the rule tripped", summary.Failures[1].Error);
        Assert.Equal(6, seen.Count);
        Assert.Equal(2, _store.Stats().Failed);
        Assert.Equal(4, _store.Stats().Reports);
    }

    [Fact]
    public void Run_SmallBatches_FusesOnceOverEveryCurrentReport()
    {
        var pipeline = new IngestPipeline(_store, Extract, Fuse) { BatchSize = 2, MaxParallelism = 2 };

        var summary = pipeline.Run(Inputs(7));

        Assert.Equal(7, summary.New);
        Assert.Equal(7, _lastFused.Count);
        Assert.Equal(7, summary.Incidents);
        Assert.Equal(7, _store.Incidents(IncidentFilter.All).Count);
    }

    [Fact]
    public void Run_ManyInputs_StoredInInputOrder()
    {
        var inputs = Inputs(50);

        new IngestPipeline(_store, Extract, Fuse) { BatchSize = 16, MaxParallelism = 4 }.Run(inputs);

        var versions = inputs.Select(i => _store.ReportVersions(i.Report!.Key).Single()).ToList();
        Assert.Equal(versions.OrderBy(v => v.Ingested).Select(v => v.Key), versions.Select(v => v.Key));
        Assert.All(versions, v => Assert.Equal(3, v.ClaimCount)); // killed + launched + intercepted
    }

    private IngestPipeline Pipeline() => new(_store, Extract, Fuse);

    private static List<IngestInput> Inputs(int count) =>
        Enumerable.Range(0, count)
            .Select(i => IngestInput.Read(TestData.Report($"https://example.org/r{i}", $"Report {i}: {i + 1} people were killed in Kharkiv.")))
            .ToList();

    private ExtractionResult Extract(Report report)
    {
        Interlocked.Increment(ref _extractions);
        if (report.Text == "poison")
        {
            throw new InvalidOperationException("the rule tripped");
        }

        return TestData.Extraction(report.Text, report.Text.Length % 10);
    }

    // One incident per report (its current, highest version): enough to see that fusion ran over every report.
    private List<StoredIncident> Fuse(IReadOnlyList<ReportExtraction> all)
    {
        var extractions = all.GroupBy(e => e.ReportKey, StringComparer.Ordinal).Select(g => g.MaxBy(e => e.Version)!).ToList();
        _lastFused = extractions;
        return extractions.Select(e => new StoredIncident("inc-" + e.ReportKey, e.Extraction.Incidents[0].Date, "Kharkiv", null, "Kharkiv Oblast", "UA-63",
            null, null, ["drone"], e.Extraction.Incidents[0].Killed, null, null, null, 1, false, JsonSerializer.Serialize(e.ReportKey))).ToList();
    }
}
