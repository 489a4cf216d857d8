using Vigil.Core;
using Vigil.Fusion.Review;
using static Vigil.Fusion.Tests.Reports;

namespace Vigil.Fusion.Tests.Review;

/// <summary>Analysts' decisions as an input to fusion: they apply by anchor, whatever the ids, and survive re-fusion.</summary>
public sealed class ReviewDecisionsTests
{
    private static readonly DateTimeOffset Reviewed = At(6, 12, 10);

    private static Incident Only(IReadOnlyList<Incident> incidents) => Assert.Single(incidents);

    [Fact]
    public void Fuse_CorrectionOfKilled_AnalystClaimCurrentAndSourceClaimsKept()
    {
        var reports = KharkivNight();
        var before = Only(IncidentFusion.Fuse(reports));
        var correction = new ReviewDecision(1, ReviewAction.Correct, "olena", Reviewed, "The hospital confirmed four dead.", before.Members)
        {
            Figures = new Dictionary<ClaimField, int> { [ClaimField.Killed] = 4 },
        };

        var after = Only(IncidentFusion.Fuse(reports, decisions: [correction]));

        Assert.Equal(4, after.Killed.Value);
        Assert.Equal(ClaimantKind.Analyst, after.Killed.Current!.Claimant.Kind);
        Assert.Equal("The hospital confirmed four dead.", after.Killed.Current.Evidence.Text);
        Assert.Equal("an analyst's correction overrides the sources", after.Killed.Why);
        // Every source claim stays in the history, and in the claims.
        Assert.Equal(before.Killed.History.Count + 1, after.Killed.History.Count);
        Assert.Equal(before.Claims.Count, after.Claims.Count);
        Assert.Equal((before.Injured.Value, before.Injured.Low, before.Injured.High, before.Injured.History.Count),
            (after.Injured.Value, after.Injured.Low, after.Injured.High, after.Injured.History.Count));
        Assert.Equal(ReviewAction.Correct, Assert.Single(after.Review!.Decisions).Action);
    }

    [Fact]
    public void Fuse_CorrectionThenNewReportAndShuffledInput_CorrectionStillStands()
    {
        var reports = KharkivNight();
        var anchors = Only(IncidentFusion.Fuse(reports)).Members;
        var correction = new ReviewDecision(1, ReviewAction.Correct, "olena", Reviewed, "Checked.", anchors)
        {
            Figures = new Dictionary<ClaimField, int> { [ClaimField.Killed] = 4 },
        };
        var later = Report("https://news.example/later", At(6, 13, 9), Kharkiv, Day(6, 11), [Weapon.Drone],
            [Claim(ClaimField.Killed, 5, Mayor, "Five have now died, the mayor said.")]);

        var after = Only(IncidentFusion.Fuse([later, .. reports.Reverse()], decisions: [correction]));

        Assert.Equal(4, after.Killed.Value);
        Assert.Contains(after.Killed.History, r => r.Value == 5 && r.Claimant == Mayor);
    }

    [Fact]
    public void Fuse_RejectedClaim_ShownRejectedAndNotCounted()
    {
        var reports = KharkivNight();
        var before = Only(IncidentFusion.Fuse(reports));
        var shown = before.Injured.Current!;
        var current = before.Claims.First(c => c.Claim.Field == ClaimField.Injured && c.ReportKey == shown.ReportKey && c.Claim.Evidence == shown.Evidence);
        var reject = new ReviewDecision(1, ReviewAction.Reject, "olena", Reviewed, "Counts a different night.", before.Members) { ClaimId = ClaimIds.Of(current) };

        var after = Only(IncidentFusion.Fuse(reports, decisions: [reject]));

        // Another claim is current now (here another report of the same 60), never the rejected one.
        Assert.False(after.Injured.Current!.ReportKey == current.ReportKey && after.Injured.Current.Evidence == current.Claim.Evidence);
        var entry = Assert.Single(after.Injured.History, r => r.ReportKey == current.ReportKey && r.Evidence == current.Claim.Evidence);
        Assert.True(entry.Rejected);
        Assert.Equal(before.Injured.History.Count, after.Injured.History.Count);
        var rejection = Assert.Single(after.Review!.Rejected);
        Assert.Equal(("Counts a different night.", "olena"), (rejection.Reason, rejection.Analyst));
        Assert.Contains(after.Claims, c => ClaimIds.Of(c) == rejection.ClaimId);
    }

    [Fact]
    public void Fuse_MergeThenSplit_MustLinkAndCannotLink()
    {
        var kharkiv = Report("a-kharkiv", At(6, 11, 8), Kharkiv, Day(6, 11), [Weapon.Drone], [Claim(ClaimField.Killed, 1, Mayor, "One died.")]);
        var chuhuiv = Report("b-chuhuiv", At(6, 11, 9), Chuhuiv, Day(6, 11), [Weapon.Drone], [Claim(ClaimField.Injured, 2, Governor, "Two hurt.")]);
        var apart = IncidentFusion.Fuse([kharkiv, chuhuiv]);
        Assert.Equal(2, apart.Count);
        var merge = new ReviewDecision(1, ReviewAction.Merge, "olena", Reviewed, "One strike on the road between them.", apart[0].Members) { Others = apart[1].Members };

        var merged = Only(IncidentFusion.Fuse([chuhuiv, kharkiv], decisions: [merge]));
        Assert.Equal(2, merged.ReportCount);
        Assert.Equal((1, 2), (merged.Killed.Value, merged.Injured.Value));

        var split = new ReviewDecision(2, ReviewAction.Split, "taras", Reviewed.AddHours(1), "They were two strikes after all.", merged.Members)
        {
            Others = [new ObservationRef("b-chuhuiv", 0)],
        };
        var again = IncidentFusion.Fuse([kharkiv, chuhuiv], decisions: [merge, split]);
        Assert.Equal(2, again.Count);
        Assert.All(again, i => Assert.Equal(1, i.ReportCount));
    }

    [Fact]
    public void Fuse_PlaceDateWeaponsCorrectedAndVerified_IncidentTakesThemWithStatusSameId()
    {
        var reports = KharkivNight();
        var anchors = Only(IncidentFusion.Fuse(reports)).Members;
        var correct = new ReviewDecision(1, ReviewAction.Correct, "olena", Reviewed, "The strike was on Chuhuiv, by missile, the day before.", anchors)
        {
            Place = Chuhuiv,
            Date = Day(6, 10),
            Weapons = [Weapon.Missile],
        };
        var verify = new ReviewDecision(2, ReviewAction.Status, "olena", Reviewed, string.Empty, anchors) { Status = ReviewStatus.Verified };

        var after = Only(IncidentFusion.Fuse(reports, decisions: [verify, correct]));

        Assert.Equal(("Chuhuiv", Day(6, 10), DatePrecision.Day), (after.Place!.Name, after.Date, after.DatePrecision));
        Assert.Equal([Weapon.Missile], after.Weapons);
        Assert.Equal(ReviewStatus.Verified, after.Status);
        // Review never changes the id: it stays the one the reports' own date and place give.
        Assert.Equal(Only(IncidentFusion.Fuse(reports)).Id, after.Id);
    }

    [Fact]
    public void Fuse_AnchorsGone_DecisionAppliesNowhere()
    {
        var reports = KharkivNight();
        var correction = new ReviewDecision(1, ReviewAction.Correct, "olena", Reviewed, "Checked.", [new ObservationRef("https://gone.example/x", 0)])
        {
            Figures = new Dictionary<ClaimField, int> { [ClaimField.Killed] = 40 },
        };

        var after = Only(IncidentFusion.Fuse(reports, decisions: [correction]));

        Assert.Equal(Only(IncidentFusion.Fuse(reports)).Killed.Value, after.Killed.Value);
        Assert.Null(after.Review);
    }
}
