using Vigil.Core;

namespace Vigil.Storage;

/// <summary>
/// Where Vigil keeps reports, their versions and claims, and the materialised incidents.
/// SQLite (Vigil.Storage.Sqlite) and PostgreSQL (Vigil.Storage.Postgres) implement it, and one
/// test suite runs against both. Use an instance from one thread at a time.
/// </summary>
public partial interface IVigilStore : IDisposable
{
    /// <summary>
    /// Stores one report and what was extracted from it in one transaction. Same key and a content
    /// hash already stored under it: <see cref="StoreOutcome.Unchanged"/>, nothing written. Same key,
    /// new hash: a new version (<see cref="StoreOutcome.Updated"/>) whose claims supersede the
    /// older version's when it is the latest published. New key: <see cref="StoreOutcome.New"/>.
    /// </summary>
    StoreResult StoreReport(Report report, ExtractionResult extraction, DateTimeOffset ingested);

    /// <summary>
    /// Stores each report as <see cref="StoreReport"/> would, in input order, in as few transactions
    /// as the store can afford (SQLite: one for the batch, a savepoint per report). A report the
    /// store refuses fails alone; if the batch itself cannot be committed, every report in it fails
    /// and nothing of it is stored, so a rerun stores it again.
    /// </summary>
    IReadOnlyList<StoreAttempt> StoreReports(IReadOnlyList<ReportToStore> reports, DateTimeOffset ingested);

    /// <summary>Whether this exact content is already stored under <paramref name="key"/> (lets ingest skip extraction).</summary>
    bool Contains(string key, string contentHash);

    /// <summary>
    /// <see cref="Contains"/> for each of <paramref name="reports"/>, in order: ingest asks it once per
    /// batch, and a store may answer in one statement instead of one per report.
    /// </summary>
    IReadOnlyList<bool> ContainsAll(IReadOnlyList<(string Key, string ContentHash)> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return [.. reports.Select(r => Contains(r.Key, r.ContentHash))];
    }

    /// <summary>The current version of every report with its extraction: what fusion consumes.</summary>
    IReadOnlyList<ReportExtraction> CurrentExtractions();

    /// <summary>
    /// Re-fuses and replaces every incident atomically: <paramref name="fuse"/> is called with every
    /// stored version of every report inside the write transaction, so concurrent ingests cannot
    /// interleave. Per report key the current version has the highest <c>Version</c>; earlier ones
    /// are there so fusion can keep their figures in the history as superseded.
    /// Derived indexes (full-text search) are brought up to date in the same transaction.
    /// Returns the number of incidents stored.
    /// </summary>
    int RefreshIncidents(Func<IReadOnlyList<ReportExtraction>, IReadOnlyList<StoredIncident>> fuse);

    /// <summary>Incidents matching <paramref name="filter"/>, by date (undated last), then id.</summary>
    IReadOnlyList<StoredIncident> Incidents(IncidentFilter filter);

    /// <summary>One incident by id, or null.</summary>
    StoredIncident? Incident(string id);

    /// <summary>Every stored version of one report, oldest first; empty when the key is unknown.</summary>
    IReadOnlyList<StoredReportVersion> ReportVersions(string key);

    /// <summary>Full-text search over the current versions' text, best match first; reports stored since the last refresh included.</summary>
    IReadOnlyList<ReportSearchHit> Search(string query, int limit = 20);

    /// <summary>Records an input that could not be read or stored (the latest reason per origin).</summary>
    void RecordFailure(string origin, string reason, DateTimeOffset at);

    /// <summary>Counts of what the store holds.</summary>
    StoreStats Stats();

    /// <summary>
    /// One page of incident summaries matching <paramref name="filter"/>, newest first (date
    /// descending, undated last, then id), starting after <paramref name="after"/>; with the
    /// count of every match. Read from columns only.
    /// </summary>
    Page<IncidentSummary> IncidentPage(IncidentFilter filter, int limit, PageCursor? after = null);

    /// <summary>The stored documents of the incidents matching <paramref name="filter"/>, newest first, read as enumerated (for exports of any size).</summary>
    IEnumerable<string> IncidentDocuments(IncidentFilter filter);

    /// <summary>The incidents built from <paramref name="reportKey"/>, newest first.</summary>
    IReadOnlyList<IncidentSummary> IncidentsOfReport(string reportKey);

    /// <summary>The current versions of the reports an incident is built from, by publication time.</summary>
    IReadOnlyList<ReportSummary> ReportsOfIncident(string incidentId);

    /// <summary>Per day (oldest first): the matching incidents' current figures, and the nationwide air-defence tallies of the days in the filter's date range.</summary>
    IReadOnlyList<DailyStat> DailyStats(IncidentFilter filter);

    /// <summary>Per oblast: the matching incidents and their current figures, most incidents first.</summary>
    IReadOnlyList<OblastStat> OblastStats(IncidentFilter filter);

    /// <summary>Nationwide air-defence tallies of the reports' current versions, by date (undated: the publication day).</summary>
    IReadOnlyList<AirDefenseRow> AirDefense(DateOnly? from, DateOnly? to);

    /// <summary>Current report versions, newest ingested first; <paramref name="text"/> limits them to full-text matches.</summary>
    Page<ReportSummary> ReportPage(string? text, int limit, PageCursor? after = null);

    /// <summary>The current version of one report as a list shows it, or null.</summary>
    ReportSummary? Report(string key);

    /// <summary>The claims of one version of a report, in text order.</summary>
    IReadOnlyList<StoredClaim> ReportClaims(string key, int version);
}
