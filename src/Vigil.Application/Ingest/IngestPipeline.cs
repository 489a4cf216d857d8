using System.Diagnostics;
using System.Threading.Channels;
using Vigil.Core;
using Vigil.Storage;

namespace Vigil.Application.Ingest;

/// <summary>
/// read → extract → store → re-fuse. Inputs are taken in batches: the store says which reports it
/// already holds (unchanged content is never extracted again), the rest are extracted in parallel
/// (extraction is pure) while the previous batch is stored, one transaction per batch in input order. After the last
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

    /// <summary>
    /// Reports per batch: one store transaction each, and the unit extraction works on while the
    /// previous batch is written. Large enough to make commits rare, small enough to bound memory.
    /// </summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>
    /// Brings the incidents up to date given the keys of the reports stored with a new version
    /// (incremental fusion); null re-fuses everything through the fusion delegate.
    /// </summary>
    public Func<IVigilStore, IReadOnlyCollection<string>, int>? Refresh { get; init; }

    /// <summary>
    /// Re-fuses everything (with bounded memory) instead of <see cref="Refresh"/>; used when a run
    /// changes more than <see cref="IncrementalLimit"/> reports. Null: such a run still refreshes incrementally.
    /// </summary>
    public Func<IVigilStore, int>? Rebuild { get; init; }

    /// <summary>
    /// Changed reports above which a run stops listing their keys and rebuilds instead: a year's
    /// ingest would otherwise hold every key in memory to re-fuse what a rebuild re-fuses anyway.
    /// </summary>
    public int IncrementalLimit { get; init; } = 50_000;

    /// <summary>Extraction threads; 1 extracts on the calling thread.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Ingests every input and re-fuses; <paramref name="onItem"/> hears of each input as it is done.</summary>
    public IngestSummary Run(IEnumerable<IngestInput> inputs, Action<IngestItemResult>? onItem = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        int added = 0, updated = 0, unchanged = 0;
        var failures = new List<IngestItemResult>();
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var rebuild = false;
        var clock = Stopwatch.StartNew();
        TimeSpan waitingForInput = TimeSpan.Zero, waitingForExtraction = TimeSpan.Zero, storing = TimeSpan.Zero;

        void Done(IngestItemResult result)
        {
            switch (result.Outcome)
            {
                case StoreOutcome.New: added++; Changed(result.ReportKey!); break;
                case StoreOutcome.Updated: updated++; Changed(result.ReportKey!); break;
                case StoreOutcome.Unchanged: unchanged++; break;
                default:
                    failures.Add(result);
                    TryRecordFailure(result);
                    break;
            }

            onItem?.Invoke(result);
        }

        void Changed(string key)
        {
            if (rebuild)
            {
                return;
            }

            changed.Add(key);
            if (Rebuild is not null && changed.Count > IncrementalLimit)
            {
                rebuild = true;
                changed = new HashSet<string>(StringComparer.Ordinal);
            }
        }

        // Three stages overlap: a reader thread parses the inputs into batches (a bounded channel
        // keeps it at most two batches ahead), extraction runs on the other cores, and this thread,
        // the single writer, stores one batch while the next is extracted.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var batches = Channel.CreateBounded<IngestInput[]>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => ReadBatches(inputs, batches.Writer, stop.Token), stop.Token);
        try
        {
            Task<Work[]>? extracting = null;
            while (true)
            {
                var waited = clock.Elapsed;
                if (!batches.Reader.TryRead(out var batch))
                {
                    if (!batches.Reader.WaitToReadAsync(stop.Token).AsTask().GetAwaiter().GetResult())
                    {
                        break;
                    }

                    waitingForInput += clock.Elapsed - waited;
                    continue;
                }

                var started = clock.Elapsed;
                var work = Prepare(batch);
                storing += clock.Elapsed - started;
                var next = Task.Run(() => Extract(work, stop.Token), stop.Token);
                if (extracting is not null)
                {
                    StoreBatch(extracting, Done, clock, ref waitingForExtraction, ref storing);
                }

                extracting = next;
            }

            if (extracting is not null)
            {
                StoreBatch(extracting, Done, clock, ref waitingForExtraction, ref storing);
            }
        }
        finally
        {
            // Whatever ended the loop, the reader must not wait forever on a full channel.
            stop.Cancel();
            try
            {
                reading.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                // Ended by the cancellation just above (or the caller's, rethrown by the loop).
            }
        }

        var fusing = clock.Elapsed;
        var incidents = rebuild && Rebuild is { } all ? all(_store)
            : Refresh is { } refresh ? RefreshIncremental(refresh, changed) : _store.RefreshIncidents(_fuse);
        var timings = new IngestTimings(waitingForInput, waitingForExtraction, storing, clock.Elapsed - fusing, clock.Elapsed);
        return new IngestSummary(added, updated, unchanged, failures, incidents) { Timings = timings };
    }

    private void StoreBatch(Task<Work[]> extracting, Action<IngestItemResult> done, Stopwatch clock, ref TimeSpan waitingForExtraction, ref TimeSpan storing)
    {
        var waited = clock.Elapsed;
        var work = extracting.GetAwaiter().GetResult();
        var started = clock.Elapsed;
        waitingForExtraction += started - waited;
        StoreAll(work, done);
        storing += clock.Elapsed - started;
    }

    private void ReadBatches(IEnumerable<IngestInput> inputs, ChannelWriter<IngestInput[]> writer, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var batch in inputs.Chunk(Math.Max(1, BatchSize)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.WriteAsync(batch, cancellationToken).AsTask().GetAwaiter().GetResult();
            }

            writer.Complete();
        }
        catch (Exception e)
        {
            // The writer sees the reader's failure (a folder that vanished, say) where it waits for the next batch.
            writer.Complete(e);
        }
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
        // One question to the store per batch, not one per report.
        var reports = batch.Select(static i => i.Report).OfType<Report>().ToList();
        var stored = _store.ContainsAll([.. reports.Select(static r => (r.Key, r.ContentHash))]);
        var work = new Work[batch.Length];
        var next = 0;
        for (var i = 0; i < batch.Length; i++)
        {
            var input = batch[i];
            work[i] = input.Report is not null
                ? new Work(input, needsExtraction: !stored[next++])
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
                    var report = work[i].Input.Report!;
                    work[i].Extraction = _extract(report);
                    // Here, on the extraction cores, rather than in a full rebuild's index pass,
                    // which would otherwise read and parse every extraction once more for it.
                    work[i].Footprint = FusionUpdate.FootprintOf(report, work[i].Extraction!);
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
        // Everything that needs writing goes to the store at once (one transaction on SQLite);
        // results come back per report, in input order.
        var toStore = work.Where(static w => w.Input.Report is not null && w.Error is null && w.NeedsExtraction).ToList();
        var attempts = toStore.Count == 0
            ? []
            : _store.StoreReports([.. toStore.Select(static w => new ReportToStore(w.Input.Report!, w.Extraction!, w.Footprint))], _clock.GetUtcNow());
        var next = 0;
        foreach (var item in work)
        {
            done(Result(item, item.Input.Report is not null && item.Error is null && item.NeedsExtraction ? attempts[next++] : null));
        }
    }

    private static IngestItemResult Result(Work item, StoreAttempt? attempt)
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

        if (attempt is not { } stored)
        {
            return new IngestItemResult(input.Origin, report.Key, StoreOutcome.Unchanged, null);
        }

        return stored.Result is { } result
            ? new IngestItemResult(input.Origin, report.Key, result.Outcome, null)
            : new IngestItemResult(input.Origin, report.Key, null, stored.Error ?? "not stored");
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

        public ReportIndexEntry? Footprint { get; set; }

        public string? Error { get; set; }
    }
}
