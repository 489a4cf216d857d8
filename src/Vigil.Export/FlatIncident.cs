using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Vigil.Core;
using Vigil.Fusion;

namespace Vigil.Export;

/// <summary>
/// The flat columns shared by CSV and GeoJSON properties, in order. docs/exports.md documents
/// each; keep the two in step.
/// </summary>
internal static class FlatIncident
{
    public sealed record Column(string Name, Func<Incident, Cell> Value);

    public static IReadOnlyList<Column> Columns { get; } = BuildColumns();

    /// <summary>Joins list values inside one cell.</summary>
    public const string ListSeparator = "; ";

    private static List<Column> BuildColumns()
    {
        var columns = new List<Column>
        {
            new("id", static i => Cell.Of(i.Id)),
            new("date", static i => Cell.Of(i.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            new("date_precision", static i => Cell.Of(Name(i.DatePrecision))),
            new("place", static i => Cell.Of(i.Place?.Name)),
            new("district", static i => Cell.Of(i.Place?.District)),
            new("place_kind", static i => Cell.Of(i.Place?.Kind is { } kind ? Name(kind) : null)),
            new("place_resolved", static i => i.Place is null ? Cell.Null : Cell.Of(i.Place.Resolved)),
            new("place_id", static i => Cell.Of(i.Place?.Id)),
            new("admin1", static i => Cell.Of(i.Place?.Admin1)),
            new("admin1_code", static i => Cell.Of(i.Place?.Admin1Code)),
            new("country", static i => Cell.Of(i.Place?.Country)),
            new("lat", static i => Cell.Of(i.Place?.Lat)),
            new("lon", static i => Cell.Of(i.Place?.Lon)),
            new("weapons", static i => Cell.Of(string.Join(ListSeparator, i.Weapons.Select(Name)))),
            new("attacker", static i => Cell.Of(i.Attacker is { } side ? Name(side) : null)),
        };

        foreach (var field in Incident.FigureFields)
        {
            var name = Name(field);
            columns.Add(new(name, i => Cell.Of(i[field].Value)));
            columns.Add(new(name + "_qualifier", i => Cell.Of(i[field].Qualifier is { } q ? Name(q) : null)));
            columns.Add(new(name + "_low", i => Cell.Of(i[field].Low)));
            columns.Add(new(name + "_high", i => Cell.Of(i[field].High)));
            columns.Add(new(name + "_claimant", i => Cell.Of(i[field].Current is { } r ? Describe(r.Claimant) : null)));
            columns.Add(new(name + "_evidence", i => Cell.Of(i[field].Current?.Evidence.Text)));
        }

        columns.AddRange(
        [
            new("contested", static i => Cell.Of(i.Contested)),
            new("contested_figures", static i => Cell.Of(string.Join(ListSeparator, i.Figures.Where(static f => f.Value.Contested).Select(static f => Name(f.Key))))),
            new("damage", static i => Cell.Of(string.Join(ListSeparator, i.Damage))),
            new("report_count", static i => Cell.Of(i.ReportCount)),
            new("first_published", static i => Cell.Of(Timestamp(i.Claims.Select(static c => c.Published).Min()))),
            new("last_published", static i => Cell.Of(Timestamp(i.Claims.Select(static c => c.Published).Max()))),
            new("sources", static i => Cell.Of(string.Join(ListSeparator, Sources(i)))),
            new("urls", static i => Cell.Of(string.Join(ListSeparator, i.Claims.Select(static c => c.Url ?? c.ReportKey).Distinct(StringComparer.Ordinal)))),
        ]);
        return columns;
    }

    /// <summary>Source names (outlet, channel), each once, in order of first claim; the report key where a report names none.</summary>
    private static IEnumerable<string> Sources(Incident incident) =>
        incident.Claims.Select(static c => c.Source ?? c.Url ?? c.ReportKey).Distinct(StringComparer.Ordinal);

    private static string Describe(Claimant claimant) =>
        (claimant.Name, claimant.Role) switch
        {
            ({ } name, { } role) => $"{name} ({role})",
            ({ } name, null) => name,
            (null, { } role) => role,
            _ => Name(claimant.Kind),
        };

    private static string? Timestamp(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The contract spelling of an enum value (its JSON name), e.g. <c>children_killed</c>.</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => EnumNames<TEnum>.Names[value];

    /// <summary>JSON names computed once per enum type: the contract spelling comes from the enum's attributes.</summary>
    private static class EnumNames<TEnum> where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> Names = Enum.GetValues<TEnum>()
            .ToFrozenDictionary(static v => v, static v => JsonSerializer.Serialize(v, VigilJson.Compact).Trim('"'));
    }
}
