using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Vigil.Core;
using Vigil.Gazetteer;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil geocode NAME [--oblast NAME] [--format json|table]</c>: gazetteer candidates for a place name, best first.</summary>
internal static class GeocodeCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Place name as written: any spelling, old name, Cyrillic, \"Kharkiv region\", \"the Kyivskyi district of Odesa\"" };
        var oblast = new Option<string?>("--oblast") { Description = "Oblast the place is in: name or ISO 3166-2 code (Kharkiv, UA-63)" };
        var format = new Option<string>("--format") { Description = "json or table (default: table on a terminal, json in a pipe)" };
        format.AcceptOnlyFromAmong("json", "table");
        var command = new Command("geocode", "Resolve a place name against the gazetteer of Ukraine and Russia's border regions") { name, oblast, format };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(name) ?? "",
            parseResult.GetValue(oblast),
            parseResult.GetValue(format) ?? (Console.IsOutputRedirected ? "json" : "table")));
        return command;
    }

    private static int Run(string name, string? oblast, string format)
    {
        var gazetteer = Vigil.Gazetteer.Gazetteer.Default;
        if (oblast is not null && gazetteer.ResolveOblast(oblast) is null)
        {
            Console.Error.WriteLine($"vigil geocode: unknown oblast '{oblast}' (give a name like Kharkiv or an ISO code like UA-63)");
            return 2;
        }

        var candidates = gazetteer.Geocode(name, oblast is null ? null : new GeocodeContext(oblast));
        if (format == "json")
        {
            var rows = candidates.Select(c => new GeocodeRow(c.Name, c.Kind, c.District, c.Admin1, c.Admin1Code, c.Country, c.Lat, c.Lon, c.Population, c.Id, c.Score)).ToList();
            Console.Out.WriteLine(JsonSerializer.Serialize(rows, VigilJson.Options));
        }
        else if (candidates.Count > 0)
        {
            var table = new Table().AddColumns("name", "kind", "district", "oblast", "code", "lat", "lon", "population", "id", "score");
            foreach (var c in candidates)
            {
                table.AddRow(
                    Markup.Escape(c.Name), KindName(c.Kind), Markup.Escape(c.District ?? ""), Markup.Escape(c.Admin1 ?? ""), c.Admin1Code ?? "",
                    c.Lat.ToString("0.####", CultureInfo.InvariantCulture), c.Lon.ToString("0.####", CultureInfo.InvariantCulture),
                    c.Population?.ToString(CultureInfo.InvariantCulture) ?? "", c.Id, c.Score.ToString("0.000", CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
        }

        if (candidates.Count == 0)
        {
            Console.Error.WriteLine($"vigil geocode: no place named '{name}' in the gazetteer (unresolved)");
            return 1;
        }

        return 0;
    }

    private static string KindName(PlaceKind kind) => PlaceRecord.KindName(kind);

    /// <summary>The JSON shape of one candidate (snake_case through VigilJson).</summary>
    private sealed record GeocodeRow(
        string Name, PlaceKind Kind, string? District, string? Admin1, string? Admin1Code, string Country,
        double Lat, double Lon, int? Population, string Id, double Score);
}
