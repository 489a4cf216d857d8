using System.Globalization;

namespace Vigil.Ingestion.Text;

/// <summary>
/// Publication times as sources write them: ISO 8601 / RFC 3339 (front matter, Atom, JSON-LD, JSON
/// Lines, Open Graph) and RFC 822 (RSS). A time without an offset is taken as UTC; a date alone as
/// midnight UTC of that day.
/// </summary>
internal static class DateParsing
{
    /// <summary>RFC 822 zone names still seen in feeds, with their offsets.</summary>
    private static readonly Dictionary<string, string> ZoneNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["EET"] = "+02:00", ["EEST"] = "+03:00", ["CET"] = "+01:00", ["CEST"] = "+02:00",
        ["MSK"] = "+03:00", ["BST"] = "+01:00",
    };

    private static readonly string[] Rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
    ];

    internal static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim().Trim('"', '\'');
        if (DateTimeOffset.TryParse(
                trimmed,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces,
                out var iso))
        {
            return iso;
        }

        return ParseRfc822(trimmed);
    }

    private static DateTimeOffset? ParseRfc822(string value)
    {
        // Drop the optional day name ("Thu, ") and turn the zone into "+hh:mm".
        var comma = value.IndexOf(',', StringComparison.Ordinal);
        var rest = comma >= 0 ? value[(comma + 1)..].Trim() : value;
        var space = rest.LastIndexOf(' ');
        if (space < 0)
        {
            return null;
        }

        var zone = rest[(space + 1)..];
        string offset;
        if (ZoneNames.TryGetValue(zone, out var named))
        {
            offset = named;
        }
        else if (zone.Length == 5 && (zone[0] == '+' || zone[0] == '-') && zone.Skip(1).All(char.IsAsciiDigit))
        {
            offset = string.Concat(zone.AsSpan(0, 3), ":", zone.AsSpan(3));
        }
        else
        {
            return null;
        }

        var candidate = rest[..space] + " " + offset;
        return DateTimeOffset.TryParseExact(
            candidate, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed
            : null;
    }
}
