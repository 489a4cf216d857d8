using Vigil.Core;
using Vigil.Storage;

namespace Vigil.Application.Ingest;

/// <summary>
/// read → extract → store → re-fuse. Inputs are taken in batches: the store says which reports it
/// already holds (unchanged content is never extracted again), the rest are extracted in parallel
/// (extraction is pure) while the previous batch is stored, one transaction per report in input order. After the last
/// batch the incidents are re-fused from every current report and replaced atomically, so a run
/// that was killed half-way is repaired by the next one. One bad input never stops the run.
/// </summary>
public sealed class IngestPipeline
{
    private readonly IVigilStore _store;
    private readonly Func<Report, ExtractionResult> _extract;
    private readonly Func<IReadOnlyList<ReportExtraction>, IReadOnlyList<StoredIncident>> _fuse;
    private readonly TimeProvider _clock;

    public IngestPipeline(
        IVigilStore store,
        Func<Report, ExtractionResult> extract,
        Func<IReadOnlyList<ReportExtraction>, IReadOnlyList<StoredIncident>> fuse,
        TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(extract);
        ArgumentNullException.ThrowIfNull(fuse);
        _store = store;
        _extract = extract;
        _fuse = fuse;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Reports per batch: enough to keep both cores busy extracting, small enough to bound memory.</summary>
    public int BatchSize { get; init; } = 128;

    /// <summary>
    /// Brings the incidents up to date given the keys of the reports stored with a new version
    /// (incremental fusion); null re-fuses everything through the fusion delegate.
    /// </summary>
    public Func<IVigilStore, IReadOnlyCollection<string>, int>? Refresh { get; init; }

    /// <summary>Extraction threads; 1 extracts on the calling thread.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Ingests every input and re-fuses; <paramref name="onItem"/> hears of each input as it is done.</summary>
    public IngestSummary Run(IEnumerable<IngestInput> inputs, Action<IngestItemResult>? onItem = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        int added = 0, updated = 0, unchanged = 0;
        var failures = new List<IngestItemResult>();
        var changed = new HashSet<string>(StringComparer.Ordinal);

        void Done(IngestItemResult result)
        {
            switch (result.Outcome)
            {
                case StoreOutcome.New: added++; changed.Add(result.ReportKey!); break;
                case StoreOutcome.Updated: updated++; changed.Add(result.ReportKey!); break;
                case StoreOutcome.Unchanged: unchanged++; break;
                default:
                    failures.Add(result);
                    TryRecordFailure(result);
                    break;
            }

            onItem?.Invoke(result);
        }

        // Two stages overlap: while one batch is stored (one core, the single writer), the next is
        // extracted on the others.
        Task<Work[]>? extracting = null;
        foreach (var batch in inputs.Chunk(Math.Max(1, BatchSize)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var work = Prepare(batch);
            var next = Task.Run(() => Extract(work, cancellationToken), cancellationToken);
            if (extracting is not null)
            {
                StoreAll(extracting.GetAwaiter().GetResult(), Done);
            }

            extracting = next;
        }

        if (extracting is not null)
        {
            StoreAll(extracting.GetAwaiter().GetResult(), Done);
        }

        var incidents = Refresh is { } refresh ? RefreshIncremental(refresh, changed) : _store.RefreshIncidents(_fuse);
        return new IngestSummary(added, updated, unchanged, failures, incidents);
    }

    /// <summary>The incidents the run touched, then the store's count (what the summary reports).</summary>
    private int RefreshIncremental(Func<IVigilStore, IReadOnlyCollection<string>, int> refresh, HashSet<string> changed)
    {
        refresh(_store, changed);
        return (int)_store.Stats().Incidents;
    }

    /// <summary>Which inputs need extracting: unchanged content (key and hash already stored) does not.</summary>
    private Work[] Prepare(IngestInput[] batch)
    {
        var work = new Work[batch.Length];
        for (var i = 0; i < batch.Length; i++)
        {
            var input = batch[i];
            work[i] = input.Report is { } report
                ? new Work(input, needsExtraction: !_store.Contains(report.Key, report.ContentHash))
                : new Work(input, needsExtraction: false);
        }

        return work;
    }

    private Work[] Extract(Work[] work, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, MaxParallelism), CancellationToken = cancellationToken };
        Parallel.For(0, work.Length, options, i =>
        {
            if (work[i].NeedsExtraction)
            {
                try
                {
                    work[i].Extraction = _extract(work[i].Input.Report!);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A rule that trips on one odd text must not cost the rest of the batch.
                    work[i].Error = "extraction failed: " + e.Message;
                }
            }
        });
        return work;
    }

    private void StoreAll(Work[] work, Action<IngestItemResult> done)
    {
        foreach (var item in work)
        {
            done(Store(item));
        }
    }

    private IngestItemResult Store(Work item)
    {
        var input = item.Input;
        if (input.Report is not { } report)
        {
            return new IngestItemResult(input.Origin, null, null, input.Error ?? "unreadable");
        }

        if (item.Error is not null)
        {
            return new IngestItemResult(input.Origin, report.Key, null, item.Error);
        }

        if (!item.NeedsExtraction)
        {
            return new IngestItemResult(input.Origin, report.Key, StoreOutcome.Unchanged, null);
        }

        try
        {
            var result = _store.StoreReport(report, item.Extraction!, _clock.GetUtcNow());
            return new IngestItemResult(input.Origin, report.Key, result.Outcome, null);
        }
        catch (StoreException e)
        {
            return new IngestItemResult(input.Origin, report.Key, null, e.Message);
        }
    }

    private void TryRecordFailure(IngestItemResult failure)
    {
        try
        {
            _store.RecordFailure(failure.Origin, failure.Error ?? "failed", _clock.GetUtcNow());
        }
        catch (StoreException)
        {
            // The failure is still reported to the caller; the store being unwritable is its own failure.
        }
    }

    private sealed class Work(IngestInput input, bool needsExtraction)
    {
        public IngestInput Input { get; } = input;

        public bool NeedsExtraction { get; } = needsExtraction;

        public ExtractionResult? Extraction { get; set; }

        public string? Error { get; set; }
    }
}
