using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Vigil.Cli.Output;
using Vigil.Core;
using Vigil.Storage;
using Vigil.Storage.Feeds;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil feeds [--format table|json]</c>: each watched feed's health.</summary>
internal static class FeedsCommand
{
    public static Command Create()
    {
        var db = CliOptions.Db();
        var format = CliOptions.Format("table", "table", "json");
        var command = new Command("feeds", "Show the health of the feeds `vigil watch` polls: last success, last error, failures, reports per day, next poll.") { db, format };
        command.SetAction(parseResult =>
        {
            using var store = CliOptions.OpenStore(parseResult, db);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            try
            {
                var feeds = store.Feeds().FeedHealths(DateTimeOffset.UtcNow);
                if (parseResult.GetValue(format) == "json")
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new { feeds }, VigilJson.Options));
                }
                else if (feeds.Count == 0)
                {
                    Console.Out.WriteLine("No feeds yet: `vigil watch FEEDS.yaml` adds them.");
                }
                else
                {
                    Terminal.Out.Write(Table(feeds));
                }

                return ExitCodes.Ok;
            }
            catch (StoreException e)
            {
                return CliOptions.Fail(e);
            }
        });
        return command;
    }

    private static Table Table(IReadOnlyList<FeedHealth> feeds)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Feed", "Kind", "Every", "Last success", "Last error", "Fails", "HTTP", "24 h", "7 days", "Next poll");
        foreach (var feed in feeds)
        {
            var error = feed.LastError is null ? "—" : $"{Time(feed.LastErrorAt)} {feed.LastError}";
            table.AddRow(new Text(feed.Name), new Text(feed.Kind), new Text(Interval(feed.IntervalSeconds)), new Text(Time(feed.LastSuccess)),
                new Text(error), new Text(feed.ConsecutiveFailures.ToString(CultureInfo.InvariantCulture)),
                new Text(feed.LastStatus?.ToString(CultureInfo.InvariantCulture) ?? "—"),
                new Text(feed.ReportsLast24Hours.ToString(CultureInfo.InvariantCulture)),
                new Text(string.Join(' ', feed.ReportsPerDay.Select(d => d.Reports.ToString(CultureInfo.InvariantCulture)))),
                new Text(Time(feed.NextDue) + (feed.LeasedBy is null ? "" : " (polling: " + feed.LeasedBy + ")")));
        }

        return table;
    }

    private static string Time(DateTimeOffset? time) =>
        time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) : "—";

    private static string Interval(int seconds) =>
        seconds % 3600 == 0 ? (seconds / 3600).ToString(CultureInfo.InvariantCulture) + "h"
        : seconds % 60 == 0 ? (seconds / 60).ToString(CultureInfo.InvariantCulture) + "m"
        : seconds.ToString(CultureInfo.InvariantCulture) + "s";
}
