using System.Text.Json;
using Vigil.Core;

namespace Vigil.Storage.Tests;

/// <summary>
/// What every <see cref="IVigilStore"/> must do, written once and run per database
/// (Dapper's <c>NullTests&lt;TProvider&gt;</c>): derive a sealed class with the database's provider.
/// </summary>
public abstract class VigilStoreContractTests<TProvider> : IDisposable
    where TProvider : StoreProvider, new()
{
    private const string Text1 = "Three people were killed in Kharkiv overnight, the head of the regional administration said.";
    private const string Text2 = "Four people were killed and 60 injured in Kharkiv overnight, the regional administration said.";

    private readonly TProvider _provider = new();
    private readonly IVigilStore _store;

    protected VigilStoreContractTests()
    {
        _store = _provider.CreateEmpty();
    }

    public void Dispose()
    {
        _store.Dispose();
        _provider.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void StoreReport_NewKey_ReturnsNewVersionOne()
    {
        var result = _store.StoreReport(TestData.Report("https://example.org/a", Text1), TestData.Extraction(Text1, 3), TestData.Ingested);

        Assert.Equal(new StoreResult(StoreOutcome.New, 1, IsCurrent: true), result);
        Assert.Equal(1, _store.Stats().Reports);
    }

    [Fact]
    public void StoreReport_SameKeySameHash_UnchangedAndNothingWritten()
    {
        _store.StoreReport(TestData.Report("https://example.org/a", Text1), TestData.Extraction(Text1, 3), TestData.Ingested);
        var before = _store.Stats();

        var result = _store.StoreReport(TestData.Report("https://example.org/a", Text1), TestData.Extraction(Text1, 3), TestData.Ingested.AddHours(1));

        Assert.Equal(StoreOutcome.Unchanged, result.Outcome);
        Assert.Equal(before, _store.Stats());
    }

    [Fact]
    public void StoreReport_SameKeyNewHash_NewVersionSupersedesOldClaims()
    {
        const string key = "https://example.org/a";
        _store.StoreReport(TestData.Report(key, Text1, TestData.At("2025-06-11T07:00:00+03:00")), TestData.Extraction(Text1, 3), TestData.Ingested);

        var result = _store.StoreReport(TestData.Report(key, Text2, TestData.At("2025-06-11T12:00:00+03:00")), TestData.Extraction(Text2, 4, 60), TestData.Ingested);

        Assert.Equal(new StoreResult(StoreOutcome.Updated, 2, IsCurrent: true), result);
        var current = Assert.Single(_store.CurrentExtractions());
        Assert.Equal(2, current.Version);
        Assert.Equal(4, current.Extraction.Incidents[0].Killed);
        var stats = _store.Stats();
        Assert.Equal((1L, 2L), (stats.Reports, stats.ReportVersions));
        Assert.Equal(4, stats.Claims); // killed + injured + launched + intercepted of version 2
        Assert.Equal(7, stats.ClaimsTotal); // plus version 1's killed, launched, intercepted
    }

    [Fact]
    public void StoredFootprints_BatchWithFootprints_TheCurrentVersionsFootprintOnly()
    {
        const string key = "https://example.org/a";
        ReportIndexEntry Footprint(string reportKey, string region, int day) =>
            new(reportKey, [new IndexCell(region, day), new IndexCell(region, day)], [new IndexName("KHARKIV", "p-" + region)]);
        ReportToStore[] batch =
        [
            new(TestData.Report(key, Text1, TestData.At("2025-06-11T07:00:00+03:00")), TestData.Extraction(Text1, 3), Footprint(key, "o:UA-63", 1)),
            new(TestData.Report("https://example.org/b", Text1), TestData.Extraction(Text1, 3), Footprint("https://example.org/b", "o:UA-46", 7)),
            new(TestData.Report(key, Text2, TestData.At("2025-06-11T12:00:00+03:00")), TestData.Extraction(Text2, 4, 60), Footprint(key, "o:UA-63", 2)),
            new(TestData.Report("https://example.org/c", Text2), TestData.Extraction(Text2, 4)),
        ];
        _store.StoreReports(batch, TestData.Ingested);

        var footprints = _store.UpdateFusion(session => session.StoredFootprints([key, "https://example.org/b", "https://example.org/c", "https://example.org/none"]));

        // The revision's cells (the current version), each cell once; "c" was stored without one.
        Assert.Equal(["https://example.org/a", "https://example.org/b"], footprints.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([new IndexCell("o:UA-63", 2)], footprints[key].Cells);
        Assert.Equal([new IndexName("KHARKIV", "p-o:UA-63")], footprints[key].Names);
        Assert.Equal([new IndexCell("o:UA-46", 7)], footprints["https://example.org/b"].Cells);
    }

    [Fact]
    public void StoreReports_BatchWithNewRevisedAndRepeatedReports_SameOutcomesAndRowsAsOneByOne()
    {
        const string key = "https://example.org/a";
        ReportToStore[] batch =
        [
            new(TestData.Report(key, Text1, TestData.At("2025-06-11T07:00:00+03:00")), TestData.Extraction(Text1, 3)),
            new(TestData.Report("https://example.org/b", Text1), TestData.Extraction(Text1, 3)),
            new(TestData.Report(key, Text2, TestData.At("2025-06-11T12:00:00+03:00")), TestData.Extraction(Text2, 4, 60)),
            new(TestData.Report(key, Text1, TestData.At("2025-06-11T07:00:00+03:00")), TestData.Extraction(Text1, 3)),
        ];

        var attempts = _store.StoreReports(batch, TestData.Ingested);

        Assert.Equal(
            [
                new StoreAttempt(new StoreResult(StoreOutcome.New, 1, IsCurrent: true), null),
                new StoreAttempt(new StoreResult(StoreOutcome.New, 1, IsCurrent: true), null),
                new StoreAttempt(new StoreResult(StoreOutcome.Updated, 2, IsCurrent: true), null),
                new StoreAttempt(new StoreResult(StoreOutcome.Unchanged, 1, IsCurrent: false), null),
            ],
            attempts);
        var stats = _store.Stats();
        Assert.Equal((2L, 3L, 10L), (stats.Reports, stats.ReportVersions, stats.ClaimsTotal));
        Assert.Equal(4, _store.CurrentExtractions().Single(e => e.ReportKey == key).Extraction.Incidents[0].Killed);
        Assert.Equal(["injured", "intercepted", "killed", "launched"],
            _store.ReportClaims(key, 2).Select(c => c.Field).Order(StringComparer.Ordinal));
        Assert.Empty(_store.StoreReports([], TestData.Ingested));
    }

    [Fact]
    public void StoreReports_DatabaseRefusesOneReport_ThatOneFailsTheRestAreStored()
    {
        _provider.RefuseReportKey("https://example.org/bad");
        const string text = "Two people were injured in Odesa, the governor said.";
        ReportToStore[] batch =
        [
            new(TestData.Report("https://example.org/a", text), TestData.Extraction(text, 0, 2)),
            new(TestData.Report("https://example.org/bad", text), TestData.Extraction(text, 0, 2)),
            new(TestData.Report("https://example.org/c", text), TestData.Extraction(text, 0, 2)),
            new(TestData.Report("https://example.org/a", text), TestData.Extraction(text, 0, 2)),
        ];

        var attempts = _store.StoreReports(batch, TestData.Ingested);

        Assert.Equal(new StoreAttempt(new StoreResult(StoreOutcome.New, 1, IsCurrent: true), null), attempts[0]);
        Assert.Null(attempts[1].Result);
        Assert.Contains("https://example.org/bad", attempts[1].Error, StringComparison.Ordinal);
        Assert.Contains("refused for the test", attempts[1].Error, StringComparison.Ordinal);
        Assert.Equal(new StoreAttempt(new StoreResult(StoreOutcome.New, 1, IsCurrent: true), null), attempts[2]);
        Assert.Equal(new StoreAttempt(new StoreResult(StoreOutcome.Unchanged, 1, IsCurrent: true), null), attempts[3]);
        var stats = _store.Stats();
        Assert.Equal((2L, 2L, 8L), (stats.Reports, stats.ReportVersions, stats.ClaimsTotal));
    }

    [Fact]
    public void Versions_RevisionsArriveOutOfOrder_NumberedByRevisionTimeNotArrival()
    {
        // Fusion numbers a report's versions by revision time, then version: the latest revision is the highest.
        const string key = "https://example.org/a";
        _store.StoreReport(TestData.Report(key, Text2, TestData.At("2025-06-11T12:00:00+03:00")), TestData.Extraction(Text2, 4, 60), TestData.Ingested);
        _store.StoreReport(TestData.Report(key, Text1, TestData.At("2025-06-11T07:00:00+03:00")), TestData.Extraction(Text1, 3), TestData.Ingested);
        _store.StoreReport(TestData.Report("https://example.org/b", Text1), TestData.Extraction(Text1, 3), TestData.Ingested);

        var (some, all) = _store.UpdateFusion(session => (session.Versions([key]), session.AllVersions()));

        foreach (var versions in (IEnumerable<IReadOnlyList<ReportExtraction>>)[some, all])
        {
            var numbered = versions.Where(v => v.ReportKey == key).ToDictionary(v => v.Extraction.Incidents[0].Killed ?? 0, v => v.Version);
            Assert.Equal(new Dictionary<int, int> { [3] = 1, [4] = 2 }, numbered);
        }

        Assert.Equal(1, Assert.Single(all, v => v.ReportKey == "https://example.org/b").Version);
    }

    [Fact]
    public void StoreReport_VersionsArriveInReverse_LatestPublishedStaysCurrent()
    {
        const string key = "https://example.org/a";
        _store.StoreReport(TestData.Report(key, Text2, TestData.At("2025-06-11T12:00:00+03:00")), TestData.Extraction(Text2, 4, 60), TestData.Ingested);

        var result = _store.StoreReport(TestData.Report(key, Text1, TestData.At("2025-06-11T07:00:00+03:00")), TestData.Extraction(Text1, 3), TestData.Ingested);

        Assert.Equal(new StoreResult(StoreOutcome.Updated, 2, IsCurrent: false), result);
        Assert.Equal(4, Assert.Single(_store.CurrentExtractions()).Extraction.Incidents[0].Killed);
    }

    [Fact]
    public void StoreReport_EditedVersionArrivesFirst_LaterUpdatedTimeStaysCurrent()
    {
        const string key = "https://example.org/a";
        var published = TestData.At("2025-06-11T07:00:00+03:00");
        var edited = TestData.Report(key, Text2, published) with { Updated = TestData.At("2025-06-11T15:00:00+03:00") };
        _store.StoreReport(edited, TestData.Extraction(Text2, 4, 60), TestData.Ingested);

        var result = _store.StoreReport(TestData.Report(key, Text1, published), TestData.Extraction(Text1, 3), TestData.Ingested);

        Assert.False(result.IsCurrent);
        Assert.Equal(4, Assert.Single(_store.CurrentExtractions()).Extraction.Incidents[0].Killed);
    }

    [Fact]
    public void StoreReport_EarlierVersionAgain_Unchanged()
    {
        const string key = "https://example.org/a";
        _store.StoreReport(TestData.Report(key, Text1, TestData.At("2025-06-11T07:00:00+03:00")), TestData.Extraction(Text1, 3), TestData.Ingested);
        _store.StoreReport(TestData.Report(key, Text2, TestData.At("2025-06-11T12:00:00+03:00")), TestData.Extraction(Text2, 4), TestData.Ingested);

        var result = _store.StoreReport(TestData.Report(key, Text1, TestData.At("2025-06-11T07:00:00+03:00")), TestData.Extraction(Text1, 3), TestData.Ingested);

        Assert.Equal(new StoreResult(StoreOutcome.Unchanged, 1, IsCurrent: false), result);
        Assert.Equal(2, _store.Stats().ReportVersions);
    }

    [Fact]
    public void Contains_StoredKeyAndHash_TrueOnlyForThatPair()
    {
        var report = TestData.Report("https://example.org/a", Text1);
        _store.StoreReport(report, TestData.Extraction(Text1, 3), TestData.Ingested);

        Assert.True(_store.Contains(report.Key, report.ContentHash));
        Assert.False(_store.Contains(report.Key, TestData.Hash(Text2)));
        Assert.False(_store.Contains("https://example.org/b", report.ContentHash));
    }

    [Fact]
    public void CurrentExtractions_StoredExtraction_RoundTripsEveryField()
    {
        var extraction = TestData.Extraction(Text1, 3, 21);
        var published = TestData.At("2025-06-11T07:30:00+03:00");
        _store.StoreReport(TestData.Report("https://example.org/a", Text1, published), extraction, TestData.Ingested);

        // Through a second connection: what was written, not what the writer remembers.
        using var reader = _provider.OpenAgain();
        var stored = Assert.Single(reader.CurrentExtractions());

        Assert.Equal(JsonSerializer.Serialize(extraction, VigilJson.Compact), JsonSerializer.Serialize(stored.Extraction, VigilJson.Compact));
        Assert.Equal(("https://example.org/a", 1, published, TestData.Ingested), (stored.ReportKey, stored.Version, stored.Published, stored.Ingested));
        Assert.Equal(published.Offset, stored.Published!.Value.Offset);
        Assert.Equal(("Test Source", "Title of https://example.org/a"), (stored.Source, stored.Title));
    }

    [Fact]
    public void CurrentExtractions_AfterReopen_StillThere()
    {
        _store.StoreReport(TestData.Report("https://example.org/a", Text1), TestData.Extraction(Text1, 3), TestData.Ingested);

        using var again = _provider.OpenAgain();

        Assert.Equal("https://example.org/a", Assert.Single(again.CurrentExtractions()).ReportKey);
    }

    [Fact]
    public void RefreshIncidents_CalledTwice_SecondSetReplacesFirst()
    {
        _store.StoreReport(TestData.Report("https://example.org/a", Text1), TestData.Extraction(Text1, 3), TestData.Ingested);
        var seen = 0;
        _store.RefreshIncidents(extractions =>
        {
            seen = extractions.Count;
            return [TestData.Incident("i-1", new DateOnly(2025, 6, 11), "Kharkiv", "Kharkiv Oblast", "UA-63", "drone"),
                    TestData.Incident("i-2", new DateOnly(2025, 6, 12), "Odesa", "Odesa Oblast", "UA-51", "missile")];
        });

        var count = _store.RefreshIncidents(_ => [TestData.Incident("i-3", new DateOnly(2025, 6, 13), "Kyiv", "Kyiv", "UA-30", "drone", "missile")]);

        Assert.Equal(1, seen);
        Assert.Equal(1, count);
        var incident = Assert.Single(_store.Incidents(IncidentFilter.All));
        Assert.Equal("i-3", incident.Id);
        Assert.Equal(["drone", "missile"], incident.Weapons);
        Assert.Equal(1, _store.Stats().Incidents);
    }

    [Fact]
    public void RefreshIncidents_FusionThrows_KeepsPreviousIncidents()
    {
        _store.RefreshIncidents(_ => [TestData.Incident("i-1", new DateOnly(2025, 6, 11), "Kharkiv", "Kharkiv Oblast", "UA-63", "drone")]);

        Assert.Throws<InvalidOperationException>(() => _store.RefreshIncidents(_ => throw new InvalidOperationException("fusion failed")));

        Assert.Equal("i-1", Assert.Single(_store.Incidents(IncidentFilter.All)).Id);
    }

    [Fact]
    public void IndexReports_PageWithARepeatedKey_SameIndexAsIndexReportOneByOne()
    {
        ReportIndexEntry[] page =
        [
            new("a", [new IndexCell("o:UA-63", 100), new IndexCell("o:UA-63", 100), new IndexCell("p:UA-63|IZIUM", -1)], [new IndexName("UA-63|IZIUM", "g1")]),
            new("b", [new IndexCell("o:UA-63", 101)], [new IndexName("UA-63|IZIUM", "g2"), new IndexName("UA-63|IZIUM", "g2")]),
            new("a", [new IndexCell("o:UA-48", 7)], []),
        ];

        var bulk = _store.UpdateFusion(session =>
        {
            session.IndexReport("a", [new IndexCell("o:UA-46", 1)], [new IndexName("UA-46|LVIV", "g9")]); // replaced by the page
            session.IndexReports(page);
            return Index(session);
        });
        var oneByOne = _store.UpdateFusion(session =>
        {
            session.Clear();
            foreach (var entry in page)
            {
                session.IndexReport(entry.ReportKey, entry.Cells, entry.Names);
            }

            return Index(session);
        });

        Assert.Equal(oneByOne, bulk);
        Assert.Equal("a: o:UA-48/7 | ; b: o:UA-63/101 | UA-63|IZIUM=g2; ambiguous: ; in UA-63 100-101: b", bulk);

        static string Index(IFusionSession session)
        {
            string Of(string key) => key + ": " + string.Join(",", session.CellsOf(key).Select(c => c.Region + "/" + c.Day).Order(StringComparer.Ordinal))
                + " | " + string.Join(",", session.NamesOf(key).Select(n => n.NameKey + "=" + n.PlaceId).Order(StringComparer.Ordinal));
            return Of("a") + "; " + Of("b") + "; ambiguous: " + string.Join(",", session.AmbiguousNames())
                + "; in UA-63 100-101: " + string.Join(",", session.ReportsIn([new IndexRange("o:UA-63", 100, 101)]));
        }
    }

    [Fact]
    public void Incident_StoredId_RoundTripsColumnsAndDocument()
    {
        var stored = TestData.Incident("i-1", new DateOnly(2025, 6, 11), "Kharkiv", "Kharkiv Oblast", "UA-63", "drone");
        _store.RefreshIncidents(_ => [stored]);

        var read = _store.Incident("i-1");

        Assert.NotNull(read);
        Assert.Equal(stored with { Weapons = [] }, read with { Weapons = [] });
        Assert.Equal(stored.Weapons, read.Weapons);
        Assert.Null(_store.Incident("i-404"));
    }

    [Theory]
    [InlineData("2025-06-11", null, null, null, null, "i-1 i-2")]
    [InlineData(null, "2025-06-11", null, null, null, "i-0 i-1")]
    [InlineData("2025-06-11", "2025-06-11", null, null, null, "i-1")]
    [InlineData(null, null, "kharkiv", null, null, "i-0 i-1")]
    [InlineData(null, null, "Saltivskyi", null, null, "i-0")]
    [InlineData(null, null, null, "Odesa", null, "i-2")]
    [InlineData(null, null, null, "odesa oblast", null, "i-2")]
    [InlineData(null, null, null, "UA-63", null, "i-0 i-1")]
    [InlineData(null, null, null, null, "missile", "i-2 i-3")]
    [InlineData(null, null, null, null, "MISSILE", "i-2 i-3")]
    [InlineData(null, null, null, null, "mis", "")]
    [InlineData(null, null, "Kharkiv", null, "drone", "i-0 i-1")]
    public void Incidents_Filter_MatchesExpected(string? from, string? to, string? place, string? oblast, string? weapon, string expected)
    {
        _store.RefreshIncidents(_ =>
        [
            TestData.Incident("i-1", new DateOnly(2025, 6, 11), "Kharkiv", "Kharkiv Oblast", "UA-63", "drone"),
            TestData.Incident("i-0", new DateOnly(2025, 5, 2), "Kharkiv", "Kharkiv Oblast", "UA-63", "drone", "glide_bomb") with { District = "Saltivskyi" },
            TestData.Incident("i-2", new DateOnly(2025, 6, 12), "Odesa", "Odesa Oblast", "UA-51", "missile"),
            TestData.Incident("i-3", null, "Kyiv", "Kyiv", "UA-30", "missile"),
        ]);
        var filter = new IncidentFilter(
            from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
            place, oblast, weapon);

        var ids = string.Join(' ', _store.Incidents(filter).Select(i => i.Id));

        // Undated incidents (i-3) fall outside any date range and otherwise come last.
        Assert.Equal(expected, ids);
    }

    [Fact]
    public void ReportVersions_TwoVersions_OldestFirstWithCurrentFlag()
    {
        const string key = "https://example.org/a";
        _store.StoreReport(TestData.Report(key, Text1, TestData.At("2025-06-11T07:00:00+03:00")), TestData.Extraction(Text1, 3), TestData.Ingested);
        _store.StoreReport(TestData.Report(key, Text2, TestData.At("2025-06-11T12:00:00+03:00")), TestData.Extraction(Text2, 4, 60), TestData.Ingested);

        var versions = _store.ReportVersions(key);

        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal([false, true], versions.Select(v => v.IsCurrent));
        Assert.Equal([Text1, Text2], versions.Select(v => v.Text));
        Assert.Equal([3, 4], versions.Select(v => v.ClaimCount));
        Assert.Empty(_store.ReportVersions("https://example.org/unknown"));
    }

    [Fact]
    public void Search_WordInCurrentText_FindsReportWithSnippet()
    {
        _store.StoreReport(TestData.Report("https://example.org/a", Text1), TestData.Extraction(Text1, 3), TestData.Ingested);
        _store.StoreReport(TestData.Report("https://example.org/b", "A drone hit a school in Sumy."), TestData.Extraction("A drone hit a school in Sumy.", 0), TestData.Ingested);

        var hit = Assert.Single(_store.Search("killed kharkiv"));

        Assert.Equal("https://example.org/a", hit.Key);
        Assert.Contains("[killed]", hit.Snippet, StringComparison.Ordinal);
        Assert.Empty(_store.Search("\"unbalanced AND ("));
        Assert.Empty(_store.Search("   "));
    }

    [Fact]
    public void Search_SupersededVersion_NotFound()
    {
        const string key = "https://example.org/a";
        _store.StoreReport(TestData.Report(key, Text1, TestData.At("2025-06-11T07:00:00+03:00")), TestData.Extraction(Text1, 3), TestData.Ingested);
        _store.StoreReport(TestData.Report(key, Text2, TestData.At("2025-06-11T12:00:00+03:00")), TestData.Extraction(Text2, 4), TestData.Ingested);

        Assert.Empty(_store.Search("Three"));
        Assert.Equal(2, Assert.Single(_store.Search("Four")).Version);
    }

    [Fact]
    public void RecordFailure_SameOriginTwiceThenSuccess_CountedOnceThenCleared()
    {
        _store.RecordFailure("samples/bad.json", "invalid JSON at line 3", TestData.Ingested);
        _store.RecordFailure("samples/bad.json", "invalid JSON at line 4", TestData.Ingested);
        _store.RecordFailure("samples/other.html", "empty body", TestData.Ingested);
        Assert.Equal(2, _store.Stats().Failed);

        _store.StoreReport(TestData.Report("https://example.org/a", Text1, origin: "samples/bad.json"), TestData.Extraction(Text1, 3), TestData.Ingested);

        Assert.Equal(1, _store.Stats().Failed);
    }

    [Fact]
    public void Stats_EmptyStore_AllZero()
    {
        Assert.Equal(new StoreStats(0, 0, 0, 0, 0, 0, null), _store.Stats());
    }

    // --- The read side of the HTTP API: pages, summaries, aggregates. ---

    private static List<StoredIncident> Many(int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
            TestData.Incident($"i-{i:D3}", i % 10 == 9 ? null : new DateOnly(2025, 6, 1).AddDays(i / 4),
                i % 2 == 0 ? "Kharkiv" : "Odesa", i % 2 == 0 ? "Kharkiv Oblast" : "Odesa Oblast", i % 2 == 0 ? "UA-63" : "UA-51",
                i % 3 == 0 ? "drone" : "missile")
            with { Killed = i % 5, Injured = i % 4 == 0 ? null : i, Lat = 46 + (i % 5), Lon = 30 + (i % 7) })];

    private static List<string> NewestFirst(IEnumerable<StoredIncident> incidents) =>
        [.. incidents.OrderByDescending(i => i.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(i => i.Id, StringComparer.Ordinal).Select(i => i.Id)];

    [Fact]
    public void IncidentPage_FollowingCursors_NewestFirstUndatedLastEachOnce()
    {
        var incidents = Many(57);
        _store.RefreshIncidents(_ => incidents);

        var seen = new List<string>();
        PageCursor? cursor = null;
        do
        {
            var page = _store.IncidentPage(IncidentFilter.All, 10, cursor);
            Assert.Equal(57, page.Total);
            seen.AddRange(page.Items.Select(i => i.Id));
            cursor = page.Next;
        }
        while (cursor is not null);

        Assert.Equal(NewestFirst(incidents), seen);
    }

    [Fact]
    public void IncidentPage_IncidentAddedBeforeTheCursor_NextPageUnchanged()
    {
        var incidents = Many(30);
        _store.RefreshIncidents(_ => incidents);
        var first = _store.IncidentPage(IncidentFilter.All, 5);
        var expectedSecond = _store.IncidentPage(IncidentFilter.All, 5, first.Next).Items.Select(i => i.Id).ToList();

        _store.RefreshIncidents(_ => [.. incidents, TestData.Incident("i-new", new DateOnly(2026, 1, 1), "Sumy", "Sumy Oblast", "UA-59", "drone")]);
        var second = _store.IncidentPage(IncidentFilter.All, 5, first.Next);

        Assert.Equal(expectedSecond, second.Items.Select(i => i.Id));
        Assert.Equal(31, second.Total);
    }

    [Fact]
    public void IncidentPage_Summary_ColumnsOnly()
    {
        var stored = TestData.Incident("i-1", new DateOnly(2025, 6, 11), "Kharkiv", "Kharkiv Oblast", "UA-63", "drone", "missile")
            with { District = "Saltivskyi", Document = "{ not read for a list" };
        _store.RefreshIncidents(_ => [stored with { DatePrecision = "day", PlaceKind = "city_district", Attacker = "RU", Missing = 2 }]);

        var item = Assert.Single(_store.IncidentPage(IncidentFilter.All, 10).Items);

        Assert.Equal(new IncidentSummary("i-1", new DateOnly(2025, 6, 11), "day", "Kharkiv", "Saltivskyi", "city_district", "Kharkiv Oblast", "UA-63",
            49.98, 36.25, true, item.Weapons, "RU", 3, 60, null, 9, 2, 2, false), item);
        Assert.Equal(["drone", "missile"], item.Weapons);
    }

    [Fact]
    public void IncidentPage_Filters_MatchThePredicates()
    {
        var incidents = Many(40);
        _store.RefreshIncidents(_ => incidents);
        (IncidentFilter Filter, Func<StoredIncident, bool> Predicate)[] cases =
        [
            (new IncidentFilter { MinKilled = 3 }, i => (i.Killed ?? 0) >= 3),
            (new IncidentFilter { MinInjured = 20 }, i => (i.Injured ?? 0) >= 20),
            (new IncidentFilter { MinCasualties = 25 }, i => (i.Killed ?? 0) + (i.Injured ?? 0) >= 25),
            (new IncidentFilter { Weapons = ["drone", "missile"] }, _ => true),
            (new IncidentFilter(Oblast: "UA-51") { Weapons = ["drone"] }, i => i.Admin1Code == "UA-51" && i.Weapons.Contains("drone")),
            (new IncidentFilter { Bbox = new GeoBox(31, 47, 33, 48) }, i => i.Lon >= 31 && i.Lon <= 33 && i.Lat >= 47 && i.Lat <= 48),
            (new IncidentFilter(From: new DateOnly(2025, 6, 3), To: new DateOnly(2025, 6, 5)) { MinKilled = 1 },
                i => i.Date >= new DateOnly(2025, 6, 3) && i.Date <= new DateOnly(2025, 6, 5) && (i.Killed ?? 0) >= 1),
        ];

        foreach (var (filter, predicate) in cases)
        {
            var page = _store.IncidentPage(filter, 1000);
            var expected = NewestFirst(incidents.Where(predicate));
            Assert.NotEmpty(expected);
            Assert.Equal(expected, page.Items.Select(i => i.Id));
            Assert.Equal(expected.Count, page.Total);
            Assert.Equal(expected, _store.IncidentDocuments(filter).Select(d => JsonDocument.Parse(d).RootElement.GetProperty("id").GetString()));
        }
    }

    [Fact]
    public void IncidentPage_BboxPagedThroughCursors_SameAsOnePage()
    {
        var incidents = Many(40);
        _store.RefreshIncidents(_ => incidents);
        var filter = new IncidentFilter { Bbox = new GeoBox(20, 40, 40, 60) };
        var walked = new List<string>();
        PageCursor? cursor = null;
        do
        {
            var page = _store.IncidentPage(filter, 3, cursor);
            walked.AddRange(page.Items.Select(i => i.Id));
            cursor = page.Next;
        }
        while (cursor is not null);

        var expected = NewestFirst(incidents.Where(i => i.Lon is >= 20 and <= 40 && i.Lat is >= 40 and <= 60));
        Assert.True(expected.Count > 6, "the box must hold several pages");
        Assert.Equal(expected, walked);
    }

    [Fact]
    public void IncidentPage_TextMatchingMoreThanAScanThreshold_TotalsAndPagesAgreeWithTheMatches()
    {
        // Over 2,000 matches: the store walks its newest-first index testing membership (SQLite's
        // TextScanThreshold) instead of looking the matches up; every third report says "school".
        const int count = 2_400;
        var reports = Enumerable.Range(0, count).Select(i =>
        {
            var text = i % 3 == 0 ? $"A drone hit a school, building {i}." : $"A drone hit building {i}.";
            return new ReportToStore(TestData.Report($"https://example.org/r{i}", text), TestData.Extraction(text, 0));
        }).ToList();
        foreach (var batch in reports.Chunk(400))
        {
            _store.StoreReports(batch, TestData.Ingested);
        }

        var incidents = Enumerable.Range(0, count).Select(i =>
            TestData.Incident($"i-{i:D4}", new DateOnly(2025, 1, 1).AddDays(i % 365), i % 2 == 0 ? "Sumy" : "Kharkiv",
                i % 2 == 0 ? "Sumy Oblast" : "Kharkiv Oblast", i % 2 == 0 ? "UA-59" : "UA-63", "drone") with { ReportKeys = [$"https://example.org/r{i}"] })
            .ToList();
        _store.RefreshIncidents(_ => incidents);

        List<string> Walk(IncidentFilter filter, out long total)
        {
            var walked = new List<string>();
            PageCursor? cursor = null;
            total = -1;
            do
            {
                var page = _store.IncidentPage(filter, 700, cursor);
                total = total < 0 ? page.Total : total;
                Assert.Equal(total, page.Total);
                walked.AddRange(page.Items.Select(i => i.Id));
                cursor = page.Next;
            }
            while (cursor is not null);
            return walked;
        }

        var drone = Walk(new IncidentFilter { Text = "drone" }, out var droneTotal);
        var school = Walk(new IncidentFilter { Text = "school" }, out var schoolTotal);
        var schoolInSumy = Walk(new IncidentFilter { Text = "school", Oblast = "UA-59" }, out var schoolInSumyTotal);

        Assert.Equal(count, droneTotal);
        Assert.Equal(NewestFirst(incidents), drone);
        Assert.Equal(count / 3, schoolTotal);
        Assert.Equal(NewestFirst(incidents.Where((_, i) => i % 3 == 0)), school);
        Assert.Equal(count / 6, schoolInSumyTotal);
        Assert.Equal(NewestFirst(incidents.Where((_, i) => i % 6 == 0)), schoolInSumy);
    }

    [Fact]
    public void IncidentPage_Text_IncidentsOfReportsContainingTheWords()
    {
        _store.StoreReport(TestData.Report("https://example.org/a", Text1), TestData.Extraction(Text1, 3), TestData.Ingested);
        _store.StoreReport(TestData.Report("https://example.org/b", "A drone hit a school in Sumy."), TestData.Extraction("A drone hit a school in Sumy.", 0), TestData.Ingested);
        _store.RefreshIncidents(_ =>
        [
            TestData.Incident("i-a", new DateOnly(2025, 6, 11), "Kharkiv", "Kharkiv Oblast", "UA-63", "drone") with { ReportKeys = ["https://example.org/a"] },
            TestData.Incident("i-b", new DateOnly(2025, 6, 11), "Sumy", "Sumy Oblast", "UA-59", "drone") with { ReportKeys = ["https://example.org/b"] },
        ]);

        Assert.Equal(["i-b"], _store.IncidentPage(new IncidentFilter { Text = "school" }, 10).Items.Select(i => i.Id));
        Assert.Equal(["i-a"], _store.IncidentPage(new IncidentFilter { Text = "killed overnight" }, 10).Items.Select(i => i.Id));
        Assert.Empty(_store.IncidentPage(new IncidentFilter { Text = "tractor" }, 10).Items);
        // The total of a text filter alone is counted apart from the page: it must agree with it.
        Assert.Equal(1, _store.IncidentPage(new IncidentFilter { Text = "school" }, 10).Total);
        Assert.Equal(2, _store.IncidentPage(new IncidentFilter { Text = "in" }, 10).Total);
        Assert.Equal(1, _store.IncidentPage(new IncidentFilter { Text = "in", Oblast = "UA-59" }, 10).Total);
        Assert.Equal(0, _store.IncidentPage(new IncidentFilter { Text = "tractor" }, 10).Total);
        Assert.Equal(["i-a"], _store.IncidentsOfReport("https://example.org/a").Select(i => i.Id));
        Assert.Equal(["https://example.org/b"], _store.ReportsOfIncident("i-b").Select(r => r.Key));

        // An edited version without the word: after the refresh only the current text counts.
        const string edited = "A drone hit a warehouse in Sumy.";
        _store.StoreReport(TestData.Report("https://example.org/b", edited, TestData.At("2025-06-12T07:00:00+03:00")), TestData.Extraction(edited, 0), TestData.Ingested);
        _store.RefreshIncidents(_ =>
        [
            TestData.Incident("i-b", new DateOnly(2025, 6, 11), "Sumy", "Sumy Oblast", "UA-59", "drone") with { ReportKeys = ["https://example.org/b"] },
        ]);
        Assert.Empty(_store.IncidentPage(new IncidentFilter { Text = "school" }, 10).Items);
        Assert.Equal(["i-b"], _store.IncidentPage(new IncidentFilter { Text = "warehouse" }, 10).Items.Select(i => i.Id));
    }

    [Fact]
    public void IncidentPage_TextAfterEachWritePath_IncidentsWithOneCurrentReportHoldingEveryWord()
    {
        // Four reports, each incident built from some of them; a query matches an incident when one of
        // its reports' current texts (as of the last fusion) holds every word. The incidents are written
        // by each path that writes them: an incremental update that moves a revised report to another
        // incident, a merge, a split, a kept incident whose report got a new version, a full rebuild.
        var texts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["https://example.org/a"] = "A drone hit a school in the night.",
            ["https://example.org/b"] = "Shelling damaged the market.",
            ["https://example.org/c"] = "A kindergarten was damaged by a drone.",
            ["https://example.org/d"] = "The market and a school were hit.",
        };
        var at = TestData.At("2025-06-11T08:00:00+03:00");
        foreach (var (key, text) in texts)
        {
            _store.StoreReport(TestData.Report(key, text, at), TestData.Extraction(text, 1), TestData.Ingested);
        }

        var ranges = new[] { new IndexRange("UA-63", 0, 10), new IndexRange("UA-59", 0, 10) };
        IndexedIncident Incident(string id, int day, string code, params string[] keys) => new(
            TestData.Incident(id, new DateOnly(2025, 6, day), code == "UA-63" ? "Kharkiv" : "Sumy", code == "UA-63" ? "Kharkiv Oblast" : "Sumy Oblast", code, "drone")
                // The document names the reports, as fusion's does: an incident whose reports change is rewritten, not kept.
                with { ReportKeys = [.. keys.Select(k => "https://example.org/" + k)], Document = JsonSerializer.Serialize(new { id, keys }, VigilJson.Compact) },
            [new IndexCell(code, day)]);
        void Replace(params IndexedIncident[] incidents) => _store.UpdateFusion(session => session.ReplaceIncidents(ranges, incidents));
        void Revise(string key, string text, string iso) =>
            _store.StoreReport(TestData.Report("https://example.org/" + key, texts["https://example.org/" + key] = text, TestData.At(iso)),
                TestData.Extraction(text, 1), TestData.Ingested);

        // Incidents as written, by id: the oracle below works from them and the texts.
        var written = new Dictionary<string, IndexedIncident>(StringComparer.Ordinal);
        void Check(string step)
        {
            string[] queries = ["school", "drone", "market school", "kindergarten drone", "shelling", "market", "bazaar", "rocket kindergarten", "tractor"];
            foreach (var query in queries)
            {
                var words = query.Split(' ');
                bool Holds(string key) => words.All(w => texts[key].Split(' ', '.').Contains(w, StringComparer.OrdinalIgnoreCase));
                var expected = written.Values.Where(i => i.Incident.ReportKeys.Any(Holds)).Select(i => i.Incident.Id).Order(StringComparer.Ordinal).ToList();
                var page = _store.IncidentPage(new IncidentFilter { Text = query }, 100);
                Assert.True(expected.SequenceEqual(page.Items.Select(i => i.Id).Order(StringComparer.Ordinal)), $"{step}, q={query}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", page.Items.Select(i => i.Id))}]");
                Assert.Equal(expected.Count, page.Total);
                var inSumy = expected.Where(id => written[id].Incident.Admin1Code == "UA-59").ToList();
                var sumyPage = _store.IncidentPage(new IncidentFilter { Text = query, Oblast = "UA-59" }, 100);
                Assert.Equal(inSumy, sumyPage.Items.Select(i => i.Id).Order(StringComparer.Ordinal));
                Assert.Equal(inSumy.Count, sumyPage.Total);
            }
        }

        void Write(params IndexedIncident[] incidents)
        {
            written.Clear();
            foreach (var incident in incidents)
            {
                written[incident.Incident.Id] = incident;
            }
        }

        // Ingest: a full rebuild through the fusion session.
        IndexedIncident[] first = [Incident("x", 1, "UA-63", "a", "b"), Incident("y", 2, "UA-59", "c"), Incident("z", 3, "UA-63", "d")];
        _store.UpdateFusion(session =>
        {
            session.Clear();
            return session.ReplaceIncidents(ranges, first);
        });
        Write(first);
        Check("rebuild");

        // A revised report moves from x to y.
        Revise("a", "A rocket hit a kindergarten.", "2025-06-12T08:00:00+03:00");
        IndexedIncident[] moved = [Incident("x", 1, "UA-63", "b"), Incident("y", 2, "UA-59", "a", "c"), Incident("z", 3, "UA-63", "d")];
        Replace(moved);
        Write(moved);
        Check("revised report moved");

        // A merge of all three, then a split into three others.
        Replace(Incident("m", 2, "UA-59", "a", "b", "c", "d"));
        Write(Incident("m", 2, "UA-59", "a", "b", "c", "d"));
        Check("merge");
        IndexedIncident[] split = [Incident("s1", 1, "UA-59", "a", "c"), Incident("s2", 2, "UA-63", "b"), Incident("s3", 3, "UA-59", "d")];
        Replace(split);
        Write(split);
        Check("split");

        // A new version of b with the same extraction: s2 is kept as stored, its text follows the version.
        Revise("b", "Shelling damaged the bazaar.", "2025-06-13T08:00:00+03:00");
        Replace(split);
        Check("kept incident, report revised");

        // A full refresh replaces everything.
        var refreshed = new[] { Incident("r1", 4, "UA-59", "a", "b", "d"), Incident("r2", 5, "UA-63", "c") };
        _store.RefreshIncidents(_ => [.. refreshed.Select(i => i.Incident)]);
        Write(refreshed);
        Check("refresh");
    }

    [Fact]
    public void ReportPage_FollowingCursors_NewestIngestedFirstWithClaimCounts()
    {
        for (var i = 0; i < 7; i++)
        {
            var text = $"Report {i}: {i + 10} people were killed in Kharkiv.";
            _store.StoreReport(TestData.Report($"https://example.org/r{i}", text), TestData.Extraction(text, i + 1), TestData.Ingested.AddMinutes(i));
        }

        var seen = new List<ReportSummary>();
        PageCursor? cursor = null;
        do
        {
            var page = _store.ReportPage(null, 3, cursor);
            Assert.Equal(7, page.Total);
            seen.AddRange(page.Items);
            cursor = page.Next;
        }
        while (cursor is not null);

        Assert.Equal(Enumerable.Range(0, 7).Reverse().Select(i => $"https://example.org/r{i}"), seen.Select(r => r.Key));
        Assert.All(seen, r => Assert.Equal(3, r.ClaimCount)); // killed, launched, intercepted
        Assert.Equal("https://example.org/r4", Assert.Single(_store.ReportPage("14 people", 10).Items).Key);
    }

    [Fact]
    public void ReportClaims_StoredReport_EveryClaimWithItsSpan()
    {
        _store.StoreReport(TestData.Report("https://example.org/a", Text2), TestData.Extraction(Text2, 4, 60), TestData.Ingested);

        var report = _store.Report("https://example.org/a");
        var claims = _store.ReportClaims("https://example.org/a", 1);

        Assert.NotNull(report);
        Assert.Equal(4, report.ClaimCount);
        Assert.Equal(["injured", "intercepted", "killed", "launched"], claims.Select(c => c.Field).Order(StringComparer.Ordinal));
        Assert.All(claims, c => Assert.Equal(Text2[c.EvidenceStart..c.EvidenceEnd], c.EvidenceText));
        Assert.Null(_store.Report("https://example.org/none"));
    }

    [Fact]
    public void DailyAndOblastStats_Incidents_SummedPerDayAndOblast()
    {
        _store.StoreReport(TestData.Report("https://example.org/a", Text1), TestData.Extraction(Text1, 3), TestData.Ingested);
        _store.RefreshIncidents(_ =>
        [
            TestData.Incident("i-1", new DateOnly(2025, 6, 11), "Kharkiv", "Kharkiv Oblast", "UA-63", "drone"),
            TestData.Incident("i-2", new DateOnly(2025, 6, 11), "Odesa", "Odesa Oblast", "UA-51", "drone") with { Killed = 1, Injured = null },
            TestData.Incident("i-3", new DateOnly(2025, 6, 12), "Kharkiv", "Kharkiv Oblast", "UA-63", "missile"),
        ]);

        var days = _store.DailyStats(IncidentFilter.All);
        var oblasts = _store.OblastStats(IncidentFilter.All);
        var tallies = _store.AirDefense(null, null);

        Assert.Equal(
            [new DailyStat(new DateOnly(2025, 6, 11), 2, 4, 60, 0, 18, 85, 40), new DailyStat(new DateOnly(2025, 6, 12), 1, 3, 60, 0, 9, 0, 0)],
            days);
        Assert.Equal([new OblastStat("UA-63", "Kharkiv Oblast", 2, 6, 120), new OblastStat("UA-51", "Odesa Oblast", 1, 1, 0)], oblasts);
        var tally = Assert.Single(tallies);
        Assert.Equal((new DateOnly(2025, 6, 11), "drone", "RU", 85, 40), (tally.Date, tally.Weapon, tally.Attacker, tally.Launched, tally.Intercepted));
        Assert.Equal("Ukrainian Air Force", tally.ClaimantName);
        Assert.Empty(_store.AirDefense(new DateOnly(2025, 6, 12), null));
        Assert.Equal([new DateOnly(2025, 6, 12)], _store.DailyStats(new IncidentFilter { Weapons = ["missile"], From = new DateOnly(2025, 6, 12) }).Select(d => d.Date));
    }
}
