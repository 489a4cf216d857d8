using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using Vigil.Ingestion.Html;
using Vigil.Ingestion.Text;

namespace Vigil.Ingestion.Readers;

/// <summary>
/// An HTML news article. Metadata, first found wins:
/// title — og:title, JSON-LD headline, &lt;title&gt;, first &lt;h1&gt;;
/// published — article:published_time, JSON-LD datePublished, &lt;time itemprop=datePublished&gt;;
/// updated — article:modified_time, JSON-LD dateModified, og:updated_time;
/// source — og:site_name, JSON-LD publisher.name;
/// URL — &lt;link rel=canonical&gt;, og:url, JSON-LD url (relative ones resolved against the others),
/// the address it was downloaded from;
/// language — &lt;html lang&gt;, JSON-LD inLanguage, else guessed from the text.
/// Body: the first of itemprop=articleBody, &lt;article&gt; (the one with most text), &lt;main&gt;,
/// role=main; failing those, SmartReader's Readability port; failing that, &lt;body&gt;. Navigation,
/// ads, share widgets, footers, scripts and hidden elements are removed first
/// (<see cref="BoilerplateRules"/>). Paragraphs are separated by blank lines.
/// </summary>
internal static class HtmlArticleReader
{
    /// <summary>Readability scores every element; beyond this size (far above any article) the body is used instead.</summary>
    private const int MaxElementsForReadability = 20_000;

    // fetchedFrom: the address the page was downloaded from, if it was; the identity of last resort.
    internal static ReadResult Read(string html, string origin, ReaderOptions options, Uri? fetchedFrom = null)
    {
        using var deadline = new CancellationTokenSource(options.HtmlParseTimeout);
        IDocument document;
        try
        {
            document = HtmlText.Parse(html, deadline.Token);
        }
        catch (OperationCanceledException)
        {
            return ReadResult.Failure(origin, string.Create(CultureInfo.InvariantCulture, $"HTML too complex: not parsed within {options.HtmlParseTimeout.TotalSeconds:0.#} s"));
        }

        using var parsed = document;
        var jsonLd = JsonLdArticle.Find(document, options);
        var meta = new MetaTags(document);

        var ogUrl = meta.Property("og:url");
        var jsonLdUrl = jsonLd?.Url;
        var fetchedUrl = fetchedFrom is null ? null : ReportIdentity.CanonicalUrl(fetchedFrom.AbsoluteUri);
        var baseUrl = ReportIdentity.CanonicalUrl(ogUrl) ?? ReportIdentity.CanonicalUrl(jsonLdUrl) ?? fetchedUrl;
        var canonical = Resolve(document.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href"), baseUrl);
        var url = canonical ?? ReportIdentity.CanonicalUrl(ogUrl) ?? Resolve(jsonLdUrl, baseUrl) ?? fetchedUrl;

        var title = meta.Property("og:title")
            ?? jsonLd?.Headline
            ?? NonEmpty(document.Title)
            ?? NonEmpty(document.QuerySelector("h1")?.TextContent);
        var published = DateParsing.Parse(meta.Property("article:published_time"))
            ?? DateParsing.Parse(jsonLd?.DatePublished)
            ?? DateParsing.Parse(document.QuerySelector("time[itemprop='datePublished']")?.GetAttribute("datetime"));
        var updated = DateParsing.Parse(meta.Property("article:modified_time"))
            ?? DateParsing.Parse(jsonLd?.DateModified)
            ?? DateParsing.Parse(meta.Property("og:updated_time"));
        var source = meta.Property("og:site_name") ?? jsonLd?.Publisher;
        var language = document.DocumentElement.GetAttribute("lang") ?? jsonLd?.Language;

        var text = BodyText(document, html, url);
        return new ReportDraft(text, ReportFormats.Html, origin, title, published, source, url, language, updated).Build(options);
    }

    private static string BodyText(IDocument document, string html, string? url)
    {
        var container = FindContainer(document);
        if (container is null && document.All.Length <= MaxElementsForReadability)
        {
            var readable = Readability(html, url);
            if (readable is not null)
            {
                return readable;
            }
        }

        HtmlText.RemoveBoilerplate(document, container);
        var root = container ?? (INode?)document.Body ?? document.DocumentElement;
        return HtmlText.Paragraphs(root);
    }

    private static IElement? FindContainer(IDocument document)
    {
        foreach (var selector in BoilerplateRules.ArticleContainers)
        {
            var best = document.QuerySelectorAll(selector)
                .Where(element => !string.IsNullOrWhiteSpace(element.TextContent))
                .MaxBy(element => element.TextContent.Length);
            if (best is not null)
            {
                return best;
            }
        }

        return null;
    }

    /// <summary>Readability (via SmartReader) for pages without semantic containers; its cleaned HTML goes through the same paragraph walk.</summary>
    private static string? Readability(string html, string? url)
    {
        try
        {
            var reader = new SmartReader.Reader(url ?? "https://localhost/", html);
            var article = reader.GetArticle();
            // IsReadable also demands a minimum length that short news items miss; an empty Content is the real "nothing found".
            if (string.IsNullOrWhiteSpace(article.Content))
            {
                return null;
            }

            var text = HtmlText.FromFragment(article.Content);
            return text.Length == 0 ? null : text;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string? Resolve(string? href, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        if (ReportIdentity.CanonicalUrl(href) is { } absolute)
        {
            return absolute;
        }

        return baseUrl is not null && Uri.TryCreate(new Uri(baseUrl), href.Trim(), out var resolved)
            ? ReportIdentity.CanonicalUrl(resolved.AbsoluteUri)
            : null;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>&lt;meta property|name=… content=…&gt; lookups.</summary>
    private sealed class MetaTags(IDocument document)
    {
        private readonly Dictionary<string, string> _values = Collect(document);

        public string? Property(string name) => _values.GetValueOrDefault(name);

        private static Dictionary<string, string> Collect(IDocument document)
        {
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var meta in document.QuerySelectorAll("meta[content]"))
            {
                var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
                var content = meta.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(key) && !string.IsNullOrWhiteSpace(content))
                {
                    values.TryAdd(key.Trim(), content.Trim());
                }
            }

            return values;
        }
    }
}

/// <summary>The article fields of a page's JSON-LD (schema.org NewsArticle and kin), wherever in the graph they sit.</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? DateModified, string? Url, string? Publisher, string? Language)
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle", "LiveBlogPosting",
    };

    internal static JsonLdArticle? Find(IDocument document, ReaderOptions options)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, JsonFields.DocumentOptions(options));
                var found = Candidates(json.RootElement).FirstOrDefault(IsArticle);
                if (found.ValueKind == JsonValueKind.Object)
                {
                    return new JsonLdArticle(
                        JsonFields.String(found, "headline"),
                        JsonFields.String(found, "datePublished"),
                        JsonFields.String(found, "dateModified"),
                        JsonFields.String(found, "url") ?? MainEntity(found),
                        found.TryGetProperty("publisher", out var publisher) ? JsonFields.String(publisher, "name") : null,
                        JsonFields.String(found, "inLanguage"));
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }

        return null;
    }

    private static IEnumerable<JsonElement> Candidates(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in root.EnumerateArray())
            {
                yield return item;
            }
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            yield return root;
            if (root.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in graph.EnumerateArray())
                {
                    yield return item;
                }
            }
        }
    }

    private static bool IsArticle(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString() ?? string.Empty),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString() ?? string.Empty)),
            _ => false,
        };
    }

    private static string? MainEntity(JsonElement item) =>
        item.TryGetProperty("mainEntityOfPage", out var main)
            ? main.ValueKind == JsonValueKind.String ? main.GetString() : JsonFields.String(main, "@id")
            : null;
}
