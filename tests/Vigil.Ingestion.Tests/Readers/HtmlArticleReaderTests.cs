namespace Vigil.Ingestion.Tests.Readers;

public sealed class HtmlArticleReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <title>Page title | Site</title>
          <meta property="og:title" content="Og title">
          <meta property="og:site_name" content="The Example Post">
          <meta property="og:url" content="https://news.example/story-1/?utm_source=tg">
          <meta property="article:published_time" content="2025-06-11T09:00:00+03:00">
          <script>var shouldNotAppear = "7 killed";</script>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/war">War</a></nav>
          <div class="ad-banner">Buy a sofa today</div>
          <article>
            <h1>Headline in the article</h1>
            <div class="social-share">Share this</div>
            <p>First   paragraph
               spread over lines.</p>
            <p>Second<br>paragraph with a break.</p>
            <ul><li>List item one</li><li>List item two</li></ul>
            <footer>Filed under: war</footer>
          </article>
          <aside class="related"><a>Ten killed elsewhere</a></aside>
          <footer>Copyright 2025</footer>
        </body>
        </html>
        """;

    [Fact]
    public void Read_Article_BodyWithoutNavigationAdsAndFooters()
    {
        var report = ReportReaders.ReadString(Page, "p.html", extension: ".html").Single();

        Assert.Equal(
            "Headline in the article\n\nFirst paragraph spread over lines.\n\nSecond\nparagraph with a break.\n\nList item one\n\nList item two",
            report.Text);
        Assert.DoesNotContain("Home", report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("sofa", report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("killed", report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright", report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Filed under", report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OpenGraph_MetadataPreferred()
    {
        var report = ReportReaders.ReadString(Page, "p.html", extension: ".html").Single();

        Assert.Equal("Og title", report.Title);
        Assert.Equal("The Example Post", report.Source);
        Assert.Equal("https://news.example/story-1", report.Key);
        Assert.Equal(new DateTimeOffset(2025, 6, 11, 6, 0, 0, TimeSpan.Zero), report.Published);
        Assert.Equal("en", report.Language);
        Assert.Equal("html", report.Format);
    }

    [Fact]
    public void Read_CanonicalLinkAndJsonLd_UsedWhenNoOpenGraph()
    {
        const string Html = """
            <html><head><title>Plain title</title>
            <link rel="canonical" href="/world/story-2/">
            <meta property="og:url" content="https://news.example/amp/story-2">
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
             {"@type":"NewsArticle","headline":"JSON-LD headline","datePublished":"2025-06-12T10:00:00+02:00","dateModified":"2025-06-12T12:00:00+02:00","publisher":{"@type":"Organization","name":"LD Publisher"}}]}
            </script></head>
            <body><main><p>Three people were injured.</p></main></body></html>
            """;

        var report = ReportReaders.ReadString(Html, "q.html", extension: ".html").Single();

        Assert.Equal("https://news.example/world/story-2", report.Key);
        Assert.Equal("JSON-LD headline", report.Title);
        Assert.Equal(new DateTimeOffset(2025, 6, 12, 10, 0, 0, TimeSpan.FromHours(2)), report.Published);
        Assert.Equal(new DateTimeOffset(2025, 6, 12, 12, 0, 0, TimeSpan.FromHours(2)), report.Updated);
        Assert.Equal("LD Publisher", report.Source);
        Assert.Equal("Three people were injured.", report.Text);
    }

    [Fact]
    public void Read_BrokenJsonLd_OtherMetadataStillRead()
    {
        const string Html = """
            <html><head><title>Only a title</title><script type="application/ld+json">{"@type": "NewsArticle", </script></head>
            <body><article><p>One person was killed.</p></article></body></html>
            """;

        var report = ReportReaders.ReadString(Html, "r.html", extension: ".html").Single();

        Assert.Equal("Only a title", report.Title);
        Assert.Equal("One person was killed.", report.Text);
        Assert.StartsWith("sha256:", report.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoSemanticContainer_ReadableTextFound()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<p>Paragraph {i} of the story tells how the drone attack damaged houses, shops and a school, and how residents spent the night in shelters while rescuers worked.</p>"));
        var html = $"""
            <html><head><title>Div soup</title></head><body>
            <div id="top"><a href="/">Home</a> | <a href="/a">Archive</a></div>
            <div id="content"><div class="story-text">{paragraphs}</div></div>
            <div id="bottom">Site footer text</div>
            </body></html>
            """;

        var report = ReportReaders.ReadString(html, "s.html", extension: ".html").Single();

        Assert.StartsWith("Paragraph 1 of the story", report.Text, StringComparison.Ordinal);
        Assert.Contains("\n\nParagraph 8 of the story", report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Archive", report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Site footer", report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyBody_FailureNoText()
    {
        var failure = ReportReaders.ReadString("<html><head><title>t</title></head><body><nav>Menu</nav></body></html>", "e.html", extension: ".html").SingleFailure();

        Assert.Equal("no report text", failure.Error);
    }

    [Fact]
    public void Read_SampleVersions_SameKeyDifferentHashAndLaterUpdate()
    {
        var first = ReportReaders.ReadFile(Samples.File("news/courier-2025-09-18-0900.html")).Single();
        var second = ReportReaders.ReadFile(Samples.File("news/courier-2025-09-18-1245-updated.html")).Single();

        Assert.Equal("https://www.kharkiv-courier.example/news/2025/09/18/drones-hit-kharkiv-overnight", first.Key);
        Assert.Equal(first.Key, second.Key);
        Assert.NotEqual(first.ContentHash, second.ContentHash);
        Assert.Equal(first.Published, second.Published);
        Assert.True(second.Updated > first.Updated);
        Assert.Contains("killing three people and injuring 45", first.Text, StringComparison.Ordinal);
        Assert.Contains("60 were injured, including nine children", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SampleArticle_NoBoilerplateInText()
    {
        var report = ReportReaders.ReadFile(Samples.File("news/courier-2025-09-18-0900.html")).Single();

        foreach (var junk in new[] { "Advertisement", "cookies", "Share on", "Related stories", "Sumy", "newsletter", "All rights reserved", "Tags:", "5 killed", "City life" })
        {
            Assert.DoesNotContain(junk, report.Text, StringComparison.Ordinal);
        }

        Assert.Equal("Kharkiv Daily Courier", report.Source);
        Assert.Equal("Three killed, 45 injured as drones hit Kharkiv overnight", report.Title);
        Assert.Contains("\n\n", report.Text, StringComparison.Ordinal);
    }
}
