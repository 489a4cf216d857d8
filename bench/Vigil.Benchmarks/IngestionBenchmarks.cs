using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Vigil.Ingestion;

namespace Vigil.Benchmarks;

/// <summary>
/// Reader throughput: reports of about 600 characters read from memory by each reader, per report
/// (OperationsPerInvoke). Baseline: JSON Lines, the bulk format. Reports/s = 1 / mean.
/// Run: dotnet run -c Release --project bench/Vigil.Benchmarks -- --filter '*IngestionBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class IngestionBenchmarks
{
    private const int Reports = 1000;
    private const int Articles = 100;

    private byte[] _jsonLines = [];
    private string[] _frontMatterTexts = [];
    private string _article = string.Empty;
    private byte[] _rss = [];
    private byte[] _telegram = [];

    [GlobalSetup]
    public void Setup()
    {
        var texts = Enumerable.Range(0, Reports).Select(ReportText).ToArray();

        var jsonl = new StringBuilder();
        foreach (var (text, i) in texts.Select((t, i) => (t, i)))
        {
            jsonl.Append(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["text"] = text,
                ["title"] = "Attack report " + i.ToString(CultureInfo.InvariantCulture),
                ["published"] = "2025-09-18T16:30:00+03:00",
                ["source"] = "Bench Wire",
                ["url"] = "https://wire.example/" + i.ToString(CultureInfo.InvariantCulture) + "?utm_source=bench",
            })).Append('\n');
        }

        _jsonLines = Encoding.UTF8.GetBytes(jsonl.ToString());
        _frontMatterTexts = texts.Select(t => "---\ntitle: Bench\npublished: 2025-09-18T19:30:00+03:00\nsource: Bench\n---\n" + t).ToArray();

        var paragraphs = string.Concat(texts.Take(4).Select(t => "<p>" + t + "</p>\n"));
        _article = $$"""
            <!DOCTYPE html><html lang="en"><head><title>Bench article</title>
            <meta property="og:title" content="Bench article"><meta property="og:site_name" content="Bench News">
            <meta property="article:published_time" content="2025-09-18T09:00:00+03:00">
            <link rel="canonical" href="https://news.example/bench/">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bench article","datePublished":"2025-09-18T09:00:00+03:00"}</script>
            <script>var x = 1;</script></head><body>
            <header><nav><ul><li><a href="/">Home</a></li><li><a href="/war">War</a></li><li><a href="/city">City</a></li></ul></nav></header>
            <div class="ad-slot">Advertisement</div>
            <main><article><h1>Bench article</h1><div class="share">Share</div>
            <div itemprop="articleBody">{{paragraphs}}</div><footer>Tags</footer></article>
            <aside class="related"><ul><li>Other story</li><li>Another story</li></ul></aside></main>
            <footer>© Bench News</footer></body></html>
            """;

        var rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Bench feed</title>");
        foreach (var (text, i) in texts.Select((t, i) => (t, i)))
        {
            rss.Append("<item><title>Item ").Append(i).Append("</title><link>https://feed.example/").Append(i)
                .Append("</link><pubDate>Thu, 18 Sep 2025 12:05:00 +0300</pubDate><description><![CDATA[<p>")
                .Append(text).Append("</p>]]></description></item>");
        }

        _rss = Encoding.UTF8.GetBytes(rss.Append("</channel></rss>").ToString());

        var messages = texts.Select((t, i) => new Dictionary<string, object>
        {
            ["id"] = i + 1,
            ["type"] = "message",
            ["date"] = "2025-09-18T05:40:00",
            ["date_unixtime"] = "1758163200",
            ["text"] = new object[] { new Dictionary<string, string> { ["type"] = "bold", ["text"] = "Update." }, " " + t },
        });
        _telegram = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["name"] = "Bench channel",
            ["type"] = "public_channel",
            ["username"] = "bench_channel",
            ["messages"] = messages.ToArray(),
        });
    }

    /// <summary>About 600 characters of report prose, different per index so hashes differ.</summary>
    private static string ReportText(int i)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"Russian drones struck residential areas of the city overnight into Thursday, report {i}. ")
            + string.Create(CultureInfo.InvariantCulture, $"{i % 7 + 1} people were killed and {i % 50 + 10} were injured, including {i % 9} children, the head of the regional military administration said in the morning. ")
            + "A nine-storey apartment block caught fire after a direct hit on its upper floors, and the blast wave shattered windows in a kindergarten nearby. "
            + "Emergency workers searched the damaged floors for people trapped under debris while residents were moved to temporary shelter in schools.";
        return text.Length > 600 ? text[..600] : text.PadRight(600, '.');
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Reports)]
    public int JsonLines()
    {
        using var stream = new MemoryStream(_jsonLines, writable: false);
        return Count(ReportReaders.ReadStream(stream, "bench.jsonl", InputFormat.JsonLines));
    }

    [Benchmark(OperationsPerInvoke = Reports)]
    public int FrontMatterText()
    {
        var count = 0;
        foreach (var text in _frontMatterTexts)
        {
            count += Count(ReportReaders.ReadString(text, "bench.md", InputFormat.Text, ".md"));
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Reports)]
    public int RssFeed()
    {
        using var stream = new MemoryStream(_rss, writable: false);
        return Count(ReportReaders.ReadStream(stream, "bench.rss", InputFormat.Feed));
    }

    [Benchmark(OperationsPerInvoke = Reports)]
    public int TelegramExport()
    {
        using var stream = new MemoryStream(_telegram, writable: false);
        return Count(ReportReaders.ReadStream(stream, "result.json", InputFormat.TelegramExport));
    }

    /// <summary>A 2,400-character article with navigation, ads and JSON-LD, per article.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int HtmlArticle()
    {
        var count = 0;
        for (var i = 0; i < Articles; i++)
        {
            count += Count(ReportReaders.ReadString(_article, "bench.html", InputFormat.Html));
        }

        return count;
    }

    private static int Count(IEnumerable<ReadResult> results)
    {
        var count = 0;
        foreach (var result in results)
        {
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException("benchmark input failed: " + result);
            }

            count++;
        }

        return count;
    }
}
