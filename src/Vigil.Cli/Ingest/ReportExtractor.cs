using Vigil.Core;
using Vigil.Extraction;

namespace Vigil.Cli.Ingest;

/// <summary>Runs extraction over a report with its metadata; safe to call from several threads (one extractor each).</summary>
internal sealed class ReportExtractor : IDisposable
{
    private readonly ThreadLocal<Extractor> _extractors = new(() => new Extractor(Gazetteer.Gazetteer.Default));

    public ExtractionResult Extract(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return _extractors.Value!.Extract(report.Text, DocumentOf(report));
    }

    /// <summary>The publication day is the publisher's local calendar day (the offset the report gives).</summary>
    public static DocumentInfo DocumentOf(Report report) =>
        new(report.Title, report.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null,
            report.Language, report.Source, report.Url);

    public void Dispose() => _extractors.Dispose();
}
