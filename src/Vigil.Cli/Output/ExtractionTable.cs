using System.Globalization;
using Spectre.Console;
using Vigil.Core;

namespace Vigil.Cli.Output;

/// <summary>The table view of an extraction, for people: each incident with its figures and the quoted evidence behind them.</summary>
internal static class ExtractionTable
{
    public static void Write(ExtractionResult result, string name)
    {
        var doc = result.Document;
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(name)}[/]{(doc.Title is null ? "" : " — " + Markup.Escape(doc.Title))}").LeftJustified());
        AnsiConsole.MarkupLine($"published: {Date(doc.Published)}");
        if (result.Incidents.Count == 0)
        {
            AnsiConsole.MarkupLine("[grey]no incidents[/]");
        }

        var number = 0;
        foreach (var i in result.Incidents)
        {
            number++;
            var place = i.Place is null ? "(no place named)" : i.Place.Name + (i.Place.District is null ? "" : ", " + i.Place.District + " district") +
                (i.Place.Admin1 is null || i.Place.Kind == PlaceKind.Oblast ? "" : " (" + i.Place.Admin1 + ")") + (i.Place.Resolved ? "" : " [unresolved]");
            var table = new Table().Border(TableBorder.Rounded).Title($"[bold]Incident {number}[/]: {Markup.Escape(place)}")
                .AddColumn("field").AddColumn("value").AddColumn("qualifier").AddColumn("claimant").AddColumn("evidence");
            table.AddRow("date", Markup.Escape($"{Date(i.Date)} ({Enum(i.DatePrecision)})"), "", "", "");
            table.AddRow("weapons", Markup.Escape(string.Join(", ", i.Weapons.Select(Enum))), "", "", "");
            table.AddRow("attacker", i.Attacker is { } a ? Enum(a) : "-", "", "", "");
            AddFigure(table, "killed", i.Killed, i.Claims, ClaimField.Killed);
            AddFigure(table, "injured", i.Injured, i.Claims, ClaimField.Injured);
            AddFigure(table, "children killed", i.ChildrenKilled, i.Claims, ClaimField.ChildrenKilled);
            AddFigure(table, "children injured", i.ChildrenInjured, i.Claims, ClaimField.ChildrenInjured);
            AddFigure(table, "missing", i.Missing, i.Claims, ClaimField.Missing);
            AddFigure(table, "hit", i.Hit, i.Claims, ClaimField.Hit);
            if (i.Damage.Count > 0)
            {
                table.AddRow("damage", Markup.Escape(string.Join(", ", i.Damage)), "", "", "");
            }

            AnsiConsole.Write(table);
        }

        if (result.AirDefense.Count > 0)
        {
            var t = new Table().Border(TableBorder.Rounded).Title("[bold]Air defence[/]")
                .AddColumns("date", "weapon", "attacker", "launched", "intercepted", "claimant", "evidence");
            foreach (var a in result.AirDefense)
            {
                t.AddRow(Date(a.Date), Enum(a.Weapon), a.Attacker is { } s ? Enum(s) : "-", Num(a.Launched), Num(a.Intercepted),
                    Markup.Escape(Who(a.Claimant)), Quote(a.Evidence.Text));
            }

            AnsiConsole.Write(t);
        }

        if (result.Statements.Count > 0)
        {
            var t = new Table().Border(TableBorder.Rounded).Title("[bold]Statements[/]").AddColumns("speaker", "role", "channel", "quote");
            foreach (var s in result.Statements)
            {
                t.AddRow(Markup.Escape(s.Speaker ?? "-"), Markup.Escape(s.Role ?? "-"), Markup.Escape(s.Channel ?? "-"), Quote(s.Quote));
            }

            AnsiConsole.Write(t);
        }

        if (result.Events.Count + result.Statistics.Count > 0)
        {
            var t = new Table().Border(TableBorder.Rounded).Title("[bold]Not incidents[/]").AddColumns("kind", "what", "evidence");
            foreach (var e in result.Events)
            {
                t.AddRow("event", Enum(e.Type), Quote(e.Evidence.Text));
            }

            foreach (var s in result.Statistics)
            {
                t.AddRow("statistic", Markup.Escape($"{s.Metric} {Enum(s.Qualifier)} {s.Value.ToString(CultureInfo.InvariantCulture)} ({Who(s.Claimant)})"), Quote(s.Evidence.Text));
            }

            AnsiConsole.Write(t);
        }
    }

    private static void AddFigure(Table table, string label, int? value, IReadOnlyList<Claim> claims, ClaimField field)
    {
        var supporting = claims.Where(c => c.Field == field).ToList();
        if (value is null && supporting.Count == 0)
        {
            return;
        }

        if (supporting.Count == 0)
        {
            table.AddRow(label, Num(value), "", "", "");
            return;
        }

        var first = true;
        foreach (var c in supporting)
        {
            table.AddRow(first ? label : "", first ? Num(value) : "[grey]" + Num(c.Value) + "[/]", Enum(c.Qualifier), Markup.Escape(Who(c.Claimant)), Quote(c.Evidence.Text));
            first = false;
        }
    }

    private static string Who(Claimant c) => c.Name is null && c.Role is null ? "-" : string.Join(", ", new[] { c.Name, c.Role }.Where(x => x is not null));

    private static string Quote(string text) => Markup.Escape("“" + (text.Length > 240 ? text[..240] + "…" : text) + "”");

    private static string Num(int? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private static string Enum<T>(T value)
        where T : struct, System.Enum => System.Text.Json.JsonSerializer.Serialize(value, VigilJson.Compact).Trim('"');
}
