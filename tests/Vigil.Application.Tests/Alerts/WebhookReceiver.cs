using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Vigil.Application.Tests.Alerts;

/// <summary>A real HTTP receiver (Kestrel on 127.0.0.1, a free port) that records every POST and answers with the statuses queued, then 200.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _answers = new();

    private WebhookReceiver(WebApplication app)
    {
        _app = app;
    }

    public ConcurrentQueue<Received> Requests { get; } = new();

    public string Url { get; private set; } = string.Empty;

    /// <summary>How long each answer waits (to make the sender time out).</summary>
    public TimeSpan Delay { get; set; }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            receiver.Requests.Enqueue(new Received(body, context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            if (receiver.Delay > TimeSpan.Zero)
            {
                await Task.Delay(receiver.Delay, context.RequestAborted);
            }

            return Results.StatusCode(receiver._answers.TryDequeue(out var status) ? status : 200);
        });
        await app.StartAsync();
        receiver.Url = app.Urls.Single() + "/hook";
        return receiver;
    }

    /// <summary>Answers the next requests with these statuses, in order.</summary>
    public void Answer(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _answers.Enqueue(status);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed record Received(string Body, IReadOnlyDictionary<string, string> Headers);
}
