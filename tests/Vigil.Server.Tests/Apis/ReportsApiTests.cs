using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Vigil.Server.Tests.Apis;

/// <summary><c>POST /api/v1/reports</c> and what it changes, over its own store.</summary>
public sealed class ReportsApiTests(WritableServer server) : IClassFixture<WritableServer>
{
    private static readonly Uri Reports = new("api/v1/reports", UriKind.Relative);

    [Fact]
    public async Task Post_Json_201WithLocationThenGetReturnsIt()
    {
        var body = new
        {
            title = "Drone strike on Sumy",
            published = "2025-10-01T08:00:00+03:00",
            source = "Test desk",
            url = "https://example.org/tests/sumy-1",
            text = "Two people were killed and five injured in a Russian drone attack on Sumy overnight, the regional governor said.",
        };

        using var response = await server.Client.PostAsync(Reports, Json.Body(body));
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("new", created.GetProperty("outcome").GetString());
        var report = created.GetProperty("report");
        Assert.Equal("https://example.org/tests/sumy-1", report.GetProperty("key").GetString());
        var incident = Assert.Single(created.GetProperty("incidents").EnumerateArray());
        Assert.Equal("Sumy", incident.GetProperty("place").GetProperty("name").GetString());
        Assert.Equal(2, incident.GetProperty("killed").GetInt32());

        var location = response.Headers.Location!;
        var fetched = await server.GetJson(location.OriginalString.TrimStart('/'));
        Assert.Equal(body.text, fetched.GetProperty("text").GetString());
        var listed = Json.Ids(await server.GetJson("api/v1/incidents?place=Sumy"));
        Assert.Contains(incident.GetProperty("id").GetString(), listed);
    }

    [Fact]
    public async Task Post_SameJsonTwice_SecondUnchanged()
    {
        var body = new { url = "https://example.org/tests/odesa-twice", published = "2025-10-02T09:00:00+03:00", text = "One person was injured in a drone attack on Odesa, the regional administration said." };
        using var first = await server.Client.PostAsync(Reports, Json.Body(body));
        using var second = await server.Client.PostAsync(Reports, Json.Body(body));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var outcome = JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("outcome").GetString();
        Assert.Equal("unchanged", outcome);
    }

    [Fact]
    public async Task Post_PlainTextWithFrontMatter_201()
    {
        const string text = "---\ntitle: Kherson shelling\npublished: 2025-10-03T10:00:00+03:00\nurl: https://example.org/tests/kherson-1\n---\nThree people were injured when Russian artillery shelled Kherson in the morning, the city military administration said.\n";
        using var content = new StringContent(text, Encoding.UTF8, "text/plain");

        using var response = await server.Client.PostAsync(Reports, content);
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Kherson shelling", created.GetProperty("report").GetProperty("title").GetString());
        Assert.Equal("https://example.org/tests/kherson-1", created.GetProperty("report").GetProperty("url").GetString());
    }

    [Fact]
    public async Task Post_Html_201WithTextFromTheArticle()
    {
        const string html = "<html><head><title>Dnipro strike</title></head><body><article><h1>Dnipro strike</h1><p>A missile strike on Dnipro killed four people and injured 12, the regional governor said on Saturday.</p></article></body></html>";
        using var content = new StringContent(html, Encoding.UTF8, "text/html");

        using var response = await server.Client.PostAsync(Reports, content);
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var report = await server.GetJson("api/v1/reports/" + created.GetProperty("report").GetProperty("id").GetString());
        Assert.Contains("missile strike on Dnipro", report.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", report.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { "", "text/plain" },
        { "   \n  ", "text/plain" },
        { "{ \"title\": \"no text\" }", "application/json" },
        { "{ \"text\": ", "application/json" },
        { "[1, 2]", "application/json" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_EmptyOrUnreadable_400Problem(string body, string mediaType)
    {
        using var content = new StringContent(body, Encoding.UTF8, mediaType);

        using var response = await server.Client.PostAsync(Reports, content);

        await Json.ReadProblem(response, 400);
    }

    [Fact]
    public async Task Post_BodyOverTenMegabytes_413Problem()
    {
        using var content = new ByteArrayContent(new byte[(10 * 1024 * 1024) + 1]);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        // With Content-Length over the limit the server answers before reading; a client that waits
        // for "100 Continue" (as large uploads should) reads that answer instead of a reset.
        using var request = new HttpRequestMessage(HttpMethod.Post, Reports) { Content = content };
        request.Headers.ExpectContinue = true;

        using var response = await server.Client.SendAsync(request);

        await Json.ReadProblem(response, 413);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverTenMegabytes_413Problem()
    {
        // No Content-Length: the limit is found while reading.
        using var content = new StreamContent(new NonSeekableStream(new MemoryStream(Encoding.UTF8.GetBytes(new string('a', (10 * 1024 * 1024) + 100)))));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");

        using var response = await server.Client.PostAsync(Reports, content);

        await Json.ReadProblem(response, 413);
    }

    [Fact]
    public async Task Cursor_NewerIncidentAddedBetweenPages_NextPageUnmoved()
    {
        var all = Json.Ids(await server.GetJson("api/v1/incidents?limit=5000&oblast=Kharkiv"));
        Assert.True(all.Count >= 2);
        var first = await server.GetJson("api/v1/incidents?oblast=Kharkiv&limit=1");
        var cursor = first.GetProperty("next_cursor").GetString();

        // A report of a new, later attack in the same oblast lands before the second page is read.
        var body = new { url = "https://example.org/tests/kharkiv-later", published = "2026-01-05T08:00:00+02:00", text = "Two people were injured in a Russian drone attack on Kharkiv overnight, the mayor said." };
        using (var posted = await server.Client.PostAsync(Reports, Json.Body(body)))
        {
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        }

        var second = await server.GetJson("api/v1/incidents?oblast=Kharkiv&limit=1&cursor=" + cursor);
        var now = Json.Ids(await server.GetJson("api/v1/incidents?limit=5000&oblast=Kharkiv"));

        Assert.Equal(all[1], Json.Ids(second)[0]);
        Assert.Equal(all.Count + 1, now.Count);
        Assert.Equal(all.Count + 1, second.GetProperty("total").GetInt64());
    }

    private sealed class NonSeekableStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
