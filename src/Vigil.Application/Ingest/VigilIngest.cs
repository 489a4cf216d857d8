using Vigil.Ingestion;
using Vigil.Storage;

namespace Vigil.Application.Ingest;

/// <summary>The real pipeline: ingestion readers → extraction → the store → fusion.</summary>
public static class VigilIngest
{
    public static IngestPipeline CreatePipeline(IVigilStore store, ReportExtractor extractor) =>
        new(store, extractor.Extract, IncidentDocuments.Fuse) { Refresh = FusionUpdate.Update, Rebuild = FusionUpdate.Rebuild };

    /// <summary>Every report (or failure) the readers find under <paramref name="paths"/>, in order.</summary>
    public static IEnumerable<IngestInput> Read(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        ReportReaders.Read(paths, cancellationToken).Select(result => result.Report is { } report
            ? new IngestInput(result.Origin, report, null)
            : IngestInput.Failed(result.Origin, result.Error ?? "unreadable"));
}
