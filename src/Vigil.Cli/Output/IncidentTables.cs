using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Vigil.Core;
using Vigil.Fusion;
using Vigil.Storage;

namespace Vigil.Cli.Output;

/// <summary>Incidents as tables for people. Every text goes in as plain <see cref="Text"/>, never as markup.</summary>
internal static class IncidentTables
{
    public static Table List(IReadOnlyList<StoredIncident> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("ID", "Date", "Place", "Oblast", "Weapons", "Killed", "Injured", "Children k/i", "Reports", "Contested");
        foreach (var column in table.Columns.Skip(5).Take(4))
        {
            column.RightAligned();
        }

        foreach (var incident in incidents)
        {
            table.AddRow(Cells(
                incident.Id,
                incident.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—",
                PlaceName(incident.Place, incident.District),
                incident.Admin1 ?? "—",
                incident.Weapons.Count == 0 ? "—" : string.Join(", ", incident.Weapons),
                Number(incident.Killed),
                Number(incident.Injured),
                Number(incident.ChildrenKilled) + " / " + Number(incident.ChildrenInjured),
                incident.ReportCount.ToString(CultureInfo.InvariantCulture),
                incident.Contested ? "yes" : ""));
        }

        return table;
    }

    /// <summary>One incident: what, where, when; each figure with its range and history; then every claim with its quoted evidence.</summary>
    public static IEnumerable<IRenderable> Detail(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var place = incident.Place;
        var header = new Grid().AddColumn().AddColumn();
        header.AddRow(Cells("Incident", incident.Id));
        header.AddRow(Cells("Place", place is null ? "unknown" : PlaceName(place.Name, place.District)
            + (place.Admin1 is null || place.Admin1 == place.Name ? "" : ", " + place.Admin1)
            + (place.Resolved ? "" : " (not in the gazetteer)")));
        header.AddRow(Cells("Date", (incident.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown") + " (" + Name(incident.DatePrecision) + ")"));
        header.AddRow(Cells("Weapons", incident.Weapons.Count == 0 ? "—" : string.Join(", ", incident.Weapons.Select(Name))));
        header.AddRow(Cells("Attacker", incident.Attacker?.ToString() ?? "—"));
        header.AddRow(Cells("Damage", incident.Damage.Count == 0 ? "—" : string.Join(", ", incident.Damage)));
        header.AddRow(Cells("Reports", incident.ReportCount.ToString(CultureInfo.InvariantCulture)));
        yield return header;

        var figures = new Table().Border(TableBorder.Rounded).Title("Figures")
            .AddColumns("Figure", "Current", "Low–high", "Contested", "Claims");
        foreach (var (field, figure) in incident.Figures)
        {
            if (figure.Value is null && figure.History.Count == 0)
            {
                continue;
            }

            figures.AddRow(Cells(Name(field), Qualified(figure.Value, figure.Qualifier),
                figure.Low == figure.High ? Number(figure.Low) : Number(figure.Low) + "–" + Number(figure.High),
                figure.Contested ? "yes" : "", figure.History.Count.ToString(CultureInfo.InvariantCulture)));
        }

        yield return figures;

        foreach (var (field, figure) in incident.Figures)
        {
            if (figure.History.Count == 0)
            {
                continue;
            }

            var history = new Table().Border(TableBorder.Simple).Title("History of " + Name(field))
                .AddColumns("Value", "Published", "Source", "Claimant", "Evidence");
            foreach (var revision in figure.History)
            {
                history.AddRow(Cells(Qualified(revision.Value, revision.Qualifier), Time(revision.Published), revision.Source ?? "—",
                    ClaimantName(revision.Claimant), "“" + revision.Evidence.Text + "”"));
            }

            yield return history;
        }

        var claims = new Table().Border(TableBorder.Simple).Title("Claims")
            .AddColumns("Field", "Value", "Scope", "Claimant", "Report", "Evidence");
        foreach (var item in incident.Claims)
        {
            var claim = item.Claim;
            claims.AddRow(Cells(Name(claim.Field) + (claim.Category is null ? "" : ": " + claim.Category),
                claim.Value is null ? "—" : Qualified(claim.Value, claim.Qualifier), Name(claim.Scope), ClaimantName(claim.Claimant),
                item.ReportKey + " v" + item.ReportVersion.ToString(CultureInfo.InvariantCulture) + "\n" + Time(item.Published),
                "“" + claim.Evidence.Text + "” [" + claim.Evidence.Start.ToString(CultureInfo.InvariantCulture) + ".."
                    + claim.Evidence.End.ToString(CultureInfo.InvariantCulture) + "]"));
        }

        yield return claims;
    }

    public static Table Stats(StoreStats stats, string location)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var table = new Table().Border(TableBorder.Rounded).AddColumns("", "Count").Caption(location);
        table.Columns[1].RightAligned();
        void Row(string name, long value) => table.AddRow(Cells(name, value.ToString(CultureInfo.InvariantCulture)));
        Row("reports", stats.Reports);
        Row("report versions", stats.ReportVersions);
        Row("incidents", stats.Incidents);
        Row("claims (current versions)", stats.Claims);
        Row("claims (all versions)", stats.ClaimsTotal);
        Row("failed inputs", stats.Failed);
        table.AddRow(Cells("last ingested", Time(stats.LastIngested)));
        return table;
    }

    private static IRenderable[] Cells(params string[] values) => values.Select(v => (IRenderable)new Text(v)).ToArray();

    private static string PlaceName(string? name, string? district) =>
        (name ?? "unknown") + (district is null ? "" : " (" + district + ")");

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";

    /// <summary>"at least 3" as "3+", "about 40" as "~40": short enough for a cell, still honest.</summary>
    public static string Qualified(int? value, Qualifier? qualifier) => value is null ? "—" : qualifier switch
    {
        Qualifier.AtLeast => Number(value) + "+",
        Qualifier.MoreThan => ">" + Number(value),
        Qualifier.About => "~" + Number(value),
        Qualifier.UpTo => "≤" + Number(value),
        _ => Number(value),
    };

    private static string ClaimantName(Claimant claimant) =>
        (claimant.Name ?? "unattributed") + (claimant.Role is null ? "" : ", " + claimant.Role) + " [" + Name(claimant.Kind) + "]";

    private static string Time(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) ?? "—";

    private static string Name<T>(T value)
        where T : struct, Enum => System.Text.Json.JsonSerializer.Serialize(value, VigilJson.Compact).Trim('"');
}
