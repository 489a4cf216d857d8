namespace Vigil.Core;

/// <summary>
/// A place mention resolved against the gazetteer (or not: <see cref="Resolved"/> is false and only
/// <see cref="Mention"/> and what the text itself said are set). Serialized as DESIGN.md's <c>place</c>.
/// </summary>
public sealed record PlaceRef(
    string Name,
    PlaceKind? Kind,
    string? District,
    string? Admin1,
    string? Admin1Code,
    string? Country,
    double? Lat,
    double? Lon,
    string Mention,
    string? Id = null,
    bool Resolved = true)
{
    public static PlaceRef Unresolved(string mention) =>
        new(mention, null, null, null, null, null, null, null, mention, null, Resolved: false);
}
