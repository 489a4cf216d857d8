using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Ingestion;
using Vigil.Storage;

namespace Vigil.Application.Ingest;

/// <summary>
/// read → extract → store → fuse, as both front ends run it: the command line over files and
/// folders, the server over one posted report. One extractor (pure, thread-safe) per service.
/// </summary>
public sealed class IngestService
{
    private readonly Lazy<ReportExtractor> _extractor = new(() => new ReportExtractor());
    private readonly ILogger _logger;

    public IngestService(ILogger<IngestService>? logger = null)
    {
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Ingests <paramref name="inputs"/> into <paramref name="store"/> and re-fuses; <paramref name="onItem"/> hears of each input.</summary>
    public IngestSummary Run(IVigilStore store, IEnumerable<IngestInput> inputs, Action<IngestItemResult>? onItem = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var pipeline = VigilIngest.CreatePipeline(store, _extractor.Value);
        var summary = pipeline.Run(inputs, result =>
        {
            if (result.Failed)
            {
                Log.InputFailed(_logger, result.Origin, result.Error ?? "failed");
            }

            onItem?.Invoke(result);
        }, cancellationToken);
        Log.Ingested(_logger, summary.Total, summary.New, summary.Updated, summary.Unchanged, summary.Failed, summary.Incidents);
        return summary;
    }

    /// <summary>Ingests the files, folders and feeds under <paramref name="paths"/>.</summary>
    public IngestSummary RunPaths(IVigilStore store, IReadOnlyList<string> paths, Action<IngestItemResult>? onItem = null, CancellationToken cancellationToken = default) =>
        Run(store, VigilIngest.Read(paths, cancellationToken), onItem, cancellationToken);

    /// <summary>
    /// Reads one submitted report: a JSON object (<c>title</c>, <c>published</c>, <c>source</c>,
    /// <c>url</c>, <c>text</c>), plain text (front matter allowed) or HTML, by media type.
    /// </summary>
    public static ReadResult ReadSubmission(string body, string? mediaType, string origin)
    {
        ArgumentNullException.ThrowIfNull(body);
        var type = (mediaType ?? "text/plain").Split(';')[0].Trim().ToLowerInvariant();
        if (type is "application/json" || type.EndsWith("+json", StringComparison.Ordinal))
        {
            string line;
            try
            {
                // The JSON Lines reader takes one object per line: the same fields, the same checks.
                using var document = JsonDocument.Parse(body);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return ReadResult.Failure(origin, "the JSON body must be an object with a text field");
                }

                line = JsonSerializer.Serialize(document.RootElement);
            }
            catch (JsonException e)
            {
                return ReadResult.Failure(origin, "malformed JSON: " + e.Message);
            }

            return Single(ReportReaders.ReadString(line, origin, InputFormat.JsonLines), origin);
        }

        var format = type is "text/html" or "application/xhtml+xml" ? InputFormat.Html : InputFormat.Text;
        return Single(ReportReaders.ReadString(body, origin, format), origin);
    }

    private static ReadResult Single(IEnumerable<ReadResult> results, string origin)
    {
        var all = results.Take(2).ToList();
        return all.Count switch
        {
            0 => ReadResult.Failure(origin, "no report text"),
            1 => all[0],
            _ => ReadResult.Failure(origin, "one report per request"),
        };
    }
}
