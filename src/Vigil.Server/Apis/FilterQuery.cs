using Microsoft.AspNetCore.Mvc;
using Vigil.Application.Filters;

namespace Vigil.Server.Apis;

/// <summary>The shared filters of docs/api.md as query parameters (incidents, stats, export).</summary>
public sealed record FilterQuery(
    [property: FromQuery(Name = "from")] string? From,
    [property: FromQuery(Name = "to")] string? To,
    [property: FromQuery(Name = "oblast")] string? Oblast,
    [property: FromQuery(Name = "place")] string? Place,
    [property: FromQuery(Name = "weapon")] string[]? Weapon,
    [property: FromQuery(Name = "min_killed")] string? MinKilled,
    [property: FromQuery(Name = "min_injured")] string? MinInjured,
    [property: FromQuery(Name = "min_casualties")] string? MinCasualties,
    [property: FromQuery(Name = "bbox")] string? Bbox,
    [property: FromQuery(Name = "q")] string? Q)
{
    public FilterInput ToInput() => new(From, To, Oblast, Place, Weapon, MinKilled, MinInjured, MinCasualties, Bbox, Q);
}

/// <summary><c>limit</c> and <c>cursor</c> of a paged list.</summary>
internal static class Paging
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 5000;

    public static bool TryRead(string? limitText, string? cursorText, out int limit, out Storage.PageCursor? cursor, out Dictionary<string, string[]> errors)
    {
        errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        limit = DefaultLimit;
        cursor = null;
        if (!string.IsNullOrWhiteSpace(limitText))
        {
            if (!int.TryParse(limitText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out limit)
                || limit < 1 || limit > MaxLimit)
            {
                errors["limit"] = [$"'{limitText}' is not a whole number from 1 to {MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)}"];
            }
        }

        if (!string.IsNullOrEmpty(cursorText))
        {
            if (Storage.PageCursor.TryDecode(cursorText, out var decoded))
            {
                cursor = decoded;
            }
            else
            {
                errors["cursor"] = ["not a cursor this API gave out: pass next_cursor back unchanged"];
            }
        }

        return errors.Count == 0;
    }
}
