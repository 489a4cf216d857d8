namespace Vigil.Ingestion;

/// <summary>The kinds of input a reader exists for. <see cref="Feed"/> covers RSS 2.0 and Atom.</summary>
public enum InputFormat
{
    Text,
    Html,
    Feed,
    TelegramExport,
    JsonLines,
}

/// <summary>Values of <see cref="Core.Report.Format"/>: which reader produced a report.</summary>
public static class ReportFormats
{
    public const string Text = "text";
    public const string Markdown = "markdown";
    public const string Html = "html";
    public const string Rss = "rss";
    public const string Atom = "atom";
    public const string Telegram = "telegram";
    public const string JsonLines = "jsonl";
}
