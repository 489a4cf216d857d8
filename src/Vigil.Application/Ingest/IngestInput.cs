using Vigil.Core;
using Vigil.Storage;

namespace Vigil.Application.Ingest;

/// <summary>
/// One item for ingest: a report read from <see cref="Origin"/>, or the reason nothing could be
/// read from it (a bad file, a malformed feed item).
/// </summary>
public readonly record struct IngestInput(string Origin, Report? Report, string? Error)
{
    public static IngestInput Read(Report report) => new(report.Origin ?? report.Key, report, null);

    public static IngestInput Failed(string origin, string error) => new(origin, null, error);
}

/// <summary>What happened to one input.</summary>
public readonly record struct IngestItemResult(string Origin, string? ReportKey, StoreOutcome? Outcome, string? Error)
{
    public bool Failed => Error is not null;
}

/// <summary>Counts of one ingest run, each failure with its reason, and the incidents after re-fusion.</summary>
public sealed record IngestSummary(
    int New,
    int Updated,
    int Unchanged,
    IReadOnlyList<IngestItemResult> Failures,
    int Incidents)
{
    public int Failed => Failures.Count;

    public int Total => New + Updated + Unchanged + Failed;

    /// <summary>Where the run's time went (<c>vigil ingest --timings</c>).</summary>
    public IngestTimings Timings { get; init; } = IngestTimings.None;
}

/// <summary>
/// Wall time of one ingest run by phase, as the writer thread saw it: waiting for inputs to be
/// read, waiting for extraction, storing (checking what is stored already, then writing), and the
/// final fusion. Reading and extraction run on other threads, so only their waits show here.
/// </summary>
public sealed record IngestTimings(TimeSpan WaitingForInput, TimeSpan WaitingForExtraction, TimeSpan Storing, TimeSpan Fusing, TimeSpan Total)
{
    public static IngestTimings None { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
}
