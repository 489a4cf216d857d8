using Vigil.Core;
using static Vigil.Fusion.Tests.Reports;

namespace Vigil.Fusion.Tests;

/// <summary>Which claim is a figure's current value, and the reason given for it.</summary>
public sealed class FigureChoiceTests
{
    private static readonly Weapon[] Drones = [Weapon.Drone];

    [Fact]
    public void Fuse_LaterAttributedExactAgreesWithLowerBound_ExactBecomesCurrent()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("https://oblast.example/1", At(6, 11, 7, 0), Kharkiv, Day(6, 11), Drones,
                [Claim(ClaimField.Killed, 5, Governor, "At least five people were killed, the governor said.", Qualifier.AtLeast)]),
            Report("https://news.example/2", At(6, 11, 11, 0), Kharkiv, Day(6, 11), Drones,
                [Claim(ClaimField.Killed, 7, Newsroom, "Seven people were killed, the outlet reports.")]),
        ]));

        Assert.Equal(7, incident.Killed.Value);
        Assert.Equal(Qualifier.Exact, incident.Killed.Qualifier);
        Assert.Equal(5, incident.Killed.Low);
        Assert.False(incident.Killed.Contested);
        Assert.Contains("lower bound", incident.Killed.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Fuse_LaterUnattributedExactAboveLowerBound_LowerBoundStays()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("https://oblast.example/1", At(6, 11, 7, 0), Kharkiv, Day(6, 11), Drones,
                [Claim(ClaimField.Injured, 10, Governor, "At least ten people were injured, the governor said.", Qualifier.AtLeast)]),
            Report("https://news.example/2", At(6, 11, 11, 0), Kharkiv, Day(6, 11), Drones,
                [Claim(ClaimField.Injured, 12, Claimant.Unattributed, "Twelve remain in hospital.")]),
        ]));

        Assert.Equal(10, incident.Injured.Value);
        Assert.Equal(Qualifier.AtLeast, incident.Injured.Qualifier);
        Assert.Equal("the most authoritative claimant (local authority)", incident.Injured.Why);
    }

    [Fact]
    public void Fuse_EarlierExactBelowLaterLowerBound_NoRefinementBackwards()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("https://news.example/1", At(6, 11, 7, 0), Kharkiv, Day(6, 11), Drones,
                [Claim(ClaimField.Killed, 6, Newsroom, "Six people were killed, the outlet reports.")]),
            Report("https://oblast.example/2", At(6, 11, 11, 0), Kharkiv, Day(6, 11), Drones,
                [Claim(ClaimField.Killed, 5, Governor, "At least five people were killed, the governor said.", Qualifier.AtLeast)]),
        ]));

        Assert.Equal(5, incident.Killed.Value);
        Assert.Equal(Qualifier.AtLeast, incident.Killed.Qualifier);
    }

    [Fact]
    public void Fuse_OneClaim_WhySaysOnlyClaim()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("https://oblast.example/1", At(6, 11, 7, 0), Kharkiv, Day(6, 11), Drones,
                [Claim(ClaimField.Killed, 2, Governor, "Two people were killed, the governor said.")]),
        ]));

        Assert.Equal("the only claim", incident.Killed.Why);
        Assert.Null(incident.Injured.Why);
    }

    [Fact]
    public void Fuse_LowConfidenceClaimLaterInText_NeverCurrent()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("https://oblast.example/1", At(6, 11, 7, 0), Kharkiv, Day(6, 11), Drones,
            [
                Claim(ClaimField.Injured, 12, Governor, "Twelve people were injured, the governor said."),
                Low(Claim(ClaimField.Injured, 5, Governor, "Five of them remain in hospital.", start: 60), "sub_count"),
            ]),
        ]));

        Assert.Equal(12, incident.Injured.Value);
        Assert.Equal(12, incident.Injured.Low);
        Assert.Equal(2, incident.Injured.History.Count);
        Assert.Equal("the only claim not marked low-confidence", incident.Injured.Why);
    }

    [Fact]
    public void Fuse_OnlyLowConfidenceClaims_NoCurrentValueAndWhySaysSo()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("https://oblast.example/1", At(6, 11, 7, 0), Kharkiv, Day(6, 11), Drones,
                [Low(Claim(ClaimField.Killed, 3, Claimant.Unattributed, "Three were killed across the region."), "region_wide_total")]),
        ]));

        Assert.Null(incident.Killed.Value);
        Assert.Null(incident.Killed.Low);
        Assert.False(incident.Killed.Contested);
        Assert.Equal(3, Assert.Single(incident.Killed.History).Value);
        Assert.StartsWith("no current value", incident.Killed.Why, StringComparison.Ordinal);
    }

    private static Claim Low(Claim claim, string reason) => claim with { Confidence = new ClaimConfidence(ConfidenceLevel.Low, [reason, "not_the_figure"]) };

    [Fact]
    public void Fuse_SameAuthorityUpdates_WhySaysLatest()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(KharkivNight()));
        Assert.Equal("the latest claim of the most authoritative claimants (local authority)", incident.Killed.Why);
    }
}
