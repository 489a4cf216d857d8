using System.CommandLine;
using System.Text.Json;
using Vigil.Cli.Output;
using Vigil.Core;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil stats [--format table|json]</c>: what the store holds.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var db = CliOptions.Db();
        var format = CliOptions.Format("table", "table", "json");
        var command = new Command("stats", "Count reports, versions, incidents, claims and failed inputs in the store.") { db, format };
        command.SetAction(parseResult =>
        {
            using var store = CliOptions.OpenStore(parseResult, db);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            try
            {
                var stats = store.Stats();
                var location = VigilStores.Redact(VigilStores.Resolve(parseResult.GetValue(db)));
                if (parseResult.GetValue(format) == "json")
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(stats, VigilJson.Options));
                }
                else
                {
                    Terminal.Out.Write(IncidentTables.Stats(stats, location));
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
}
