using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Vigil.Application;
using Vigil.Core;
using Vigil.Storage;
using Vigil.Storage.Sqlite;

namespace Vigil.ApiLatency;

/// <summary>
/// Fills a new store with synthetic incidents by inserting rows directly (a harness, not ingest):
/// real Ukrainian cities from the gazetteer, dates over three years, weapons, figures skewed small,
/// a real incident document (figures with their evidence) and one short report per incident so the
/// full-text filter has text to search.
/// Deterministic: the same count gives the same store.
/// </summary>
internal static class SyntheticStore
{
    /// <summary>
    /// A real <c>vigil.incidents/1</c> item (place, figures with their one revision and evidence), so
    /// that exports and the incident page read the synthetic store as they read a real one.
    /// </summary>
    private static string Document(string id, Gazetteer.PlaceRecord city, string date, string weapons, int? killed, int? injured, string key, string text)
    {
        var published = DateTimeOffset.Parse(date + "T08:00:00+03:00", CultureInfo.InvariantCulture);
        var claimant = new Claimant("Synthetic official", "head of the regional military administration", ClaimantKind.LocalAuthority);
        Fusion.Figure Figure(int? value) => value is not { } v ? Fusion.Figure.None
            : new Fusion.Figure(v, Qualifier.Exact, v, v, false, [new Fusion.FigureRevision(v, Qualifier.Exact, key, 1, published, "Synthetic", claimant, new Evidence(0, text.Length, text))])
            {
                CurrentRevision = 0,
                Why = "the only claim",
            };
        var place = new PlaceRef(city.Name, PlaceKind.City, null, Gazetteer.Gazetteer.Default.Admin1Name(city.Admin1Code), city.Admin1Code, "UA", city.Lat, city.Lon, city.Name, city.Id);
        var incident = new Fusion.Incident(id, place, DateOnly.Parse(date, CultureInfo.InvariantCulture), DatePrecision.Day,
            [.. weapons.Split(',').Select(w => Enum.Parse<Weapon>(w.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true))], Side.RU,
            Figure(killed), Figure(injured), Fusion.Figure.None, Fusion.Figure.None, Fusion.Figure.None, Fusion.Figure.None, ["residential"], 1, []);
        return Export.IncidentJson.Serialize(incident, indented: false);
    }

    private static readonly string[] Weapons = ["drone", "missile", "glide_bomb", "artillery", "mlrs", "aircraft", "mine", "unknown"];
    private static readonly string[] Words = ["drone", "strike", "apartment", "school", "hospital", "power", "substation", "market", "railway", "kindergarten", "shelling", "bridge"];

    public static void Create(string path, int count)
    {
        using (VigilStoreFactory.Open(path, StoreAccess.Create))
        {
            // Schema only.
        }

        var cities = Gazetteer.Gazetteer.Default.Places
            .Where(p => p.Kind == PlaceKind.City && p.Country == "UA" && p.Population > 20_000)
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var random = new Random(20250911);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var incident = Prepare(connection, transaction, """
            INSERT INTO incidents (id, incident_date, date_precision, place_name, district, place_kind, place_resolved, admin1, admin1_code,
                                   lat, lon, killed, injured, children_killed, children_injured, missing, weapons, attacker, report_count, contested,
                                   sort_date, weapon_mask, casualties)
            VALUES ($id, $date, 'day', $place, NULL, 'city', 1, $admin1, $code, $lat, $lon, $killed, $injured, $ck, $ci, NULL, $weapons, 'RU', 1, $contested,
                    $date, $mask, $casualties)
            """);
        using var document = Prepare(connection, transaction, "INSERT INTO incident_documents (incident_id, document) VALUES ($id, $document)");
        using var report = Prepare(connection, transaction, "INSERT INTO reports (report_key, current_version, first_ingested) VALUES ($key, 1, $at)");
        using var version = Prepare(connection, transaction, """
            INSERT INTO report_versions (id, report_key, version, content_hash, text, title, published, source, url, language, format, ingested)
            VALUES ($n, $key, 1, $hash, $text, $title, $published, 'Synthetic', $key, 'en', 'text', $at)
            """);
        using var link = Prepare(connection, transaction, "INSERT INTO incident_reports (report_key, incident_id, version_id) VALUES ($key, $id, $n)");
        var start = new DateOnly(2022, 2, 24);
        for (var n = 1; n <= count; n++)
        {
            var city = cities[(int)Math.Min(cities.Count - 1, Math.Abs(random.NextDouble() * random.NextDouble()) * cities.Count)];
            var date = start.AddDays(random.Next(0, 3 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var id = string.Create(CultureInfo.InvariantCulture, $"{date}-syn-{n:D7}");
            var weapon = Weapons[Math.Min(Weapons.Length - 1, (int)(random.NextDouble() * random.NextDouble() * Weapons.Length))];
            var weapons = random.Next(10) == 0 && weapon != "missile" ? string.Join(',', new[] { weapon, "missile" }.Order(StringComparer.Ordinal)) : weapon;
            var killed = random.Next(4) == 0 ? (object)DBNull.Value : (int)(Math.Pow(random.NextDouble(), 4) * 40);
            var injured = random.Next(5) == 0 ? (object)DBNull.Value : (int)(Math.Pow(random.NextDouble(), 3) * 80);
            var key = "https://synthetic.example/" + n.ToString(CultureInfo.InvariantCulture);
            var word = Words[random.Next(Words.Length)];
            Run(incident, ("$id", id), ("$date", date), ("$place", city.Name), ("$admin1", Gazetteer.Gazetteer.Default.Admin1Name(city.Admin1Code) ?? city.Admin1Code),
                ("$code", city.Admin1Code), ("$lat", city.Lat + ((random.NextDouble() - 0.5) * 0.1)), ("$lon", city.Lon + ((random.NextDouble() - 0.5) * 0.1)),
                ("$killed", killed), ("$injured", injured), ("$ck", DBNull.Value), ("$ci", random.Next(8) == 0 ? 1 : DBNull.Value),
                ("$weapons", weapons), ("$contested", random.Next(20) == 0 ? 1 : 0),
                ("$mask", weapons.Split(',').Sum(w => 1 << Array.IndexOf(Weapons, w))),
                ("$casualties", (killed is int k ? k : 0) + (injured is int j ? j : 0)));
            var text = $"A {weapon} {word} hit {city.Name} on {date}; officials gave figures for the dead and injured. Report {n}.";
            Run(document, ("$id", id), ("$document", Document(id, city, date, weapons, killed as int?, injured as int?, key, text)));
            var at = "2025-01-01T00:00:00.0000000+00:00";
            Run(report, ("$key", key), ("$at", at));
            Run(version, ("$n", n), ("$key", key), ("$hash", "sha256:" + n.ToString("x64", CultureInfo.InvariantCulture)), ("$text", text),
                ("$title", "Synthetic report " + n.ToString(CultureInfo.InvariantCulture)), ("$published", date + "T08:00:00+03:00"), ("$at", at));
            Run(link, ("$key", key), ("$id", id), ("$n", n));
        }

        transaction.Commit();
        Execute(connection, "INSERT INTO report_text (rowid, text) SELECT id, text FROM report_versions");
        Execute(connection, "UPDATE text_index_state SET indexed_upto = (SELECT MAX(id) FROM report_versions)");
        // The text filter's index keyed by incident, filled by the store's own code (rows written around the store).
        SqliteVigilStore.RebuildIncidentText(connection);
        Execute(connection, "ANALYZE");
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Run(SqliteCommand command, params (string Name, object Value)[] values)
    {
        command.Parameters.Clear();
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static string Describe(int count) => new StringBuilder().Append(count.ToString("N0", CultureInfo.InvariantCulture)).Append(" synthetic incidents").ToString();
}
