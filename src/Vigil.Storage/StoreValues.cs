using System.Data.Common;
using System.Globalization;

namespace Vigil.Storage;

/// <summary>
/// How every store writes and reads values: ISO-8601 text for times and dates, culture-invariant,
/// so SQLite and PostgreSQL order and page alike. For store implementations, not their callers.
/// </summary>
public static class StoreValues
{
    /// <summary>
    /// At most this many extractions a store keeps in memory between storing them and the fusion
    /// that follows (about 9 KB each): a bigger run re-reads the rest, so its memory stays bounded.
    /// </summary>
    public const int FusionCacheLimit = 20_000;

    public static string Timestamp(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>UTC with fixed width, so text order is time order.</summary>
    public static string UtcTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset ReadTimestamp(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static DateOnly ReadDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static object OrNull<T>(T? value)
        where T : class => value is null ? DBNull.Value : value;

    public static object OrNull<T>(T? value)
        where T : struct => value.HasValue ? value.Value : DBNull.Value;

    public static string? GetStringOrNull(this DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public static int? GetInt32OrNull(this DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);
    }

    public static double? GetDoubleOrNull(this DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
    }
}
