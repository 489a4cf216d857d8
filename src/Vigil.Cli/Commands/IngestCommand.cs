using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Vigil.Application.Ingest;
using Vigil.Cli.Output;
using Vigil.Ingestion;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil ingest PATH…</c>: read, extract, store and re-fuse; a bad input is named on stderr and the batch goes on.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files, folders (read recursively) or feeds: .txt/.md with front matter, .html, .xml/.rss/.atom, Telegram result.json, .jsonl.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = CliOptions.Db();
        var timings = new Option<bool>("--timings") { Description = "Print where the time went (waiting for input, for extraction, storing, fusing) on stderr." };
        var command = new Command("ingest", "Ingest reports into the store and re-fuse the incidents.") { paths, db, timings };
        command.SetAction(parseResult =>
        {
            using var store = CliOptions.OpenStore(parseResult, db, StoreAccess.Create);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            try
            {
                var summary = Run(store, parseResult.GetValue(paths) ?? []);
                if (summary.New + summary.Updated > 0)
                {
                    // One entry per run, not per report: a run can bring a million reports.
                    CliAudit.Write(store, "report.ingest", null, null,
                        new { summary.Total, summary.New, summary.Updated, summary.Unchanged, summary.Failed, Paths = parseResult.GetValue(paths) ?? [] });
                }

                Console.Out.WriteLine(SummaryLine(summary, VigilStores.Redact(VigilStores.Resolve(parseResult.GetValue(db)))));
                if (parseResult.GetValue(timings))
                {
                    Console.Error.WriteLine(TimingsLine(summary.Timings));
                }

                return summary.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
            }
            catch (StoreException e)
            {
                return CliOptions.Fail(e);
            }
        });
        return command;
    }

    /// <summary>Ingests <paramref name="paths"/> into <paramref name="store"/>, with a progress bar on a terminal.</summary>
    public static IngestSummary Run(IVigilStore store, IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var service = new IngestService();
        if (!Terminal.ShowsProgress)
        {
            return service.RunPaths(store, paths, result =>
            {
                if (result.Failed)
                {
                    Console.Error.WriteLine(FailureLine(result));
                }
            });
        }

        var files = ReportReaders.ExpandInputs(paths).Select(f => f.Path).ToList();
        var failures = new List<IngestItemResult>();
        IngestSummary? summary = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("Ingesting", maxValue: Math.Max(1, files.Count));
                var tracker = new FileProgress(files);
                var reports = 0;
                summary = service.RunPaths(store, paths, result =>
                {
                    reports++;
                    if (result.Failed)
                    {
                        failures.Add(result);
                    }

                    task.Value = tracker.FilesBefore(result.Origin);
                    task.Description = "Ingesting: " + reports.ToString(CultureInfo.InvariantCulture) + " inputs";
                });
                task.Value = task.MaxValue;
            });

        // Named after the bar is gone, so the lines are not torn by redraws.
        foreach (var failure in failures)
        {
            Console.Error.WriteLine(FailureLine(failure));
        }

        return summary!;
    }

    public static string SummaryLine(IngestSummary summary, string location)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return string.Create(CultureInfo.InvariantCulture,
            $"{summary.Total} inputs: {summary.New} new, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Failed} failed; {summary.Incidents} incidents in {location}");
    }

    public static string TimingsLine(IngestTimings timings)
    {
        ArgumentNullException.ThrowIfNull(timings);
        return string.Create(CultureInfo.InvariantCulture,
            $"timings: waiting for input {timings.WaitingForInput.TotalSeconds:F1} s, waiting for extraction {timings.WaitingForExtraction.TotalSeconds:F1} s, storing {timings.Storing.TotalSeconds:F1} s, fusing {timings.Fusing.TotalSeconds:F1} s, total {timings.Total.TotalSeconds:F1} s");
    }

    private static string FailureLine(IngestItemResult failure) => "vigil: " + failure.Origin + ": " + failure.Error;

    /// <summary>Maps an item's origin ("path" or "path#N") to how many of the listed files are done.</summary>
    private sealed class FileProgress(List<string> files)
    {
        private int _index;

        public int FilesBefore(string origin)
        {
            for (var i = _index; i < files.Count; i++)
            {
                var file = files[i];
                if (origin.Equals(file, StringComparison.Ordinal) || origin.StartsWith(file + "#", StringComparison.Ordinal))
                {
                    _index = i;
                    break;
                }
            }

            return _index;
        }
    }
}
