namespace Vigil.Gazetteer.Build;

/// <summary>
/// One oblast-level region from data/curated/regions.tsv. <see cref="Scope"/> says which of its places the gazetteer
/// holds: every place (Ukraine and the Russian border regions), or its capital and towns of 50,000+ (regions
/// farther inside Russia that reports name for strikes on refineries and airfields). <see cref="Capital"/> names the GeoNames town whose coordinates stand for a region that has
/// neither a polygon here nor a capital GeoNames marks as such (Moscow Oblast: Krasnogorsk).
/// </summary>
public sealed record RegionRow(string Admin1, string Iso, string Name, string Short, string Native, IReadOnlyList<string> Keys,
    RegionScope Scope = RegionScope.All, string? Capital = null)
{
    public string Country => Iso[..2];
}

/// <summary>Which places of a region the gazetteer holds.</summary>
public enum RegionScope
{
    All,
    Towns,
}

public sealed record RenameRow(IReadOnlyList<string> OldNames, string Current, string Iso, string? Ukrainian = null, string? Russian = null);

/// <summary>A raion from data/curated/raions.tsv: GeoNames admin2 code, canonical name, Ukrainian/Russian names, centre, other names.</summary>
public sealed record RaionRow(string Admin2, string Iso, string Name, string? Ukrainian, string? Russian, string Centre, IReadOnlyList<string> Alternates);

/// <summary>A source misspelling from data/curated/corrections.tsv: the place by id and oblast, its wrong and right names.</summary>
public sealed record CorrectionRow(string Id, string Iso, string Wrong, string Name, string? Ukrainian, string? Russian);

public sealed record DistrictRow(string City, string Iso, string Native, IReadOnlyList<string> Spellings);

/// <summary>Reads the curated tab-separated tables: '#' lines are comments, the first other line is the header.</summary>
public static class CuratedTables
{
    public static IEnumerable<string[]> Rows(string tsv)
    {
        bool header = true;
        foreach (string raw in tsv.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            yield return line.Split('\t');
        }
    }

    public static List<RegionRow> Regions(string tsv) =>
        [.. Rows(tsv).Select(f => new RegionRow(f[0], f[1], f[2], f[3], f[4], SplitList(f.ElementAtOrDefault(5)), Scope(f.ElementAtOrDefault(6)),
            Optional(f.ElementAtOrDefault(7))))];

    private static RegionScope Scope(string? s) => s switch
    {
        null or "" or "all" => RegionScope.All,
        "towns" => RegionScope.Towns,
        _ => throw new FormatException($"regions.tsv: unknown scope '{s}' (all or towns)"),
    };

    public static List<RenameRow> Renames(string tsv) =>
        [.. Rows(tsv).Select(f => new RenameRow(SplitList(f[0]), f[1], f[2], Optional(f.ElementAtOrDefault(3)), Optional(f.ElementAtOrDefault(4))))];

    public static List<RaionRow> Raions(string tsv) =>
        [.. Rows(tsv).Select(f => new RaionRow(f[0], f[1], f[2], Optional(f[3]), Optional(f[4]), f[5], SplitList(f.ElementAtOrDefault(6))))];

    public static List<CorrectionRow> Corrections(string tsv) =>
        [.. Rows(tsv).Select(f => new CorrectionRow(f[0], f[1], f[2], f[3], Optional(f.ElementAtOrDefault(4)), Optional(f.ElementAtOrDefault(5))))];

    public static List<DistrictRow> Districts(string tsv) =>
        [.. Rows(tsv).Select(f => new DistrictRow(f[0], f[1], f[2], SplitList(f.ElementAtOrDefault(3))))];

    /// <summary>Word list: one per line, '#' comments.</summary>
    public static HashSet<string> Words(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => Text.NameKey.Normalize(l))];

    private static string? Optional(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static string[] SplitList(string? s) => string.IsNullOrEmpty(s) ? [] : s.Split('|');
}
