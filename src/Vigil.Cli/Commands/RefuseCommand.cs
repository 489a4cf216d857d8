using System.CommandLine;
using System.Globalization;
using Vigil.Application.Ingest;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil refuse</c>: re-fuses every stored report and rebuilds incremental fusion's index.</summary>
internal static class RefuseCommand
{
    public static Command Create()
    {
        var db = CliOptions.Db();
        var command = new Command("refuse", "Re-fuse every stored report into incidents from scratch (ingest re-fuses only what a batch touches).") { db };
        command.SetAction(parseResult =>
        {
            using var store = CliOptions.OpenStore(parseResult, db, StoreAccess.ReadWrite);
            if (store is null)
            {
                return ExitCodes.Usage;
            }

            try
            {
                var count = FusionUpdate.Rebuild(store);
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"re-fused: {count} incidents"));
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
