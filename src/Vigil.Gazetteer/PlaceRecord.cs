using System.Globalization;
using System.Text;
using Vigil.Core;

namespace Vigil.Gazetteer;

/// <summary>
/// One row of the derived gazetteer file (data/places.tsv.gz): a place with its canonical name, where it
/// is, and every name it goes by. <see cref="Note"/> records caveats such as "coords=city" (a district
/// drawn at its city's coordinates because no source locates it).
/// </summary>
public sealed record PlaceRecord(
    string Id,
    PlaceKind Kind,
    string Name,
    string Country,
    string Admin1Code,
    string? Raion,
    string? ParentId,
    double Lat,
    double Lon,
    int? Population,
    string? FeatureCode,
    string? Ukrainian,
    string? Russian,
    IReadOnlyList<string> OldNames,
    IReadOnlyList<string> Alternates,
    string? Note)
{
    public const string Header = "id\tkind\tname\tcountry\tadmin1_code\traion\tparent_id\tlat\tlon\tpopulation\tfeature\tuk\tru\told_names\talternates\tnote";

    private static readonly string[] KindNames = ["oblast", "raion", "city", "settlement", "city_district"];

    public static string KindName(PlaceKind kind) => KindNames[(int)kind];

    public static PlaceKind ParseKind(string text) => Array.IndexOf(KindNames, text) switch
    {
        < 0 => throw new FormatException($"unknown place kind '{text}'"),
        var i => (PlaceKind)i,
    };

    public string ToTsv()
    {
        var sb = new StringBuilder(256);
        sb.Append(Id).Append('\t').Append(KindName(Kind)).Append('\t').Append(Name).Append('\t')
          .Append(Country).Append('\t').Append(Admin1Code).Append('\t').Append(Raion).Append('\t')
          .Append(ParentId).Append('\t')
          .Append(Lat.ToString("0.#####", CultureInfo.InvariantCulture)).Append('\t')
          .Append(Lon.ToString("0.#####", CultureInfo.InvariantCulture)).Append('\t')
          .Append(Population?.ToString(CultureInfo.InvariantCulture)).Append('\t')
          .Append(FeatureCode).Append('\t').Append(Ukrainian).Append('\t').Append(Russian).Append('\t')
          .AppendJoin('|', OldNames).Append('\t').AppendJoin('|', Alternates).Append('\t').Append(Note);
        return sb.ToString();
    }

    public static PlaceRecord ParseTsv(string line)
    {
        string[] f = line.Split('\t');
        if (f.Length != 16)
        {
            throw new FormatException($"expected 16 columns, got {f.Length}: {line}");
        }

        return new PlaceRecord(
            f[0], ParseKind(f[1]), f[2], f[3], f[4], NullIfEmpty(f[5]), NullIfEmpty(f[6]),
            double.Parse(f[7], CultureInfo.InvariantCulture), double.Parse(f[8], CultureInfo.InvariantCulture),
            f[9].Length == 0 ? null : int.Parse(f[9], CultureInfo.InvariantCulture),
            NullIfEmpty(f[10]), NullIfEmpty(f[11]), NullIfEmpty(f[12]), SplitList(f[13]), SplitList(f[14]), NullIfEmpty(f[15]));
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static string[] SplitList(string s) => s.Length == 0 ? [] : s.Split('|');
}
