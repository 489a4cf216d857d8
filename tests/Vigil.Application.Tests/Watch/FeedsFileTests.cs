using Vigil.Application.Watch;
using Vigil.Storage.Feeds;

namespace Vigil.Application.Tests.Watch;

public sealed class FeedsFileTests
{
    [Fact]
    public void Parse_ValidFile_EveryFieldRead()
    {
        const string yaml = """
            # two feeds
            feeds:
              - name: oblast-news
                url: https://news.example.org/rss
                kind: rss
                interval: 5m
                source: Oblast News
                language: uk
              - name: channel
                url: https://t.me/s/example_channel
                kind: telegram-preview
            """;

        var result = FeedsFile.Parse(yaml, "feeds.yaml");

        Assert.Null(result.Error);
        Assert.Equal(
            [
                new FeedDefinition("oblast-news", "https://news.example.org/rss", FeedKinds.Rss, TimeSpan.FromMinutes(5), "Oblast News", "uk"),
                new FeedDefinition("channel", "https://t.me/s/example_channel", FeedKinds.TelegramPreview, FeedsFile.DefaultInterval),
            ],
            result.Feeds);
    }

    [Theory]
    [InlineData("feeds:\n  - name: a\n    url: https://x.example/rss\n    kind: rdf\n", "feeds.yaml:4: field 'kind' (feed 'a'): 'rdf' is not one of rss, atom, json, telegram-preview")]
    [InlineData("feeds:\n  - name: a\n    url: https://x.example/rss\n    kind: rss\n    intervall: 5m\n", "feeds.yaml:5: unknown field 'intervall'")]
    [InlineData("feeds:\n  - name: a\n    url: ftp://x.example/rss\n    kind: rss\n", "feeds.yaml:3: field 'url' (feed 'a'): 'ftp://x.example/rss' is not an absolute http(s) URL")]
    [InlineData("feeds:\n  - name: a\n    url: https://x.example/rss\n    kind: rss\n    interval: soon\n", "feeds.yaml:5: field 'interval' (feed 'a'): 'soon' is not a duration")]
    [InlineData("feeds:\n  - url: https://x.example/rss\n    kind: rss\n", "feeds.yaml:2: field 'name': missing")]
    [InlineData("feeds:\n  - name: a b\n    url: https://x.example/rss\n    kind: rss\n", "feeds.yaml:2: field 'name': 'a b' must be")]
    [InlineData("feeds:\n  - name: a\n    url: https://x.example/rss\n    kind: rss\n  - name: A\n    url: https://y.example/rss\n    kind: atom\n", "feeds.yaml:5: field 'name': 'A' is used by another feed")]
    [InlineData("feeds:\n  - name: a\n    url: https://x.example/rss\n    kind: rss\n    language: Ukrainian\n", "feeds.yaml:5: field 'language' (feed 'a'): 'Ukrainian' is not a language code")]
    [InlineData("feeds:\n  - name: a\n    url: [1, 2]\n    kind: rss\n", "feeds.yaml:3: field 'url': expected a single value")]
    [InlineData("feeds:\n  - name: a\n  url: x\n   - broken", "feeds.yaml:")]
    [InlineData("sources:\n  - name: a\n", "feeds.yaml:1: unknown field 'sources' (expected 'feeds')")]
    [InlineData("feeds: []\n", "feeds.yaml:1: field 'feeds': expected a list of feeds")]
    [InlineData("", "feeds.yaml:1: expected a mapping with a 'feeds' list")]
    public void Parse_BadFile_OneLineNamingLineAndField(string yaml, string expectedStart)
    {
        var result = FeedsFile.Parse(yaml, "feeds.yaml");

        Assert.NotNull(result.Error);
        Assert.StartsWith(expectedStart, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error);
        Assert.Empty(result.Feeds);
    }

    [Theory]
    [InlineData("90", 90)]
    [InlineData("45s", 45)]
    [InlineData("5m", 300)]
    [InlineData("1h30m", 5400)]
    [InlineData("1d", 86400)]
    public void ParseInterval_Forms_Seconds(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), FeedsFile.ParseInterval(text));

    [Theory]
    [InlineData("0")]
    [InlineData("0m")]
    [InlineData("8d")]
    [InlineData("5 minutes")]
    [InlineData("-5")]
    public void ParseInterval_Invalid_Null(string text) => Assert.Null(FeedsFile.ParseInterval(text));
}

public sealed class SampleFeedsFileTests
{
    [Fact]
    public void Load_SamplesFeedsYaml_FourFeedsOfEveryKind()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "samples", "feeds.yaml")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        var result = FeedsFile.Load(Path.Combine(folder.FullName, "samples", "feeds.yaml"));

        Assert.Null(result.Error);
        Assert.Equal(FeedKinds.All.Order(StringComparer.Ordinal), result.Feeds.Select(f => f.Kind).Order(StringComparer.Ordinal));
    }
}
