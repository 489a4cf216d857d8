using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Vigil.Storage.Sqlite;

/// <summary>The read side the HTTP API needs: pages, summaries, aggregates, all answered by SQL over columns.</summary>
public sealed partial class SqliteVigilStore
{
    private const int MaxPage = 10_000;

    private const int TextScanThreshold = 2_000;

    private const string SortKey = "i.sort_date";

    private const string SummarySelect = """
        SELECT i.id, i.incident_date, i.date_precision, i.place_name, i.district, i.place_kind, i.admin1, i.admin1_code,
               i.lat, i.lon, i.place_resolved, i.weapons, i.attacker, i.killed, i.injured, i.children_killed,
               i.children_injured, i.missing, i.report_count, i.contested
        """;

    private const string ReportSelect = """
        SELECT rv.report_key, rv.version, rv.title, rv.published, rv.source, rv.url, rv.language, rv.ingested,
               (SELECT COUNT(*) FROM claims c WHERE c.report_version_id = rv.id)
        FROM reports r JOIN report_versions rv ON rv.report_key = r.report_key AND rv.version = r.current_version
        """;

    // One nationwide tally per report version, date and weapon: launched and intercepted are stored as two claims.
    private const string TallySelect = """
        SELECT COALESCE(c.claim_date, substr(rv.published, 1, 10)) AS day, c.weapon AS weapon, MAX(c.attacker) AS attacker,
               MAX(CASE WHEN c.field = 'launched' THEN c.value END) AS launched,
               MAX(CASE WHEN c.field = 'intercepted' THEN c.value END) AS intercepted,
               c.claimant_name, c.claimant_role, c.claimant_kind, MIN(c.evidence_start) AS evidence_start, c.evidence_end, c.evidence_text,
               rv.report_key AS report_key
        FROM claims c
        JOIN report_versions rv ON rv.id = c.report_version_id
        JOIN reports r ON r.report_key = rv.report_key AND r.current_version = rv.version
        WHERE c.section = 'air_defense' AND c.scope = 'nationwide'
        GROUP BY rv.id, day, c.weapon
        """;

    public Page<IncidentSummary> IncidentPage(IncidentFilter filter, int limit, PageCursor? after = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxPage);
        return Guard("listing incidents", () =>
        {
            // One read transaction: the page and the total see the same snapshot.
            using var transaction = _connection.BeginTransaction(deferred: true);
            var where = IncidentWhere.Build(filter);
            long total;
            // Text alone: no other filter adds a condition (record equality would not do: a list of no
            // weapons parsed from a request is another instance than the default's, and never equal).
            if (filter.Text is { } text && !string.IsNullOrWhiteSpace(text) && IncidentWhere.Build(filter with { Text = null }).Sql.Length == 0)
            {
                // A text filter alone: the distinct incidents of the match's rowids, with no lookup per
                // matching report (docs/performance.md, the text filter keyed by incident).
                total = Convert.ToInt64(Scalar(transaction, "SELECT COUNT(*) FROM (SELECT DISTINCT rowid >> 20 FROM incident_text WHERE incident_text MATCH $match)",
                    ("$match", ToFtsQuery(text))), CultureInfo.InvariantCulture);
            }
            else
            {
                var count = Command(transaction, "SELECT COUNT(*) FROM incidents i\n" + where.Sql);
                where.BindTo(count);
                total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
            }

            // With many text matches, walking the newest-first index and testing membership stops
            // after one page; with few, looking the matches up and sorting them is cheaper.
            if (total > TextScanThreshold)
            {
                where = IncidentWhere.Build(filter, scanForText: true);
            }

            var keyset = after is null ? string.Empty
                : (where.Sql.Length == 0 ? "WHERE " : " AND ")
                  // The first term bounds the index range; the second skips what the last page showed.
                  + $"{SortKey} <= $cursor_key AND ({SortKey} < $cursor_key OR i.id > $cursor_id)";
            var order = $"\nORDER BY {SortKey} DESC, i.id";
            var page = Command(transaction, filter.Bbox is null
                ? SummarySelect + "\nFROM incidents i\n" + where.Sql + keyset + order + "\nLIMIT $limit"
                // A box matches rows scattered through the table: pick the page's rows from the covering
                // incidents_by_lon_sorted first, then read only those (44 → 15 ms at 1,000,000 incidents).
                : SummarySelect + "\nFROM incidents i\nWHERE i.rowid IN (SELECT i.rowid FROM incidents i\n" + where.Sql + keyset + order
                  + "\nLIMIT $limit)" + order);
            where.BindTo(page);
            if (after is { } cursor)
            {
                Bind(page, ("$cursor_key", cursor.Key), ("$cursor_id", cursor.Id));
            }

            Bind(page, ("$limit", limit + 1));
            var items = StoreRows.Summaries(page);
            transaction.Commit();
            PageCursor? next = null;
            if (items.Count > limit)
            {
                items.RemoveAt(items.Count - 1);
                var last = items[^1];
                next = new PageCursor(SortKeys.Of(last.Date), last.Id);
            }

            return new Page<IncidentSummary>(items, next, total);
        });
    }

    public IEnumerable<string> IncidentDocuments(IncidentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var where = IncidentWhere.Build(filter);
        var command = Command(null, "SELECT d.document FROM incidents i JOIN incident_documents d ON d.incident_id = i.id\n"
            + where.Sql + $"\nORDER BY {SortKey} DESC, i.id");
        where.BindTo(command);
        return Stream(command);

        IEnumerable<string> Stream(SqliteCommand command)
        {
            using var reader = Guard("exporting incidents", command.ExecuteReader);
            while (Guard("exporting incidents", reader.Read))
            {
                yield return reader.GetString(0);
            }
        }
    }

    public IReadOnlyList<IncidentSummary> IncidentsOfReport(string reportKey)
    {
        ArgumentNullException.ThrowIfNull(reportKey);
        return Guard("reading a report's incidents", () =>
        {
            var command = Command(null, SummarySelect + "\n" + $"""
                FROM incident_reports ir JOIN incidents i ON i.id = ir.incident_id
                WHERE ir.report_key = $key
                ORDER BY {SortKey} DESC, i.id
                """);
            Bind(command, ("$key", reportKey));
            return StoreRows.Summaries(command);
        });
    }

    public IReadOnlyList<ReportSummary> ReportsOfIncident(string incidentId)
    {
        ArgumentNullException.ThrowIfNull(incidentId);
        return Guard("reading an incident's reports", () =>
        {
            var command = Command(null, ReportSelect + "\n" + """
                JOIN incident_reports ir ON ir.report_key = r.report_key
                WHERE ir.incident_id = $id
                ORDER BY rv.published IS NULL, rv.published, rv.report_key
                """);
            Bind(command, ("$id", incidentId));
            return StoreRows.Reports(command);
        });
    }

    public IReadOnlyList<DailyStat> DailyStats(IncidentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Guard("counting by day", () =>
        {
            var where = IncidentWhere.Build(filter);
            var dated = (where.Sql.Length == 0 ? "WHERE " : where.Sql + " AND ") + "i.incident_date IS NOT NULL";
            var command = Command(null, $"""
                SELECT day, SUM(n), SUM(k), SUM(inj), SUM(ck), SUM(ci), SUM(l), SUM(ic) FROM (
                    SELECT i.incident_date AS day, COUNT(*) AS n, SUM(COALESCE(i.killed, 0)) AS k, SUM(COALESCE(i.injured, 0)) AS inj,
                           SUM(COALESCE(i.children_killed, 0)) AS ck, SUM(COALESCE(i.children_injured, 0)) AS ci, 0 AS l, 0 AS ic
                    FROM incidents i
                    {dated}
                    GROUP BY i.incident_date
                    UNION ALL
                    SELECT t.day, 0, 0, 0, 0, 0, SUM(COALESCE(t.launched, 0)), SUM(COALESCE(t.intercepted, 0))
                    FROM ({TallySelect}) t
                    WHERE t.day IS NOT NULL AND ($from IS NULL OR t.day >= $from) AND ($to IS NULL OR t.day <= $to)
                    GROUP BY t.day)
                GROUP BY day
                ORDER BY day
                """);
            where.BindTo(command);
            if (filter.From is null)
            {
                Bind(command, ("$from", DBNull.Value));
            }

            if (filter.To is null)
            {
                Bind(command, ("$to", DBNull.Value));
            }

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
        return Guard("counting by oblast", () =>
        {
            var where = IncidentWhere.Build(filter);
            var command = Command(null, $"""
                SELECT i.admin1_code, MAX(i.admin1), COUNT(*), SUM(COALESCE(i.killed, 0)), SUM(COALESCE(i.injured, 0))
                FROM incidents i
                {where.Sql}
                GROUP BY i.admin1_code
                ORDER BY COUNT(*) DESC, i.admin1_code
                """);
            where.BindTo(command);
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
        return Guard("reading air-defence tallies", () =>
        {
            var command = Command(null, $"""
                SELECT t.day, t.weapon, t.attacker, t.launched, t.intercepted, t.claimant_name, t.claimant_role, t.claimant_kind,
                       t.evidence_start, t.evidence_end, t.evidence_text, t.report_key
                FROM ({TallySelect}) t
                WHERE ($from IS NULL OR t.day >= $from) AND ($to IS NULL OR t.day <= $to)
                ORDER BY t.day IS NULL, t.day, t.report_key, t.evidence_start
                """);
            Bind(command,
                ("$from", from is { } f ? StoreValues.Date(f) : DBNull.Value),
                ("$to", to is { } t ? StoreValues.Date(t) : DBNull.Value));
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
        var match = string.IsNullOrWhiteSpace(text) ? string.Empty : ToFtsQuery(text);
        return Guard("listing reports", () =>
        {
            if (match.Length > 0)
            {
                EnsureTextIndex();
            }

            using var transaction = _connection.BeginTransaction(deferred: true);
            var filter = match.Length == 0 ? string.Empty
                : "WHERE rv.id IN (SELECT rowid FROM report_text WHERE report_text MATCH $match)\n";
            var count = Command(transaction, "SELECT COUNT(*) FROM (" + ReportSelect + "\n" + filter + ")");
            if (match.Length > 0)
            {
                Bind(count, ("$match", match));
            }

            var total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
            var keyset = after is null ? string.Empty
                : (filter.Length == 0 ? "WHERE " : "AND ") + "(rv.ingested < $cursor_key OR (rv.ingested = $cursor_key AND rv.report_key > $cursor_id))\n";
            var page = Command(transaction, ReportSelect + "\n" + filter + keyset + "ORDER BY rv.ingested DESC, rv.report_key\nLIMIT $limit");
            if (match.Length > 0)
            {
                Bind(page, ("$match", match));
            }

            if (after is { } cursor)
            {
                Bind(page, ("$cursor_key", cursor.Key), ("$cursor_id", cursor.Id));
            }

            Bind(page, ("$limit", limit + 1));
            var items = StoreRows.Reports(page);
            transaction.Commit();
            PageCursor? next = null;
            if (items.Count > limit)
            {
                items.RemoveAt(items.Count - 1);
                next = new PageCursor(StoreValues.Timestamp(items[^1].Ingested), items[^1].Key);
            }

            return new Page<ReportSummary>(items, next, total);
        });
    }

    public ReportSummary? Report(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Guard("reading a report", () =>
        {
            var command = Command(null, ReportSelect + "\n" + "WHERE r.report_key = $key");
            Bind(command, ("$key", key));
            return StoreRows.Reports(command).FirstOrDefault();
        });
    }

    public IReadOnlyList<StoredClaim> ReportClaims(string key, int version)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Guard("reading a report's claims", () =>
        {
            var command = Command(null, """
                SELECT c.section, c.incident_index, c.field, c.value, c.qualifier, c.scope, c.claimant_name, c.claimant_role,
                       c.claimant_kind, c.claim_date, c.place_mention, c.weapon, c.evidence_start, c.evidence_end, c.evidence_text
                FROM claims c JOIN report_versions rv ON rv.id = c.report_version_id
                WHERE rv.report_key = $key AND rv.version = $version
                ORDER BY c.evidence_start, c.id
                """);
            Bind(command, ("$key", key), ("$version", version));
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

    /// <summary>
    /// The WHERE clause of an incident filter over <c>incidents i</c>: only the conditions asked for,
    /// so SQLite plans each combination with the indexes that fit (one cached statement per shape).
    /// </summary>
    private sealed class IncidentWhere
    {
        private readonly List<(string Name, object Value)> _parameters = [];

        private IncidentWhere(string sql) => Sql = sql;

        public string Sql { get; private set; }

        /// <param name="filter">The conditions.</param>
        /// <param name="scanForText">Test text matches row by row along the sort index instead of driving the query by them.</param>
        public static IncidentWhere Build(IncidentFilter filter, bool scanForText = false)
        {
            var clauses = new List<string>();
            var where = new IncidentWhere(string.Empty);
            // Dates compare the sort key, which the indexes carry; undated incidents ('') fall outside any range.
            if (filter.From is { } from)
            {
                clauses.Add("i.sort_date >= $from");
                where._parameters.Add(("$from", StoreValues.Date(from)));
            }

            if (filter.To is { } to)
            {
                clauses.Add("i.sort_date > '' AND i.sort_date <= $to");
                where._parameters.Add(("$to", StoreValues.Date(to)));
            }

            if (!string.IsNullOrWhiteSpace(filter.Place))
            {
                // A union of two index lookups: a plain OR made SQLite scan every row.
                clauses.Add("""
                    i.rowid IN (SELECT rowid FROM incidents WHERE place_name = $place COLLATE NOCASE
                                UNION SELECT rowid FROM incidents WHERE district = $place COLLATE NOCASE)
                    """);
                where._parameters.Add(("$place", filter.Place.Trim()));
            }

            if (!string.IsNullOrWhiteSpace(filter.Oblast))
            {
                var oblast = filter.Oblast.Trim();
                if (IsIsoCode(oblast))
                {
                    clauses.Add("i.admin1_code = $oblast");
                    where._parameters.Add(("$oblast", oblast.ToUpperInvariant()));
                }
                else
                {
                    clauses.Add("(i.admin1 = $oblast COLLATE NOCASE OR i.admin1 = ($oblast || ' Oblast') COLLATE NOCASE)");
                    where._parameters.Add(("$oblast", oblast));
                }
            }

            var weapons = filter.AllWeapons();
            if (weapons.Count > 0)
            {
                // Every combination holding one of the weapons, as a list of integers: an IN list is a few
                // seeks into incidents_by_weapons, where a bit test had to read all 100,000 entries to count.
                // A name that is no weapon gives mask 0: nothing matches.
                var mask = WeaponMask.Of(weapons);
                var combinations = Enumerable.Range(1, WeaponMask.All).Where(m => (m & mask) != 0).ToList();
                clauses.Add(combinations.Count == 0 ? "0 = 1"
                    : "i.weapon_mask IN (" + string.Join(',', combinations.Select(m => m.ToString(CultureInfo.InvariantCulture))) + ")");
            }

            // A minimum of 0 lets every incident through (a missing figure counts as 0), so it adds no condition.
            if (filter.MinKilled is > 0 and var minKilled)
            {
                clauses.Add("i.killed >= $min_killed");
                where._parameters.Add(("$min_killed", minKilled));
            }

            if (filter.MinInjured is > 0 and var minInjured)
            {
                clauses.Add("i.injured >= $min_injured");
                where._parameters.Add(("$min_injured", minInjured));
            }

            if (filter.MinCasualties is > 0 and var minCasualties)
            {
                clauses.Add("i.casualties >= $min_casualties");
                where._parameters.Add(("$min_casualties", minCasualties));
            }

            if (filter.VerifiedOnly)
            {
                clauses.Add("i.review_status = 'verified'");
            }

            if (filter.Bbox is { } box)
            {
                clauses.Add("i.lon BETWEEN $min_lon AND $max_lon AND i.lat BETWEEN $min_lat AND $max_lat");
                where._parameters.Add(("$min_lon", box.MinLon));
                where._parameters.Add(("$max_lon", box.MaxLon));
                where._parameters.Add(("$min_lat", box.MinLat));
                where._parameters.Add(("$max_lat", box.MaxLat));
            }

            if (!string.IsNullOrWhiteSpace(filter.Text))
            {
                // incident_text holds each incident's reports' current text (as of the last fusion), its
                // rowid the incident's rowid × 2^20 plus a slot: superseded text never matches.
                // "+i.rowid" keeps SQLite from driving the query by the matches (it scans the sort index instead).
                clauses.Add((scanForText ? "+" : string.Empty) + "i.rowid IN (SELECT rowid >> 20 FROM incident_text WHERE incident_text MATCH $match)");
                where._parameters.Add(("$match", ToFtsQuery(filter.Text)));
            }

            where.Sql = clauses.Count == 0 ? string.Empty : "WHERE " + string.Join("\n  AND ", clauses);
            return where;
        }

        public void BindTo(SqliteCommand command) => Bind(command, [.. _parameters]);

        private static bool IsIsoCode(string text) =>
            text.Length == 5 && text.StartsWith("UA-", StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(text[3]) && char.IsAsciiDigit(text[4]);
    }
}
