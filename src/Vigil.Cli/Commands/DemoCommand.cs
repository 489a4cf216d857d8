using System.CommandLine;
using Vigil.Cli.Output;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil demo</c>: the first thing to run on a fresh clone. Ingests the bundled samples into the
/// store (the default file unless <c>--db</c>/<c>VIGIL_DB</c>), prints the incidents, then serves
/// the dashboard over them (printing the address) until Ctrl+C; <c>--no-serve</c> stops after printing.
/// </summary>
internal static class DemoCommand
{
    public const string SamplesFolder = "samples";

    public static Command Create()
    {
        var db = CliOptions.Db();
        var noServe = new Option<bool>("--no-serve") { Description = "Stop after printing the incidents (for scripts and tests)." };
        var urls = ServeCommand.Urls();
        var command = new Command("demo", "Ingest the bundled sample reports, show the incidents they make and serve the dashboard.") { db, noServe, urls };
        command.SetAction(parseResult =>
        {
            if (FindSamples() is not { } samples)
            {
                Console.Error.WriteLine($"vigil: no '{SamplesFolder}' folder beside vigil or in {Environment.CurrentDirectory}; run from the repository root");
                return ExitCodes.Usage;
            }

            var location = CliOptions.StoreOptions(parseResult, db).Location;
            int exitCode;
            using (var store = CliOptions.OpenStore(parseResult, db, StoreAccess.Create))
            {
                if (store is null)
                {
                    return ExitCodes.Usage;
                }

                try
                {
                    var summary = IngestCommand.Run(store, [samples]);
                    Console.Out.WriteLine(IngestCommand.SummaryLine(summary, VigilStores.Redact(location)));
                    Terminal.Out.Write(IncidentTables.List(store.Incidents(IncidentFilter.All)));
                    Console.Out.WriteLine("Next: vigil show ID · vigil incidents --format json · vigil export --format geojson -o incidents.geojson · vigil ingest PATH…");
                    exitCode = summary.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok;
                }
                catch (StoreException e)
                {
                    return CliOptions.Fail(e);
                }
            }

            if (parseResult.GetValue(noServe))
            {
                return exitCode;
            }

            // A fresh demo store has no accounts: its sample data is served to readers without signing in.
            var served = ServeCommand.Run(location, parseResult.GetValue(urls) ?? Server.VigilServerOptions.DefaultUrls, isPublic: true);
            return served != ExitCodes.Ok ? served : exitCode;
        });
        return command;
    }

    /// <summary>The samples shipped beside the binary (copied at build), else a samples folder here or above.</summary>
    public static string? FindSamples()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, SamplesFolder);
        if (Directory.Exists(beside))
        {
            return beside;
        }

        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, SamplesFolder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
