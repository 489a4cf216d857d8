using System.Data;
using System.Globalization;

namespace Vigil.Storage.Postgres;

/// <summary>The read side: incidents, pages, summaries, aggregates and search, answered by SQL over columns (as the SQLite store).</summary>
public sealed partial class PostgresVigilStore
{
    private const int MaxPage = 10_000;

    private const string SortKey = "i.sort_date";

    // Full-text search in PostgreSQL's 'simple' configuration (the GIN index of migration 1): every
    // word must occur; plainto_tsquery reads the input as words only, so it never hits query syntax.
    private const string TextMatch = "to_tsvector('simple', rv.text) @@ plainto_tsquery('simple', @match)";

    private const string IncidentSelect = """
        SELECT i.id, i.incident_date, i.place_name, i.district, i.admin1, i.admin1_code, i.lat, i.lon, i.weapons, i.killed, i.injured,
               i.children_killed, i.children_injured, i.report_count, i.contested, d.document,
               i.date_precision, i.place_kind, i.place_resolved, i.attacker, i.missing
        FROM incidents i JOIN incident_documents d ON d.incident_id = i.id
        """;

    private const string SummarySelect = """
        SELECT i.id, i.incident_date, i.date_precision, i.place_name, i.district, i.place_kind, i.admin1, i.admin1_code,
               i.lat, i.lon, i.place_resolved, i.weapons, i.attacker, i.killed, i.injured, i.children_killed,
               i.children_injured, i.missing, i.report_count, i.contested
        """;

    private const string ReportSelect = """
        SELECT rv.report_key, rv.version, rv.title, rv.published, rv.source, rv.url, rv.language, rv.ingested,
               (SELECT COUNT(*) FROM claims c WHERE c.report_version_id = rv.id)::int
        FROM reports r JOIN report_versions rv ON rv.report_key = r.report_key AND rv.version = r.current_version
        """;

    // One nationwide tally per report version, date and weapon: launched and intercepted are stored as
    // two claims of one tally (same claimant and evidence), so MAX over them picks the tally's values.
    private const string TallySelect = """
        SELECT COALESCE(c.claim_date, substr(rv.published, 1, 10)) AS day, c.weapon AS weapon, MAX(c.attacker) AS attacker,
               MAX(CASE WHEN c.field = 'launched' THEN c.value END) AS launched,
               MAX(CASE WHEN c.field = 'intercepted' THEN c.value END) AS intercepted,
               MAX(c.claimant_name) AS claimant_name, MAX(c.claimant_role) AS claimant_role, MAX(c.claimant_kind) AS claimant_kind,
               MIN(c.evidence_start) AS evidence_start, MAX(c.evidence_end) AS evidence_end, MAX(c.evidence_text) AS evidence_text,
               rv.report_key AS report_key
        FROM claims c
        JOIN report_versions rv ON rv.id = c.report_version_id
        JOIN reports r ON r.report_key = rv.report_key AND r.current_version = rv.version
        WHERE c.section = 'air_defense' AND c.scope = 'nationwide'
        GROUP BY rv.id, rv.report_key, COALESCE(c.claim_date, substr(rv.published, 1, 10)), c.weapon
        """;

    public IReadOnlyList<StoredIncident> Incidents(IncidentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Run("reading incidents", (c, t) =>
        {
            var where = IncidentWhere.Build(filter);
            using var command = Command(c, t, IncidentSelect + "\n" + where.Sql + "\nORDER BY i.incident_date IS NULL, i.incident_date, i.id", where.Parameters);
            return StoreRows.Incidents(command);
        });
    }

    public StoredIncident? Incident(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Run("reading an incident", (c, t) =>
        {
            using var command = Command(c, t, IncidentSelect + " WHERE i.id = @id", ("id", id));
            return StoreRows.Incidents(command).FirstOrDefault();
        });
    }

    public IReadOnlyList<StoredReportVersion> ReportVersions(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Run("reading report versions", (c, t) =>
        {
            using var command = Command(c, t, """
                SELECT rv.report_key, rv.version, rv.content_hash, rv.text, rv.title, rv.published, rv.source, rv.url,
                       rv.language, rv.format, rv.origin, rv.ingested, r.current_version,
                       (SELECT COUNT(*) FROM claims c WHERE c.report_version_id = rv.id)::int
                FROM report_versions rv JOIN reports r ON r.report_key = rv.report_key
                WHERE rv.report_key = @key
                ORDER BY rv.version
                """, ("key", key));
            using var reader = command.ExecuteReader();
            var versions = new List<StoredReportVersion>();
            while (reader.Read())
            {
                versions.Add(new StoredReportVersion(
                    reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetStringOrNull(4),
                    reader.GetStringOrNull(5) is { } published ? StoreValues.ReadTimestamp(published) : null,
                    reader.GetStringOrNull(6), reader.GetStringOrNull(7), reader.GetString(8), reader.GetString(9),
                    reader.GetStringOrNull(10), StoreValues.ReadTimestamp(reader.GetString(11)),
                    reader.GetInt32(1) == reader.GetInt32(12), reader.GetInt32(13)));
            }

            return versions;
        });
    }

    public IReadOnlyList<ReportSearchHit> Search(string query, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        return Run("searching report text", (c, t) =>
        {
            using var command = Command(c, t, $"""
                SELECT rv.report_key, rv.version, rv.title,
                       ts_headline('simple', rv.text, plainto_tsquery('simple', @match), 'StartSel=[, StopSel=], MaxWords=24, MinWords=8')
                FROM reports r JOIN report_versions rv ON rv.report_key = r.report_key AND rv.version = r.current_version
                WHERE {TextMatch}
                ORDER BY ts_rank(to_tsvector('simple', rv.text), plainto_tsquery('simple', @match)) DESC, rv.report_key
                LIMIT @limit
                """, ("match", query), ("limit", limit));
            using var reader = command.ExecuteReader();
            var hits = new List<ReportSearchHit>();
            while (reader.Read())
            {
                hits.Add(new ReportSearchHit(reader.GetString(0), reader.GetInt32(1), reader.GetStringOrNull(2), reader.GetString(3)));
            }

            return hits;
        });
    }

    public Page<IncidentSummary> IncidentPage(IncidentFilter filter, int limit, PageCursor? after = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPage);
        return Transaction("listing incidents", (c, t) =>
        {
            var where = IncidentWhere.Build(filter);
            long total;
            using (var count = Command(c, t, "SELECT COUNT(*) FROM incidents i\n" + where.Sql, where.Parameters))
            {
                total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
            }

            var keyset = after is null ? string.Empty
                : (where.Sql.Length == 0 ? "WHERE " : " AND ")
                  + $"{SortKey} <= @cursor_key AND ({SortKey} < @cursor_key OR i.id > @cursor_id)";
            var parameters = where.Parameters.ToList();
            if (after is { } cursor)
            {
                parameters.Add(("cursor_key", cursor.Key));
                parameters.Add(("cursor_id", cursor.Id));
            }

            parameters.Add(("limit", limit + 1));
            List<IncidentSummary> items;
            using (var page = Command(c, t, SummarySelect + "\nFROM incidents i\n" + where.Sql + keyset + $"\nORDER BY {SortKey} DESC, i.id\nLIMIT @limit", [.. parameters]))
            {
                items = StoreRows.Summaries(page);
            }

            t.Commit();
            PageCursor? next = null;
            if (items.Count > limit)
            {
                items.RemoveAt(items.Count - 1);
                var last = items[^1];
                next = new PageCursor(SortKeys.Of(last.Date), last.Id);
            }

            return new Page<IncidentSummary>(items, next, total);
        }, IsolationLevel.RepeatableRead);
    }

    public IEnumerable<string> IncidentDocuments(IncidentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var where = IncidentWhere.Build(filter);
        return Stream();

        // Streamed as read, on one connection held for the enumeration: no retry mid-export.
        IEnumerable<string> Stream()
        {
            using var connection = Guard("exporting incidents", () => _retry.Execute(() => _source.OpenConnection()));
            using var command = Command(connection, null, "SELECT d.document FROM incidents i JOIN incident_documents d ON d.incident_id = i.id\n"
                + where.Sql + $"\nORDER BY {SortKey} DESC, i.id", where.Parameters);
            using var reader = Guard("exporting incidents", () => command.ExecuteReader());
            while (Guard("exporting incidents", reader.Read))
            {
                yield return reader.GetString(0);
            }
        }
    }

    public IReadOnlyList<IncidentSummary> IncidentsOfReport(string reportKey)
    {
        ArgumentNullException.ThrowIfNull(reportKey);
        return Run("reading a report's incidents", (c, t) =>
        {
            using var command = Command(c, t, SummarySelect + "\n" + $"""
                FROM incident_reports ir JOIN incidents i ON i.id = ir.incident_id
                WHERE ir.report_key = @key
                ORDER BY {SortKey} DESC, i.id
                """, ("key", reportKey));
            return StoreRows.Summaries(command);
        });
    }

    public IReadOnlyList<ReportSummary> ReportsOfIncident(string incidentId)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        return Run("reading an incident's reports", (c, t) =>
        {
            using var command = Command(c, t, ReportSelect + "\n" + """
                JOIN incident_reports ir ON ir.report_key = r.report_key
                WHERE ir.incident_id = @id
                ORDER BY rv.published IS NULL, rv.published, rv.report_key
                """, ("id", incidentId));
            return StoreRows.Reports(command);
        });
    }

    public IReadOnlyList<DailyStat> DailyStats(IncidentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Run("counting by day", (c, t) =>
        {
            var where = IncidentWhere.Build(filter);
            var dated = (where.Sql.Length == 0 ? "WHERE " : where.Sql + " AND ") + "i.incident_date IS NOT NULL";
            var parameters = where.Parameters.ToList();
            parameters.Add(("tally_from", Text(filter.From is { } f ? StoreValues.Date(f) : null)));
            parameters.Add(("tally_to", Text(filter.To is { } to ? StoreValues.Date(to) : null)));
            using var command = Command(c, t, $"""
                SELECT day, SUM(n)::int, SUM(k)::bigint, SUM(inj)::bigint, SUM(ck)::bigint, SUM(ci)::bigint, SUM(l)::bigint, SUM(ic)::bigint FROM (
                    SELECT i.incident_date AS day, COUNT(*) AS n, SUM(COALESCE(i.killed, 0)) AS k, SUM(COALESCE(i.injured, 0)) AS inj,
                           SUM(COALESCE(i.children_killed, 0)) AS ck, SUM(COALESCE(i.children_injured, 0)) AS ci, 0 AS l, 0 AS ic
                    FROM incidents i
                    {dated}
                    GROUP BY i.incident_date
                    UNION ALL
                    SELECT t.day, 0, 0, 0, 0, 0, SUM(COALESCE(t.launched, 0)), SUM(COALESCE(t.intercepted, 0))
                    FROM ({TallySelect}) t
                    WHERE t.day IS NOT NULL AND (@tally_from::text IS NULL OR t.day >= @tally_from) AND (@tally_to::text IS NULL OR t.day <= @tally_to)
                    GROUP BY t.day) days
                GROUP BY day
                ORDER BY day
                """, [.. parameters]);
            using var reader = command.ExecuteReader();
            var days = new List<DailyStat>();
            while (reader.Read())
            {
                days.Add(new DailyStat(StoreValues.ReadDate(reader.GetString(0)), reader.GetInt32(1), reader.GetInt64(2), reader.GetInt64(3),
                    reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7)));
            }

            return days;
        });
    }

    public IReadOnlyList<OblastStat> OblastStats(IncidentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Run("counting by oblast", (c, t) =>
        {
            var where = IncidentWhere.Build(filter);
            using var command = Command(c, t, $"""
                SELECT i.admin1_code, MAX(i.admin1), COUNT(*)::int, SUM(COALESCE(i.killed, 0))::bigint, SUM(COALESCE(i.injured, 0))::bigint
                FROM incidents i
                {where.Sql}
                GROUP BY i.admin1_code
                ORDER BY COUNT(*) DESC, i.admin1_code NULLS FIRST
                """, where.Parameters);
            using var reader = command.ExecuteReader();
            var rows = new List<OblastStat>();
            while (reader.Read())
            {
                rows.Add(new OblastStat(reader.GetStringOrNull(0), reader.GetStringOrNull(1), reader.GetInt32(2), reader.GetInt64(3), reader.GetInt64(4)));
            }

            return rows;
        });
    }

    public IReadOnlyList<AirDefenseRow> AirDefense(DateOnly? from, DateOnly? to)
    {
        return Run("reading air-defence tallies", (c, t) =>
        {
            using var command = Command(c, t, $"""
                SELECT t.day, t.weapon, t.attacker, t.launched, t.intercepted, t.claimant_name, t.claimant_role, t.claimant_kind,
                       t.evidence_start, t.evidence_end, t.evidence_text, t.report_key
                FROM ({TallySelect}) t
                WHERE (@from::text IS NULL OR t.day >= @from) AND (@to::text IS NULL OR t.day <= @to)
                ORDER BY t.day IS NULL, t.day, t.report_key, t.evidence_start
                """,
                ("from", Text(from is { } f ? StoreValues.Date(f) : null)),
                ("to", Text(to is { } tt ? StoreValues.Date(tt) : null)));
            using var reader = command.ExecuteReader();
            var rows = new List<AirDefenseRow>();
            while (reader.Read())
            {
                rows.Add(new AirDefenseRow(
                    reader.GetStringOrNull(0) is { } day ? StoreValues.ReadDate(day) : null,
                    reader.GetStringOrNull(1) ?? "unknown", reader.GetStringOrNull(2), reader.GetInt32OrNull(3), reader.GetInt32OrNull(4),
                    reader.GetStringOrNull(5), reader.GetStringOrNull(6), reader.GetStringOrNull(7),
                    reader.GetInt32(8), reader.GetInt32(9), reader.GetString(10), reader.GetString(11)));
            }

            return rows;
        });
    }

    public Page<ReportSummary> ReportPage(string? text, int limit, PageCursor? after = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPage);
        var hasText = !string.IsNullOrWhiteSpace(text);
        return Transaction("listing reports", (c, t) =>
        {
            var filter = hasText ? "WHERE " + TextMatch + "\n" : string.Empty;
            var parameters = new List<(string Name, object Value)>();
            if (hasText)
            {
                parameters.Add(("match", text!));
            }

            long total;
            using (var count = Command(c, t, "SELECT COUNT(*) FROM (" + ReportSelect + "\n" + filter + ") matching", [.. parameters]))
            {
                total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
            }

            var keyset = after is null ? string.Empty
                : (filter.Length == 0 ? "WHERE " : "AND ") + "(rv.ingested < @cursor_key OR (rv.ingested = @cursor_key AND rv.report_key > @cursor_id))\n";
            if (after is { } cursor)
            {
                parameters.Add(("cursor_key", cursor.Key));
                parameters.Add(("cursor_id", cursor.Id));
            }

            parameters.Add(("limit", limit + 1));
            List<ReportSummary> items;
            using (var page = Command(c, t, ReportSelect + "\n" + filter + keyset + "ORDER BY rv.ingested DESC, rv.report_key\nLIMIT @limit", [.. parameters]))
            {
                items = StoreRows.Reports(page);
            }

            t.Commit();
            PageCursor? next = null;
            if (items.Count > limit)
            {
                items.RemoveAt(items.Count - 1);
                next = new PageCursor(StoreValues.Timestamp(items[^1].Ingested), items[^1].Key);
            }

            return new Page<ReportSummary>(items, next, total);
        }, IsolationLevel.RepeatableRead);
    }

    public ReportSummary? Report(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Run("reading a report", (c, t) =>
        {
            using var command = Command(c, t, ReportSelect + "\nWHERE r.report_key = @key", ("key", key));
            return StoreRows.Reports(command).FirstOrDefault();
        });
    }

    public IReadOnlyList<StoredClaim> ReportClaims(string key, int version)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Run("reading a report's claims", (c, t) =>
        {
            using var command = Command(c, t, """
                SELECT c.section, c.incident_index, c.field, c.value, c.qualifier, c.scope, c.claimant_name, c.claimant_role,
                       c.claimant_kind, c.claim_date, c.place_mention, c.weapon, c.evidence_start, c.evidence_end, c.evidence_text
                FROM claims c JOIN report_versions rv ON rv.id = c.report_version_id
                WHERE rv.report_key = @key AND rv.version = @version
                ORDER BY c.evidence_start, c.id
                """, ("key", key), ("version", version));
            using var reader = command.ExecuteReader();
            var claims = new List<StoredClaim>();
            while (reader.Read())
            {
                claims.Add(new StoredClaim(
                    reader.GetString(0), reader.GetInt32OrNull(1), reader.GetString(2), reader.GetInt32OrNull(3), reader.GetString(4),
                    reader.GetString(5), reader.GetStringOrNull(6), reader.GetStringOrNull(7), reader.GetString(8),
                    reader.GetStringOrNull(9) is { } day ? StoreValues.ReadDate(day) : null,
                    reader.GetStringOrNull(10), reader.GetStringOrNull(11), reader.GetInt32(12), reader.GetInt32(13), reader.GetString(14)));
            }

            return claims;
        });
    }

    /// <summary>The WHERE clause of an incident filter over <c>incidents i</c>: only the conditions asked for, values as parameters.</summary>
    private sealed class IncidentWhere
    {
        private readonly List<(string Name, object Value)> _parameters = [];

        private IncidentWhere(string sql) => Sql = sql;

        public string Sql { get; private set; }

        public (string Name, object Value)[] Parameters => [.. _parameters];

        public static IncidentWhere Build(IncidentFilter filter)
        {
            var clauses = new List<string>();
            var where = new IncidentWhere(string.Empty);
            // Dates compare the sort key; undated incidents ('') fall outside any range.
            if (filter.From is { } from)
            {
                clauses.Add("i.sort_date >= @from");
                where._parameters.Add(("from", StoreValues.Date(from)));
            }

            if (filter.To is { } to)
            {
                clauses.Add("i.sort_date > '' AND i.sort_date <= @to");
                where._parameters.Add(("to", StoreValues.Date(to)));
            }

            if (!string.IsNullOrWhiteSpace(filter.Place))
            {
                clauses.Add("(lower(i.place_name) = lower(@place) OR lower(i.district) = lower(@place))");
                where._parameters.Add(("place", filter.Place.Trim()));
            }

            if (!string.IsNullOrWhiteSpace(filter.Oblast))
            {
                var oblast = filter.Oblast.Trim();
                if (IsIsoCode(oblast))
                {
                    clauses.Add("i.admin1_code = @oblast");
                    where._parameters.Add(("oblast", oblast.ToUpperInvariant()));
                }
                else
                {
                    clauses.Add("lower(i.admin1) IN (lower(@oblast), lower(@oblast || ' Oblast'))");
                    where._parameters.Add(("oblast", oblast));
                }
            }

            var weapons = filter.AllWeapons();
            if (weapons.Count > 0)
            {
                // Any of the weapons: a bit test (a name that is no weapon gives mask 0, so nothing matches).
                clauses.Add("(i.weapon_mask & @weapon_mask) <> 0");
                where._parameters.Add(("weapon_mask", WeaponMask.Of(weapons)));
            }

            // A minimum of 0 lets every incident through (a missing figure counts as 0), so it adds no condition.
            if (filter.MinKilled is > 0 and var minKilled)
            {
                clauses.Add("i.killed >= @min_killed");
                where._parameters.Add(("min_killed", minKilled));
            }

            if (filter.MinInjured is > 0 and var minInjured)
            {
                clauses.Add("i.injured >= @min_injured");
                where._parameters.Add(("min_injured", minInjured));
            }

            if (filter.MinCasualties is > 0 and var minCasualties)
            {
                clauses.Add("i.casualties >= @min_casualties");
                where._parameters.Add(("min_casualties", minCasualties));
            }

            if (filter.VerifiedOnly)
            {
                clauses.Add("i.review_status = 'verified'");
            }

            if (filter.Bbox is { } box)
            {
                clauses.Add("i.lon BETWEEN @min_lon AND @max_lon AND i.lat BETWEEN @min_lat AND @max_lat");
                where._parameters.Add(("min_lon", box.MinLon));
                where._parameters.Add(("max_lon", box.MaxLon));
                where._parameters.Add(("min_lat", box.MinLat));
                where._parameters.Add(("max_lat", box.MaxLat));
            }

            if (!string.IsNullOrWhiteSpace(filter.Text))
            {
                // The incident's words (its reports' current texts, migration 0011) find it through their
                // index; a query of several words must also be held by one report: its links' index says
                // which (per incident instead, the check took 0.9 s for two common words over a million reports).
                clauses.Add("""
                    i.search @@ plainto_tsquery('simple', @match)
                    AND (numnode(plainto_tsquery('simple', @match)) <= 1
                         OR i.id IN (SELECT ir.incident_id FROM incident_reports ir WHERE ir.search @@ plainto_tsquery('simple', @match)))
                    """);
                where._parameters.Add(("match", filter.Text));
            }

            where.Sql = clauses.Count == 0 ? string.Empty : "WHERE " + string.Join("\n  AND ", clauses);
            return where;
        }

        private static bool IsIsoCode(string text) =>
            text.Length == 5 && text.StartsWith("UA-", StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(text[3]) && char.IsAsciiDigit(text[4]);
    }
}
