using System.CommandLine;
using Vigil.Application.Ingest;
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
            // Filters first: a typo in --oblast is named before any store is opened.
            if (filters.Read(parseResult) is not { } filter)
            {
                return ExitCodes.Usage;
            }

            using var store = CliOptions.OpenStore(parseResult, db);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            try
            {
                var incidents = store.Incidents(filter);
                var chosen = parseResult.GetValue(format) ?? "table";
                if (chosen == "table")
                {
                    Terminal.Out.Write(IncidentTables.List(incidents));
                }
                else
                {
                    IncidentFormats.Write(Console.Out, chosen, incidents.Select(IncidentDocuments.FromStored));
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
