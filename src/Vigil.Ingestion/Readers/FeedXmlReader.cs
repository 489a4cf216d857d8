using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Vigil.Ingestion.Html;
using Vigil.Ingestion.Text;

namespace Vigil.Ingestion.Readers;

/// <summary>
/// RSS 2.0 (also RSS 0.9x/1.0) and Atom 1.0 feeds: each item or entry a report. Parsed with
/// <see cref="XmlReader"/> directly rather than CodeHollow.FeedReader, whose dates are
/// <see cref="DateTime"/> (the publisher's offset is lost) and whose XML settings are not ours:
/// here DTDs are prohibited (no XXE, no entity expansion) and no resolver is set.
/// Text: content:encoded or Atom content, else description/summary, HTML stripped through the same
/// path as articles; the title is prepended as the first paragraph only when there is no body.
/// Source: the channel/feed title. URL: link (Atom rel=alternate), else a permalink guid / an http id.
/// Origins are <c>path#N</c>, N the 1-based item number.
/// </summary>
internal static class FeedXmlReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rss10 = "http://purl.org/rss/1.0/";

    internal static IEnumerable<ReadResult> Read(ReadOnlyMemory<byte> xml, string origin, ReaderOptions options)
    {
        XDocument document;
        try
        {
            document = Load(xml, options);
        }
        catch (XmlException ex)
        {
            return [ReadResult.Failure(origin, "malformed XML: " + FirstLine(ex.Message))];
        }

        var root = document.Root!;
        if (root.Name == Atom + "feed")
        {
            return ReadAtom(root, origin, options).ToList();
        }

        if (root.Name.LocalName is "rss" or "RDF")
        {
            return ReadRss(root, origin, options).ToList();
        }

        return [ReadResult.Failure(origin, $"not an RSS or Atom feed: root element <{root.Name.LocalName}>")];
    }

    private static XDocument Load(ReadOnlyMemory<byte> xml, ReaderOptions options)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = options.MaxDocumentBytes,
            IgnoreProcessingInstructions = true,
            IgnoreComments = true,
        };
        using var stream = new MemoryStream(xml.ToArray(), writable: false);
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader, LoadOptions.None);
    }

    private static IEnumerable<ReadResult> ReadRss(XElement root, string origin, ReaderOptions options)
    {
        var channel = root.Element("channel") ?? root.Element(Rss10 + "channel");
        var source = Value(channel?.Element("title")) ?? Value(channel?.Element(Rss10 + "title"));
        var language = Value(channel?.Element("language")) ?? Value(channel?.Element(DublinCore + "language"));
        var items = (channel?.Elements("item") ?? []).Concat(root.Elements(Rss10 + "item")).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var itemOrigin = ItemOrigin(origin, i);
            var title = Value(item.Element("title")) ?? Value(item.Element(Rss10 + "title"));
            var html = Value(item.Element(Content + "encoded"))
                ?? Value(item.Element("description"))
                ?? Value(item.Element(Rss10 + "description"));
            var guid = item.Element("guid");
            var permalinkGuid = guid is not null
                && !string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase)
                    ? Value(guid)
                    : null;
            var url = Value(item.Element("link")) ?? Value(item.Element(Rss10 + "link")) ?? permalinkGuid;
            var dateText = Value(item.Element("pubDate")) ?? Value(item.Element(DublinCore + "date"));
            yield return Draft(itemOrigin, ReportFormats.Rss, title, html, dateText, null, source, url, language, options);
        }
    }

    private static IEnumerable<ReadResult> ReadAtom(XElement feed, string origin, ReaderOptions options)
    {
        var source = TextConstruct(feed.Element(Atom + "title"));
        var language = (string?)feed.Attribute(XNamespace.Xml + "lang");
        var entries = feed.Elements(Atom + "entry").ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var title = TextConstruct(entry.Element(Atom + "title"));
            var html = ContentHtml(entry.Element(Atom + "content")) ?? ContentHtml(entry.Element(Atom + "summary"));
            var link = entry.Elements(Atom + "link")
                .FirstOrDefault(l => ((string?)l.Attribute("rel") ?? "alternate") == "alternate");
            var id = Value(entry.Element(Atom + "id"));
            var url = (string?)link?.Attribute("href") ?? (ReportIdentity.CanonicalUrl(id) is not null ? id : null);
            var published = Value(entry.Element(Atom + "published"));
            var updated = Value(entry.Element(Atom + "updated"));
            yield return Draft(
                ItemOrigin(origin, i),
                ReportFormats.Atom,
                title,
                html,
                published ?? updated,
                published is null ? null : updated,
                source,
                url,
                (string?)entry.Attribute(XNamespace.Xml + "lang") ?? language,
                options);
        }
    }

    private static ReadResult Draft(
        string origin,
        string format,
        string? title,
        string? html,
        string? publishedText,
        string? updatedText,
        string? source,
        string? url,
        string? language,
        ReaderOptions options)
    {
        var published = DateParsing.Parse(publishedText);
        if (publishedText is not null && published is null)
        {
            return ReadResult.Failure(origin, $"publication date is not a date: '{publishedText}'");
        }

        string text;
        try
        {
            using var deadline = new CancellationTokenSource(options.HtmlParseTimeout);
            text = html is null ? string.Empty : HtmlText.FromFragment(html, deadline.Token);
        }
        catch (OperationCanceledException)
        {
            return ReadResult.Failure(origin, "HTML in the item too complex to parse");
        }

        if (text.Length == 0)
        {
            text = title ?? string.Empty;
        }

        return new ReportDraft(text, format, origin, title, published, source, url, language, DateParsing.Parse(updatedText)).Build(options);
    }

    /// <summary>Atom content: HTML as escaped text (type="html"), inline XHTML (type="xhtml"), or plain text.</summary>
    private static string? ContentHtml(XElement? content)
    {
        if (content is null)
        {
            return null;
        }

        var type = (string?)content.Attribute("type") ?? "text";
        return type switch
        {
            "xhtml" => string.Concat(content.Nodes().Select(node => node.ToString(SaveOptions.DisableFormatting))),
            "html" => Value(content),
            _ => Value(content) is { } text ? System.Net.WebUtility.HtmlEncode(text).Replace("\n\n", "<p>", StringComparison.Ordinal) : null,
        };
    }

    private static string? TextConstruct(XElement? element) =>
        element is null ? null
        : (string?)element.Attribute("type") is "html" or "xhtml" ? NonEmpty(HtmlText.FromFragment(element.Value))
        : Value(element);

    private static string? Value(XElement? element) => element is null ? null : NonEmpty(element.Value);

    private static string? NonEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string ItemOrigin(string origin, int index) =>
        origin + "#" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return newline >= 0 ? message[..newline].Trim() : message.Trim();
    }
}
