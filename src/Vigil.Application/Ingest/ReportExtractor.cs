using Vigil.Core;
using Vigil.Extraction;

namespace Vigil.Application.Ingest;

/// <summary>Runs extraction over a report with its metadata. The extractor is pure and thread-safe: one is shared by every thread.</summary>
public sealed class ReportExtractor
{
    private readonly Extractor _extractor = new(Gazetteer.Gazetteer.Default);

    public ExtractionResult Extract(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return _extractor.Extract(report.Text, DocumentOf(report));
    }

    /// <summary>The publication day is the publisher's local calendar day (the offset the report gives).</summary>
    public static DocumentInfo DocumentOf(Report report) =>
        new(report.Title, report.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null,
            report.Language, report.Source, report.Url);
}
