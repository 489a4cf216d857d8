namespace Vigil.Ingestion.Html;

/// <summary>
/// What is not article text, as data: elements, ARIA roles, and class/id words that mark navigation,
/// ads, sharing widgets and footers. Class and id values are split into words on spaces, '-' and '_'
/// and matched whole, so "ad-slot" matches "ad" but "shadow" and "header-image" do not match "ad".
/// </summary>
internal static class BoilerplateRules
{
    /// <summary>Removed wherever they are.</summary>
    internal static readonly string[] RemovedElements =
    [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video",
        "audio", "form", "button", "input", "select", "textarea", "nav", "aside", "footer", "dialog", "menu",
    ];

    /// <summary>Removed unless inside the article container (an article's own header holds its headline).</summary>
    internal static readonly string[] RemovedOutsideArticle = ["header"];

    internal static readonly HashSet<string> RemovedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
    };

    internal static readonly HashSet<string> RemovedClassWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "sponsor", "sponsored", "promo",
        "banner", "share", "sharing", "social", "related", "recommended", "newsletter", "subscribe", "subscription",
        "cookie", "cookies", "consent", "comments", "comment", "breadcrumb", "breadcrumbs", "paywall", "outbrain",
        "taboola", "popup", "modal", "sidebar", "widget", "tags", "byline-share", "navbar", "menu", "footer",
    };

    /// <summary>Containers tried in order for the article body; the first present with text wins.</summary>
    internal static readonly string[] ArticleContainers =
    [
        "[itemprop='articleBody']", "article", "main", "[role='main']",
    ];

    /// <summary>Elements that end a paragraph: text on either side becomes separate paragraphs.</summary>
    internal static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table", "tr", "td", "th", "hr", "address",
        "body", "details", "summary",
    };
}
