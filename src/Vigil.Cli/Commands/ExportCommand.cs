using System.CommandLine;
using System.Globalization;
using Vigil.Application.Ingest;
using Vigil.Cli.Output;
using Vigil.Export;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil export --format csv|geojson|json [filters] [-o FILE]</c>.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = CliOptions.Db();
        var format = CliOptions.Format("json", "json", "csv", "geojson");
        var output = new Option<string?>("--output", "-o") { Description = "File to write (default: standard output).", HelpName = "FILE" };
        var filters = new IncidentFilterOptions();
        var command = new Command("export", "Export the fused incidents as JSON, CSV or GeoJSON.") { db, format, output };
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

            var file = parseResult.GetValue(output);
            try
            {
                var incidents = IncidentDocuments.Stream(store, filter);
                var chosen = parseResult.GetValue(format) ?? "json";
                if (string.IsNullOrEmpty(file) || file == "-")
                {
                    IncidentFormats.Write(Console.Out, chosen, incidents);
                    return ExitCodes.Ok;
                }

                // Written beside the target and moved over it: a failed export never leaves half a file.
                var fullPath = Path.GetFullPath(file);
                var temporary = fullPath + ".tmp";
                ExportSummary summary;
                try
                {
                    using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
                    {
                        summary = IncidentFormats.Write(stream, chosen, incidents);
                    }

                    File.Move(temporary, fullPath, overwrite: true);
                }
                finally
                {
                    File.Delete(temporary); // gone after the move; after a failure, the half-written file goes too
                }

                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {summary.Written} incidents to {file}")
                    + (summary.OmittedWithoutCoordinates > 0
                        ? string.Create(CultureInfo.InvariantCulture, $" ({summary.OmittedWithoutCoordinates} without coordinates left out)")
                        : string.Empty));
                return ExitCodes.Ok;
            }
            catch (StoreException e)
            {
                return CliOptions.Fail(e);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("vigil: cannot write " + file + ": " + e.Message);
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
