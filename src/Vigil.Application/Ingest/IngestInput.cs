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
}
