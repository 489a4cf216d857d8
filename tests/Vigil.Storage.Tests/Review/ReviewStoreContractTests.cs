using Vigil.Storage.Review;
using Vigil.Storage.Tests.Postgres;
using Vigil.Storage.Tests.Sqlite;

namespace Vigil.Storage.Tests.Review;

/// <summary>What every store must do for review decisions, "who is reviewing", the queue and the audit trail; run on both databases.</summary>
public abstract class ReviewStoreContractTests<TProvider> : IDisposable
    where TProvider : StoreProvider, new()
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TProvider _provider = new();
    private readonly IVigilStore _store;

    protected ReviewStoreContractTests()
    {
        _store = _provider.CreateEmpty();
    }

    public void Dispose()
    {
        _store.Dispose();
        _provider.Dispose();
        GC.SuppressFinalize(this);
    }

    private static StoredDecision Decision(string action, string note, params string[] keys) =>
        new(0, action, "olena", Now, note, "[{\"report_key\":\"" + keys[0] + "\",\"index\":0}]", "{\"status\":\"verified\"}", keys);

    [Fact]
    public void AddDecision_Two_IdsIncreaseAndReadBackWithReportKeys()
    {
        var first = _store.Review().AddDecision(Decision("status", "checked against the mayor's post", "r1"));
        var second = _store.Review().AddDecision(Decision("merge", "one attack", "r2", "r1"));

        Assert.True(second > first);
        var all = _store.Review().Decisions();
        Assert.Equal([first, second], all.Select(d => d.Id));
        Assert.Equal("checked against the mayor's post", all[0].Note);
        Assert.Equal(Now, all[0].At);
        Assert.Equal(["r1", "r2"], all[1].ReportKeys.Order(StringComparer.Ordinal));
        Assert.Equal("{\"status\":\"verified\"}", all[1].Payload);
    }

    [Fact]
    public void ReviewDecisions_InsideFusionSession_SeenByTheTransaction()
    {
        var id = _store.Review().AddDecision(Decision("status", "seen", "r1"));

        var seen = _store.UpdateFusion(session => Assert.IsAssignableFrom<IReviewInput>(session).ReviewDecisions());

        Assert.Equal([id], seen.Select(d => d.Id));
    }

    [Fact]
    public void ClaimReviewing_OtherAnalystWhileFresh_KeepsHolderUntilLapseOrRelease()
    {
        var lapse = TimeSpan.FromMinutes(30);
        var review = _store.Review();

        Assert.Equal("olena", review.ClaimReviewing("i1", "olena", Now, lapse).Analyst);
        Assert.Equal("olena", review.ClaimReviewing("i1", "taras", Now.AddMinutes(10), lapse).Analyst);
        Assert.Equal("olena", review.Reviewing("i1", Now.AddMinutes(29), lapse)?.Analyst);
        Assert.Null(review.Reviewing("i1", Now.AddMinutes(30), lapse));
        Assert.Equal("taras", review.ClaimReviewing("i1", "taras", Now.AddMinutes(31), lapse).Analyst);

        Assert.False(review.ReleaseReviewing("i1", "olena"));
        Assert.True(review.ReleaseReviewing("i1", "Taras"));
        Assert.Null(review.Reviewing("i1", Now.AddMinutes(32), lapse));
    }

    [Fact]
    public void ReviewQueue_Flags_WorstFirstVerifiedLeftOutPaged()
    {
        _store.RefreshIncidents(_ =>
        [
            TestData.Incident("a-unresolved", new DateOnly(2025, 6, 1), "Kharkiv", "Kharkiv Oblast", "UA-63") with { ReviewFlags = ReviewFlags.UnresolvedPlace },
            TestData.Incident("b-contested", new DateOnly(2025, 6, 2), "Kharkiv", "Kharkiv Oblast", "UA-63") with { ReviewFlags = ReviewFlags.Contested | ReviewFlags.NewWithCasualties },
            TestData.Incident("c-casualties", new DateOnly(2025, 6, 3), "Kharkiv", "Kharkiv Oblast", "UA-63") with { ReviewFlags = ReviewFlags.NewWithCasualties },
            TestData.Incident("d-verified", new DateOnly(2025, 6, 4), "Kharkiv", "Kharkiv Oblast", "UA-63") with { ReviewFlags = ReviewFlags.Contested, ReviewStatus = "verified" },
            TestData.Incident("e-clean", new DateOnly(2025, 6, 5), "Kharkiv", "Kharkiv Oblast", "UA-63"),
        ]);

        var first = _store.Review().ReviewQueue(2);
        var second = _store.Review().ReviewQueue(2, first.Next);

        Assert.Equal(3, first.Total);
        Assert.Equal(["b-contested", "c-casualties"], first.Items.Select(i => i.Incident.Id));
        Assert.Equal(ReviewFlags.Contested | ReviewFlags.NewWithCasualties, first.Items[0].Flags);
        Assert.Equal(["a-unresolved"], second.Items.Select(i => i.Incident.Id));
        Assert.Null(second.Next);
    }

    [Fact]
    public void IncidentPage_VerifiedOnly_ListsOnlyVerified()
    {
        _store.RefreshIncidents(_ =>
        [
            TestData.Incident("a", new DateOnly(2025, 6, 1), "Kharkiv", "Kharkiv Oblast", "UA-63") with { ReviewStatus = "verified" },
            TestData.Incident("b", new DateOnly(2025, 6, 2), "Kharkiv", "Kharkiv Oblast", "UA-63") with { ReviewStatus = "disputed" },
            TestData.Incident("c", new DateOnly(2025, 6, 3), "Kharkiv", "Kharkiv Oblast", "UA-63"),
        ]);

        var page = _store.IncidentPage(new IncidentFilter { VerifiedOnly = true }, 10);

        Assert.Equal(["a"], page.Items.Select(i => i.Id));
        Assert.Equal(3, _store.IncidentPage(IncidentFilter.All, 10).Total);
    }

    [Fact]
    public void Audit_AppendAndQuery_NewestFirstFilteredAndPaged()
    {
        var audit = _store.Audit();
        var a = audit.Append(new AuditEntry(0, Now, "admin", "user.add", "olena", null, "{\"name\":\"olena\"}", null));
        var b = audit.Append(new AuditEntry(0, Now.AddHours(1), "olena", "incident.correct", "2025-06-11-kharkiv-1", "{\"killed\":3}", "{\"killed\":4}", "the police said four"));
        var c = audit.Append(new AuditEntry(0, Now.AddHours(2), "olena", "incident.status", "2025-06-11-kharkiv-1", null, null, null));

        var all = audit.Audit(new AuditQuery(Limit: 2));
        Assert.Equal(3, all.Total);
        Assert.Equal([c, b], all.Items.Select(e => e.Id));
        var rest = audit.Audit(new AuditQuery(Limit: 2, Before: long.Parse(all.Next!.Value.Id, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal([a], rest.Items.Select(e => e.Id));

        var corrections = audit.Audit(new AuditQuery(Actor: "OLENA", Action: "incident.correct"));
        var entry = Assert.Single(corrections.Items);
        Assert.Equal(("{\"killed\":3}", "{\"killed\":4}", "the police said four"), (entry.Before, entry.After, entry.Note));
        Assert.Equal(Now.AddHours(1), entry.At);

        var window = audit.Audit(new AuditQuery(From: Now.AddMinutes(30), To: Now.AddMinutes(90)));
        Assert.Equal([b], window.Items.Select(e => e.Id));
    }

    [Theory]
    [InlineData("UPDATE audit_log SET note = 'changed'")]
    [InlineData("DELETE FROM audit_log")]
    [InlineData("UPDATE review_decisions SET note = 'changed'")]
    [InlineData("DELETE FROM review_decisions")]
    public void AppendOnlyTables_UpdateOrDeleteAroundTheStore_RefusedByTheDatabase(string sql)
    {
        _store.Audit().Append(new AuditEntry(0, Now, "admin", "user.add", "olena", null, null, null));
        _store.Review().AddDecision(Decision("status", "kept", "r1"));

        var error = Assert.ThrowsAny<System.Data.Common.DbException>(() => _provider.ExecuteRaw(sql));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Single(_store.Audit().Audit(new AuditQuery()).Items);
        Assert.Equal("kept", Assert.Single(_store.Review().Decisions()).Note);
    }
}

public sealed class SqliteReviewStoreContractTests : ReviewStoreContractTests<SqliteStoreProvider>;

public sealed class PostgresReviewStoreContractTests : ReviewStoreContractTests<PostgresStoreProvider>;
