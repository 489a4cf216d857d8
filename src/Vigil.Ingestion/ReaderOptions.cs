namespace Vigil.Ingestion;

/// <summary>Limits and assumptions of the readers. The defaults suit news reports; every limit fails one item, never the batch.</summary>
public sealed record ReaderOptions
{
    public static ReaderOptions Default { get; } = new();

    /// <summary>Largest report text, in UTF-16 characters; a longer report is a failure, not a truncation.</summary>
    public int MaxReportChars { get; init; } = 500_000;

    /// <summary>Largest file read whole (text, HTML, feeds, Telegram exports). JSON Lines are streamed and not limited by it.</summary>
    public long MaxDocumentBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>Longest JSON Lines line in bytes; a longer line fails alone and reading goes on at the next line.</summary>
    public int MaxLineBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>
    /// Longest time one HTML page (or feed item's HTML) may take to parse. Ordinary articles parse in
    /// about a millisecond; hostile, deeply nested markup makes HTML5 tree building quadratic.
    /// </summary>
    public TimeSpan HtmlParseTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Deepest JSON nesting accepted (JSON Lines objects, Telegram exports, JSON-LD).</summary>
    public int MaxJsonDepth { get; init; } = 64;

    /// <summary>
    /// Time zone of a Telegram Desktop export's <c>date</c> field, used only when a message has no
    /// <c>date_unixtime</c>. The export writes the exporting computer's local time without an offset,
    /// which the file does not record: UTC unless told otherwise.
    /// </summary>
    public TimeZoneInfo TelegramExportTimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Language of a report that neither declares one nor is recognisably Cyrillic.</summary>
    public string DefaultLanguage { get; init; } = "en";
}
