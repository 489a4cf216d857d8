using System.CommandLine;
using Vigil.Cli.Output;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil incidents [filters] --format table|json|csv|geojson</c>.</summary>
internal static class IncidentsCommand
{
    public static Command Create()
    {
        var db = CliOptions.Db();
        var format = CliOptions.Format("table", "table", "json", "csv", "geojson");
        var filters = new IncidentFilterOptions();
        var command = new Command("incidents", "List the fused incidents.") { db, format };
        filters.AddTo(command);
        command.SetAction(parseResult =>
        {
            using var store = CliOptions.OpenStore(parseResult, db);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            try
            {
                var incidents = store.Incidents(filters.Read(parseResult));
                var chosen = parseResult.GetValue(format) ?? "table";
                if (chosen == "table")
                {
                    Terminal.Out.Write(IncidentTables.List(incidents));
                }
                else
                {
                    IncidentFormats.Write(Console.Out, chosen, incidents);
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
