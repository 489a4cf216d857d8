using System.Globalization;
using AngleSharp.Dom;
using Vigil.Ingestion.Html;
using Vigil.Ingestion.Text;

namespace Vigil.Ingestion.Readers;

/// <summary>
/// A public Telegram channel's web preview (<c>https://t.me/s/NAME</c>, saved or fetched): each
/// post (<c>.tgme_widget_message</c> with <c>data-post="NAME/ID"</c>) is a report with the text of
/// its <c>.tgme_widget_message_text</c> (line breaks kept), published at its <c>time[datetime]</c>,
/// the channel's title as source and <c>https://t.me/NAME/ID</c> as URL. Posts without text (a
/// photo with no caption) are skipped. Origins are <c>origin#ID</c>.
/// </summary>
internal static class TelegramPreviewReader
{
    private const string Marker = "tgme_widget_message";

    /// <summary>Cheap test before any parse: the preview's own class names.</summary>
    internal static bool LooksLikePreview(string html) =>
        html.Contains(Marker, StringComparison.Ordinal) && html.Contains("data-post", StringComparison.Ordinal);

    internal static IEnumerable<ReadResult> Read(string html, string origin, ReaderOptions options)
    {
        using var deadline = new CancellationTokenSource(options.HtmlParseTimeout);
        IDocument document;
        try
        {
            document = HtmlText.Parse(html, deadline.Token);
        }
        catch (OperationCanceledException)
        {
            return [ReadResult.Failure(origin, string.Create(CultureInfo.InvariantCulture, $"HTML too complex: not parsed within {options.HtmlParseTimeout.TotalSeconds:0.#} s"))];
        }

        using (document)
        {
            return Posts(document, origin, options).ToList();
        }
    }

    private static IEnumerable<ReadResult> Posts(IDocument document, string origin, ReaderOptions options)
    {
        var channel = document.QuerySelector(".tgme_channel_info_header_title")?.TextContent.Trim();
        var posts = document.QuerySelectorAll(".tgme_widget_message[data-post]");
        if (posts.Length == 0)
        {
            yield return ReadResult.Failure(origin, "not a Telegram channel preview: no posts with data-post");
            yield break;
        }

        foreach (var post in posts)
        {
            var address = post.GetAttribute("data-post")!.Trim();
            var slash = address.LastIndexOf('/');
            var name = slash > 0 ? address[..slash] : string.Empty;
            var id = slash > 0 ? address[(slash + 1)..] : string.Empty;
            var itemOrigin = origin + "#" + (id.Length > 0 ? id : address);
            if (name.Length == 0 || !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '_')))
            {
                yield return ReadResult.Failure(itemOrigin, $"post address is not NAME/NUMBER: '{Shorten(address)}'");
                continue;
            }

            var body = post.QuerySelector(".tgme_widget_message_text");
            foreach (var inert in body?.QuerySelectorAll("script, style, noscript, template") ?? Enumerable.Empty<IElement>())
            {
                inert.Remove(); // never text, whatever a saved page carries
            }

            var text = body is null ? string.Empty : HtmlText.Paragraphs(body);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var timeText = post.QuerySelector(".tgme_widget_message_date time[datetime]")?.GetAttribute("datetime")
                           ?? post.QuerySelector("time[datetime]")?.GetAttribute("datetime");
            var published = DateParsing.Parse(timeText);
            if (timeText is not null && published is null)
            {
                yield return ReadResult.Failure(itemOrigin, $"publication time is not a date: '{Shorten(timeText)}'");
                continue;
            }

            yield return new ReportDraft(
                text,
                ReportFormats.Telegram,
                itemOrigin,
                Title: null,
                Published: published,
                Source: string.IsNullOrWhiteSpace(channel) ? "@" + name : channel,
                Url: $"https://t.me/{name}/{id}").Build(options);
        }
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
