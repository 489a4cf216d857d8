using System.CommandLine;
using Vigil.Application.Ingest;
using Vigil.Cli.Output;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil show ID [--format table|json]</c>: one incident with each figure's history and the quoted evidence of every claim.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "Incident id, as `vigil incidents` lists it." };
        var db = CliOptions.Db();
        var format = CliOptions.Format("table", "table", "json");
        var command = new Command("show", "Show one incident: figures with their history and the evidence for each claim.") { id, db, format };
        command.SetAction(parseResult =>
        {
            using var store = CliOptions.OpenStore(parseResult, db);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            try
            {
                var wanted = parseResult.GetValue(id) ?? string.Empty;
                if (store.Incident(wanted) is not { } stored)
                {
                    Console.Error.WriteLine($"vigil: no incident '{wanted}' in {VigilStores.Redact(VigilStores.Resolve(parseResult.GetValue(db)))}; `vigil incidents` lists them");
                    return ExitCodes.Usage;
                }

                var incident = IncidentDocuments.FromStored(stored);
                if (parseResult.GetValue(format) == "json")
                {
                    IncidentFormats.WriteOne(Console.Out, incident);
                }
                else
                {
                    foreach (var part in IncidentTables.Detail(incident))
                    {
                        Terminal.Out.Write(part);
                    }
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
