using System.CommandLine;
using System.Globalization;
using Vigil.Application;
using Vigil.Application.Watch;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil watch FEEDS.yaml [--db …] [--once] [--worker-id …]</c>: polls the feeds on their
/// intervals into the store; several watchers on one store share the feeds (docs/watch.md).
/// One progress line per poll on stderr; Ctrl+C stops after the feed under way.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FEEDS") { Description = "The feeds file (YAML): a 'feeds' list of name, url, kind (rss, atom, json, telegram-preview), interval, source, language." };
        var db = CliOptions.Db();
        var once = new Option<bool>("--once") { Description = "Poll every due feed once, then exit (1 if a poll failed): for cron and tests." };
        var worker = new Option<string?>("--worker-id") { Description = "This worker's name in feed leases and health (default HOST:PID).", HelpName = "ID" };
        var command = new Command("watch", "Poll RSS/Atom, JSON and Telegram channel-preview feeds and ingest their new items.") { file, db, once, worker };
        // Synchronous on purpose: System.CommandLine's own Ctrl+C handling of async actions ends the
        // process after a short grace, and a poll under way must be finished and recorded first.
        command.SetAction(parseResult => RunAsync(parseResult, file, db, once, worker).GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, Argument<string> file, Option<string?> db, Option<bool> once, Option<string?> worker)
    {
        var path = parseResult.GetValue(file)!;
        var feeds = FeedsFile.Load(path);
        if (feeds.Error is not null)
        {
            await Console.Error.WriteLineAsync("vigil: " + feeds.Error).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var workerId = parseResult.GetValue(worker);
        if (workerId is not null && string.IsNullOrWhiteSpace(workerId))
        {
            await Console.Error.WriteLineAsync("vigil: --worker-id: must not be empty").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        // Opened (created, migrated) once up front, so a bad --db is one line and exit 2 before any polling.
        using (var store = CliOptions.OpenStore(parseResult, db, StoreAccess.Create))
        {
            if (store is null)
            {
                return ExitCodes.Usage;
            }
        }

        var location = CliOptions.StoreOptions(parseResult, db).Location;
        var options = new FeedWatcherOptions { Once = parseResult.GetValue(once) };
        if (workerId is not null)
        {
            options = options with { WorkerId = workerId.Trim() };
        }

        using var stop = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            if (stop.IsCancellationRequested)
            {
                return; // a second Ctrl+C ends the process at once
            }

            e.Cancel = true;
            Console.Error.WriteLine("vigil watch: stopping after the feed under way (Ctrl+C again to abort)");
            stop.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        try
        {
            var watcher = new FeedWatcher(() => VigilStoreFactory.Open(location, StoreAccess.ReadWrite), feeds.Feeds, options);
            watcher.Polled += (_, report) => Console.Error.WriteLine(ProgressLine(report));
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"vigil watch: {feeds.Feeds.Count} feeds from {path} into {VigilStores.Redact(location)} as {options.WorkerId}")).ConfigureAwait(false);
            var polls = await watcher.RunAsync(stop.Token).ConfigureAwait(false);
            var failed = polls.Count(p => p.Failed);
            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"vigil watch: {polls.Count} polls, {failed} failed; {polls.Sum(p => p.New)} new reports, {polls.Sum(p => p.Updated)} updated")).ConfigureAwait(false);
            return options.Once && failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
        }
        catch (StoreException e)
        {
            return CliOptions.Fail(e);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    internal static string ProgressLine(FeedPollReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var took = report.Took.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var next = report.NextDue.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var what = report.Error is not null
            ? "error: " + report.Error
            : report.HttpStatus == 304
                ? "304 not modified"
                : string.Create(CultureInfo.InvariantCulture,
                    $"{report.HttpStatus} {report.Items} items: {report.New} new, {report.Updated} updated, {report.Unchanged} unchanged, {report.ItemFailures.Count} failed");
        var lines = new List<string> { $"vigil watch: {report.Feed}: {what} ({took} s); next poll {next}{(report.LeaseLost ? "; lease lost, not recorded" : "")}" };
        lines.AddRange(report.ItemFailures.Select(f => "vigil watch: " + report.Feed + ": " + f));
        return string.Join(Environment.NewLine, lines);
    }
}
