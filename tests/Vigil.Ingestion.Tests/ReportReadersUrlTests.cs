using System.Net;
using System.Text;

namespace Vigil.Ingestion.Tests;

public sealed class ReportReadersUrlTests
{
    /// <summary>Answers every request from a table of address → (status, media type, body), no network.</summary>
    private sealed class TableHandler(Dictionary<string, (HttpStatusCode Status, string MediaType, string Body)> table) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var (status, mediaType, body) = table[request.RequestUri!.AbsoluteUri];
            var response = new HttpResponseMessage(status)
            {
                Content = new StringContent(body, Encoding.UTF8, mediaType),
                RequestMessage = request,
            };
            return Task.FromResult(response);
        }
    }

    private static HttpClient Client(params (string Url, HttpStatusCode Status, string MediaType, string Body)[] entries) =>
        new(new TableHandler(entries.ToDictionary(e => e.Url, e => (e.Status, e.MediaType, e.Body))));

    [Fact]
    public async Task ReadUrlAsync_ArticleWithoutCanonical_IdentifiedByAddress()
    {
        using var client = Client(("https://news.example/story/?utm_source=x", HttpStatusCode.OK, "text/html", "<html><body><article><p>Two injured.</p></article></body></html>"));

        var results = new List<ReadResult>();
        await foreach (var result in ReportReaders.ReadUrlAsync(new Uri("https://news.example/story/?utm_source=x"), client))
        {
            results.Add(result);
        }

        var report = Assert.Single(results).Report!;
        Assert.Equal("https://news.example/story", report.Key);
        Assert.Equal("Two injured.", report.Text);
        Assert.Equal("https://news.example/story/?utm_source=x", report.Origin);
    }

    [Fact]
    public async Task ReadUrlAsync_FeedByContentType_ItemPerReport()
    {
        const string Feed = "<rss version=\"2.0\"><channel><title>T</title><item><link>https://a.example/1</link><description>One killed.</description></item><item><link>https://a.example/2</link><description>Two killed.</description></item></channel></rss>";
        using var client = Client(("https://a.example/feed", HttpStatusCode.OK, "application/rss+xml", Feed));

        var keys = new List<string>();
        await foreach (var result in ReportReaders.ReadUrlAsync(new Uri("https://a.example/feed"), client))
        {
            keys.Add(result.Report!.Key);
        }

        Assert.Equal(["https://a.example/1", "https://a.example/2"], keys);
    }

    [Fact]
    public async Task ReadUrlAsync_HttpError_FailureWithStatus()
    {
        using var client = Client(("https://a.example/gone", HttpStatusCode.NotFound, "text/html", "nope"));

        var results = new List<ReadResult>();
        await foreach (var result in ReportReaders.ReadUrlAsync(new Uri("https://a.example/gone"), client))
        {
            results.Add(result);
        }

        Assert.Equal("HTTP 404 Not Found", Assert.Single(results).Error);
    }

    [Theory]
    [InlineData("https://a.example/feed.rss", true)]
    [InlineData("HTTP://a.example/", true)]
    [InlineData("samples/reports", false)]
    [InlineData("ftp://a.example/x", false)]
    public void IsUrl_Input_Classified(string input, bool expected) => Assert.Equal(expected, ReportReaders.IsUrl(input));
}
