namespace Vigil.Core;

/// <summary>
/// One version of one report and what was extracted from it: the unit the store keeps and fusion
/// consumes. <see cref="Version"/> counts edits of the article at the same key (1 = first seen).
/// </summary>
public sealed record ReportExtraction(
    string ReportKey,
    int Version,
    DateTimeOffset? Published,
    DateTimeOffset Ingested,
    string? Source,
    string? Url,
    string? Title,
    ExtractionResult Extraction);
