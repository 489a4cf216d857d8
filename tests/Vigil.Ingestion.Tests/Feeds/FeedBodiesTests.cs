using System.Text;
using Vigil.Ingestion.Feeds;

namespace Vigil.Ingestion.Tests.Feeds;

public sealed class FeedBodiesTests
{
    private const string Origin = "http://127.0.0.1:9/feed";

    private static IReadOnlyList<ReadResult> Read(string body, FeedBodyKind kind) =>
        FeedBodies.Read(Encoding.UTF8.GetBytes(body), kind, Origin);

    [Fact]
    public void Read_JsonArray_EachObjectAReportNumbered()
    {
        var results = Read("""[{"text":"First test note about Sumy.","url":"https://example.org/a/1"},{"text":"Second test note.","title":"Two"}]""", FeedBodyKind.Json);

        Assert.Equal([Origin + "#1", Origin + "#2"], results.Select(r => r.Origin));
        Assert.All(results, r => Assert.True(r.IsSuccess));
        Assert.Equal("https://example.org/a/1", results[0].Report!.Key);
        Assert.Equal("Two", results[1].Report!.Title);
    }

    [Fact]
    public void Read_JsonObjectWithItems_EachItemAReport()
    {
        var results = Read("""{"version":"1","items":[{"text":"A test note."},{"title":"no text here"}]}""", FeedBodyKind.Json);

        Assert.True(results[0].IsSuccess);
        Assert.Equal("object has no 'text' string", results[1].Error);
    }

    [Fact]
    public void Read_JsonLines_EachLineAReport()
    {
        var results = Read("{\"text\":\"Line one test note.\"}\n{\"text\":\"Line two test note.\"}\n", FeedBodyKind.Json);

        Assert.Equal(2, results.Count(r => r.IsSuccess));
    }

    [Fact]
    public void Read_SingleObject_OneReport()
    {
        var result = Assert.Single(Read("""{"text":"Only one test note."}""", FeedBodyKind.Json));

        Assert.True(result.IsSuccess);
    }

    [Theory]
    [InlineData("<html><body>Sign in</body></html>", "not JSON: the body starts with neither [ nor {")]
    [InlineData("[{\"text\": \"cut", "malformed JSON")]
    [InlineData("[1, 2]", "expected a JSON object, found number")]
    [InlineData("   ", "empty body")]
    public void Read_NotReportJson_Failure(string body, string expected)
    {
        var results = Read(body, FeedBodyKind.Json);

        Assert.All(results, r => Assert.False(r.IsSuccess));
        Assert.StartsWith(expected, results[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PreviewKindGivenAnArticle_FailureNotAnArticle()
    {
        var result = Assert.Single(Read("<html><body><article><p>An ordinary page about nothing.</p></article></body></html>", FeedBodyKind.TelegramPreview));

        Assert.Equal(Origin, result.Origin);
        Assert.StartsWith("not a Telegram channel preview", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_XmlKindGivenHtml_FailureNotAnArticle()
    {
        var result = Assert.Single(Read("<html><body><p>Maintenance.</p></body></html>", FeedBodyKind.Xml));

        Assert.False(result.IsSuccess);
    }
}
