using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Vigil.Application.Tests.Watch;

/// <summary>A request the feed host saw.</summary>
public sealed record FeedRequest(int Number, DateTimeOffset At, string? IfNoneMatch, string? IfModifiedSince);

/// <summary>
/// What the feed host answers; <see cref="Delay"/> holds the answer back (to overlap workers), and <see cref="Until"/> holds it
/// until a task completes (at most 30 s, so a test that never opens the gate fails on its assertions instead of hanging).
/// </summary>
public sealed record FeedResponse(
    int Status,
    string? Body = null,
    string ContentType = "application/rss+xml",
    string? ETag = null,
    string? LastModified = null,
    string? RetryAfter = null,
    TimeSpan Delay = default,
    Task? Until = null)
{
    /// <summary>A body with an ETag, answered 304 to a request that already has it.</summary>
    public static Func<FeedRequest, FeedResponse> Conditional(string body, string etag, string contentType = "application/rss+xml") =>
        request => request.IfNoneMatch == etag ? new FeedResponse(304, ETag: etag) : new FeedResponse(200, body, contentType, etag);

    /// <summary>Answers in turn, the last one again for every later request.</summary>
    public static Func<FeedRequest, FeedResponse> Sequence(params FeedResponse[] responses) =>
        request => responses[Math.Min(request.Number, responses.Length) - 1];
}

/// <summary>
/// Feeds served on loopback by an in-test Kestrel (port 0): each path answers as the test says,
/// and every request is recorded with its conditional headers, as is the most requests a path
/// had in flight at once. Never the internet.
/// </summary>
public sealed class FeedHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<FeedRequest, FeedResponse>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<FeedRequest>> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _maxInFlight = new(StringComparer.Ordinal);

    private FeedHost(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public static async Task<FeedHost> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var host = new FeedHost(app);
        app.Run(host.Answer);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        host.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return host;
    }

    public string Url(string path) => new Uri(BaseAddress, path.TrimStart('/')).ToString();

    public void Serve(string path, Func<FeedRequest, FeedResponse> responder) => _routes["/" + path.TrimStart('/')] = responder;

    public void Serve(string path, FeedResponse response) => Serve(path, _ => response);

    public IReadOnlyList<FeedRequest> Requests(string path)
    {
        var list = _requests.GetValueOrDefault("/" + path.TrimStart('/'));
        if (list is null)
        {
            return [];
        }

        lock (list)
        {
            return list.ToList();
        }
    }

    public int MaxInFlight(string path) => _maxInFlight.GetValueOrDefault("/" + path.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task Answer(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (!_routes.TryGetValue(path, out var responder))
        {
            context.Response.StatusCode = 404;
            return;
        }

        var list = _requests.GetOrAdd(path, _ => []);
        FeedRequest request;
        lock (list)
        {
            request = new FeedRequest(list.Count + 1, DateTimeOffset.UtcNow, context.Request.Headers.IfNoneMatch.FirstOrDefault(),
                context.Request.Headers.IfModifiedSince.FirstOrDefault());
            list.Add(request);
        }

        var now = _inFlight.AddOrUpdate(path, 1, (_, n) => n + 1);
        _maxInFlight.AddOrUpdate(path, now, (_, max) => Math.Max(max, now));
        try
        {
            var response = responder(request);
            if (response.Until is { } gate)
            {
                await Task.WhenAny(gate, Task.Delay(TimeSpan.FromSeconds(30)));
            }

            if (response.Delay > TimeSpan.Zero)
            {
                await Task.Delay(response.Delay);
            }

            context.Response.StatusCode = response.Status;
            if (response.ETag is not null)
            {
                context.Response.Headers.ETag = response.ETag;
            }

            if (response.LastModified is not null)
            {
                context.Response.Headers.LastModified = response.LastModified;
            }

            if (response.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = response.RetryAfter;
            }

            if (response.Body is not null && response.Status != 304)
            {
                context.Response.ContentType = response.ContentType + "; charset=utf-8";
                await context.Response.WriteAsync(response.Body, Encoding.UTF8);
            }
        }
        finally
        {
            _inFlight.AddOrUpdate(path, 0, (_, n) => n - 1);
        }
    }
}

/// <summary>Feed bodies written for these tests, in our own words: no publication's text.</summary>
public static class FeedFixtures
{
    private static readonly string[] Places = ["Kharkiv", "Odesa", "Sumy", "Kherson", "Zaporizhzhia", "Dnipro", "Mykolaiv", "Chernihiv"];

    /// <summary>The test sentence of item <paramref name="n"/> of feed <paramref name="feed"/>: a place, a day and a count that vary with n.</summary>
    public static string ItemText(string feed, int n) => string.Create(CultureInfo.InvariantCulture,
        $"Test bulletin {feed}-{n}: a drone damaged a warehouse in {Places[n % Places.Length]} on {1 + (n % 27)} March 2025; {1 + (n % 5)} people were injured, the regional administration wrote.");

    /// <summary>An RSS 2.0 feed of items <paramref name="from"/>..<paramref name="to"/>, each with its own link.</summary>
    public static string Rss(string feed, int from, int to, string linkBase = "https://example.org/test-feeds/")
    {
        var builder = new StringBuilder()
            .Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Test feed ")
            .Append(feed).Append("</title><link>").Append(linkBase).Append("</link><language>en</language>\n");
        for (var n = from; n <= to; n++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<item><title>Bulletin {n}</title><link>{linkBase}{feed}/{n}</link>")
                .Append(CultureInfo.InvariantCulture, $"<pubDate>Mon, {1 + (n % 27):00} Mar 2025 09:00:00 +0200</pubDate>")
                .Append("<description>").Append(ItemText(feed, n)).Append("</description></item>\n");
        }

        return builder.Append("</channel></rss>\n").ToString();
    }

    /// <summary>A JSON array of report objects (the <c>json</c> kind).</summary>
    public static string JsonArray(string feed, int from, int to) =>
        System.Text.Json.JsonSerializer.Serialize(Enumerable.Range(from, to - from + 1).Select(n => new
        {
            title = "Bulletin " + n.ToString(CultureInfo.InvariantCulture),
            url = string.Create(CultureInfo.InvariantCulture, $"https://example.org/test-json/{feed}/{n}"),
            published = "2025-03-05T09:00:00+02:00",
            text = ItemText(feed, n),
        }));

    /// <summary>
    /// A page in the shape of a public channel's web preview (t.me/s/NAME): a header with the
    /// channel's title, then one <c>tgme_widget_message</c> per post with <c>data-post</c>, its text
    /// and time. Posts listed in <paramref name="photoOnly"/> have no text (a photo without a caption).
    /// </summary>
    public static string TelegramPreview(string channel, string title, int from, int to, params int[] photoOnly)
    {
        var builder = new StringBuilder()
            .Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(title).Append("</title></head><body>\n")
            .Append("<header class=\"tgme_channel_info_header\"><div class=\"tgme_channel_info_header_title\"><span>")
            .Append(title).Append("</span></div></header>\n<section class=\"tgme_channel_history\">\n");
        for (var n = from; n <= to; n++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"<div class=\"tgme_widget_message_wrap\"><div class=\"tgme_widget_message\" data-post=\"{channel}/{n}\">");
            if (!photoOnly.Contains(n))
            {
                builder.Append("<div class=\"tgme_widget_message_text js-message_text\">").Append(ItemText(channel, n))
                    .Append("<br/>Stay in shelters during alerts.</div>");
            }
            else
            {
                builder.Append("<a class=\"tgme_widget_message_photo_wrap\" href=\"#\"></a>");
            }

            builder.Append(CultureInfo.InvariantCulture, $"<div class=\"tgme_widget_message_footer\"><a class=\"tgme_widget_message_date\" href=\"https://t.me/{channel}/{n}\">")
                .Append(CultureInfo.InvariantCulture, $"<time datetime=\"2025-03-{1 + (n % 27):00}T07:{n % 60:00}:00+00:00\" class=\"time\">07:{n % 60:00}</time></a></div></div></div>\n");
        }

        return builder.Append("</section></body></html>\n").ToString();
    }
}
