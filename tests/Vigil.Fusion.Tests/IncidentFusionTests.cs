using Vigil.Core;
using static Vigil.Fusion.Tests.Reports;

namespace Vigil.Fusion.Tests;

public sealed class IncidentFusionTests
{
    [Fact]
    public void Fuse_FourReportsOfOneAttack_OneIncidentWithLatestOfficialFigures()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(KharkivNight()));

        Assert.Equal(3, incident.Killed.Value);
        Assert.Equal(60, incident.Injured.Value);
        Assert.Equal(9, incident.ChildrenInjured.Value);
        Assert.Equal(4, incident.ReportCount);
        Assert.Equal(Day(6, 11), incident.Date);
        Assert.Equal(DatePrecision.Day, incident.DatePrecision);
        Assert.Equal("Kharkiv", incident.Place?.Name);
        Assert.Null(incident.Place?.District);
        Assert.Equal([Weapon.Drone], incident.Weapons);
        Assert.Equal(["power", "residential", "water"], incident.Damage);
    }

    [Fact]
    public void Fuse_FourReportsOfOneAttack_KeepsEveryRevisionWithItsSource()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(KharkivNight()));

        Assert.Equal([2, 3, 3, 3], incident.Killed.History.Select(r => r.Value));
        Assert.Equal([21, 45, 60, 60], incident.Injured.History.Select(r => r.Value));
        Assert.Equal("https://t.me/mayor/101", incident.Injured.History[0].ReportKey);
        Assert.Equal(Qualifier.AtLeast, incident.Injured.History[0].Qualifier);
        Assert.Equal(Mayor, incident.Killed.History[0].Claimant);
        Assert.Equal((21, 60), (incident.Injured.Low!.Value, incident.Injured.High!.Value));
        Assert.Equal(9, incident.Claims.Count);
        Assert.False(incident.Contested);
        Assert.Equal("https://wire.example/ukraine-kharkiv", incident.Killed.Current?.ReportKey);
        Assert.Equal(Governor, incident.Killed.Current?.Claimant);
    }
}

public sealed class IncidentFusionClusteringTests
{
    [Fact]
    public void Fuse_UnrelatedAttackSameNightElsewhere_StaysSeparate()
    {
        var odesa = Report("https://news.example/odesa", At(6, 11, 7, 15), Odesa, Day(6, 11), [Weapon.Drone],
            [Claim(ClaimField.Injured, 4, new Claimant("Oleh Kiper", "governor", ClaimantKind.LocalAuthority), "Four people were hurt in Odesa overnight.", overnight: true)]);

        var incidents = IncidentFusion.Fuse([.. KharkivNight(), odesa]);

        Assert.Equal(2, incidents.Count);
        var odesaIncident = Assert.Single(incidents, i => i.Place?.Name == "Odesa");
        Assert.Equal(1, odesaIncident.ReportCount);
        Assert.Equal(4, odesaIncident.Injured.Value);
        Assert.Equal(4, Assert.Single(incidents, i => i.Place?.Name == "Kharkiv").ReportCount);
    }

    [Fact]
    public void Fuse_EarlierAttackSameCityAnotherDay_StaysSeparate()
    {
        var earlier = Report("https://news.example/kharkiv-june-7", At(6, 7, 14, 0), Kharkiv, Day(6, 7), [Weapon.GlideBomb],
            [Claim(ClaimField.Killed, 1, Mayor, "One man was killed by a guided bomb.")]);

        var incidents = IncidentFusion.Fuse([earlier, .. KharkivNight()]);

        Assert.Equal(2, incidents.Count);
        Assert.Equal([Day(6, 7), Day(6, 11)], incidents.Select(i => i.Date!.Value));
        Assert.Equal(1, incidents[0].Killed.Value);
        Assert.Equal(3, incidents[1].Killed.Value);
        Assert.NotEqual(incidents[0].Id, incidents[1].Id);
    }

    [Fact]
    public void Fuse_SameDayAndPlaceButDisjointWeapons_TwoIncidents()
    {
        var missile = Report("https://news.example/kharkiv-missile", At(6, 11, 18, 0), Kharkiv, Day(6, 11), [Weapon.Missile],
            [Claim(ClaimField.Injured, 5, Mayor, "A missile strike in the evening injured five.")]);

        var incidents = IncidentFusion.Fuse([.. KharkivNight(), missile]);

        Assert.Equal(2, incidents.Count);
        Assert.Single(incidents, i => i.Weapons.SequenceEqual([Weapon.Missile]));
        Assert.Equal(2, incidents.Select(i => i.Id).Distinct().Count());
        Assert.All(incidents, i => Assert.StartsWith("2025-06-11-kharkiv-", i.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Fuse_OneReportAlsoNamesAnotherWeapon_IncidentKeepsTheWeaponMostReportsName()
    {
        var aside = Report("https://news.example/aside", At(6, 11, 11, 0), Kharkiv, Day(6, 11), [Weapon.Drone, Weapon.GlideBomb],
            [Claim(ClaimField.Killed, 3, Newsroom, "Three died in the drone attack, days after a glide bomb hit the city.")]);

        var incident = Assert.Single(IncidentFusion.Fuse([.. KharkivNight(), aside]));

        Assert.Equal([Weapon.Drone], incident.Weapons);
        Assert.Equal(5, incident.ReportCount);
    }

    [Fact]
    public void Fuse_ReportWithoutWeapon_JoinsTheAttackAtThatPlaceAndDay()
    {
        var vague = Report("https://news.example/explosions", At(6, 11, 8, 0), Kharkiv, Day(6, 11), [Weapon.Unknown],
            [Claim(ClaimField.Killed, 3, Newsroom, "Explosions were heard and three people died.")]);

        var incident = Assert.Single(IncidentFusion.Fuse([.. KharkivNight(), vague]));

        Assert.Equal(5, incident.ReportCount);
        Assert.Equal([Weapon.Drone], incident.Weapons);
    }

    [Fact]
    public void Fuse_OvernightReportedEitherSideOfMidnight_OneIncident()
    {
        // A post just before midnight dates the attack to the 10th; the morning's to the 11th.
        var lateEvening = Report("https://t.me/mayor/100", At(6, 10, 23, 40), Kharkiv, Day(6, 10), [Weapon.Drone],
            [Claim(ClaimField.Injured, 3, Mayor, "Drones are hitting the city tonight, three hurt so far.", overnight: true)]);

        var incident = Assert.Single(IncidentFusion.Fuse([lateEvening, .. KharkivNight()]));

        Assert.Equal(5, incident.ReportCount);
        Assert.Equal(Day(6, 11), incident.Date);
    }

    [Fact]
    public void Fuse_NightWordingInUkrainian_JoinsAttackOfTheNextDay()
    {
        // Published at midday, dated the 10th, but it says the attack came at night (вночі).
        var ukrainian = Report("https://t.me/oblast/55", At(6, 10, 13, 0), Kharkiv, Day(6, 10), [Weapon.Drone],
            [Claim(ClaimField.Hit, 17, Governor, "ВНОЧІ по місту влучили 17 дронів.", overnight: true)]);

        var incident = Assert.Single(IncidentFusion.Fuse([ukrainian, .. KharkivNight()]));

        Assert.Equal(17, incident.Hit.Value);
        Assert.Equal(Day(6, 11), incident.Date);
    }

    [Fact]
    public void Fuse_NightWordsInEvidenceButNoOvernightFlag_DateStaysFirm()
    {
        // Fusion reads what extraction decided (Claim.Overnight), not the evidence text.
        var daytime = Report("https://t.me/oblast/56", At(6, 10, 13, 0), Kharkiv, Day(6, 10), [Weapon.Drone],
            [Claim(ClaimField.Hit, 17, Governor, "ВНОЧІ по місту влучили 17 дронів.")]);

        var incidents = IncidentFusion.Fuse([daytime, .. KharkivNight()]);

        Assert.Equal(2, incidents.Count);
        Assert.Contains(incidents, i => i.Date == Day(6, 10));
    }

    [Fact]
    public void Fuse_OneFirmAndOneOvernightReport_TakesTheFirmDate()
    {
        var firm = Report("https://news.example/firm", At(6, 11, 10, 0), Kharkiv, Day(6, 11), [Weapon.Drone],
            [Claim(ClaimField.Killed, 1, Newsroom, "One person was killed in the attack.")]);
        var overnight = Report("https://news.example/overnight", At(6, 10, 23, 50), Kharkiv, Day(6, 10), [Weapon.Drone],
            [Claim(ClaimField.Killed, 1, Newsroom, "One person was killed overnight.", overnight: true)]);

        var incident = Assert.Single(IncidentFusion.Fuse([overnight, firm]));

        Assert.Equal(Day(6, 11), incident.Date);
    }

    [Fact]
    public void Fuse_DistrictNamedLikeAnotherCity_StaysInItsOwnCity()
    {
        var kyiv = new PlaceRef("Kyiv", PlaceKind.City, null, "Kyiv", "UA-30", "UA", 50.45, 30.52, "Kyiv", "gn:703448");
        var odesaKyivskyi = new PlaceRef("Odesa", PlaceKind.CityDistrict, "Kyivskyi", "Odesa Oblast", "UA-51", "UA", 46.4, 30.7, "Kyivskyi district", "vigil:district:odesa-kyivskyi");
        Weapon[] drones = [Weapon.Drone];
        var reports = new[]
        {
            Report("https://a.example/kyiv", At(6, 11, 8, 0), kyiv, Day(6, 11), drones, [Claim(ClaimField.Injured, 2, Newsroom, "Two hurt in Kyiv.")]),
            Report("https://a.example/odesa", At(6, 11, 8, 0), Odesa, Day(6, 11), drones, [Claim(ClaimField.Injured, 5, Newsroom, "Five hurt in Odesa.")]),
            Report("https://b.example/odesa-kyivskyi", At(6, 11, 9, 0), odesaKyivskyi, Day(6, 11), drones, [Claim(ClaimField.Injured, 6, Newsroom, "Six hurt in the Kyivskyi district.")]),
        };

        var incidents = IncidentFusion.Fuse(reports);

        Assert.Equal(2, incidents.Count);
        Assert.Equal(2, Assert.Single(incidents, i => i.Place?.Name == "Odesa").ReportCount);
        Assert.Equal(1, Assert.Single(incidents, i => i.Place?.Name == "Kyiv").ReportCount);
    }

    [Fact]
    public void Fuse_AnotherReportOfSameAttackArrives_IdUnchanged()
    {
        var before = Assert.Single(IncidentFusion.Fuse(KharkivNight().Take(2))).Id;
        var after = Assert.Single(IncidentFusion.Fuse(KharkivNight())).Id;

        Assert.Equal(before, after);
        Assert.Matches("^2025-06-11-kharkiv-[0-9a-f]{6}$", after);
    }

    [Fact]
    public void Fuse_FirmDatesOnConsecutiveDaysWithoutNightWording_StaySeparate()
    {
        var nextDay = Report("https://news.example/kharkiv-june-12", At(6, 12, 14, 0), Kharkiv, Day(6, 12), [Weapon.Drone],
            [Claim(ClaimField.Killed, 1, Mayor, "A drone killed one person in the afternoon.")]);

        Assert.Equal(2, IncidentFusion.Fuse([.. KharkivNight(), nextDay]).Count);
    }

    [Fact]
    public void Fuse_OnlyPublicationDate_JoinsAttackOfThePreviousDay()
    {
        var undated = Report("https://digest.example/weekly", At(6, 12, 10, 0), Kharkiv, Day(6, 12), [Weapon.Drone],
            [Claim(ClaimField.Killed, 3, Wire, "Three died in the Kharkiv drone attack.")], precision: DatePrecision.Reported);

        var incident = Assert.Single(IncidentFusion.Fuse([.. KharkivNight(), undated]));

        Assert.Equal(Day(6, 11), incident.Date);
        Assert.Equal(DatePrecision.Day, incident.DatePrecision);
    }

    [Fact]
    public void Fuse_OblastMentionWithOneCandidateSettlement_JoinsIt()
    {
        var regional = Report("https://oblast.example/summary", At(6, 11, 20, 0), KharkivOblast, Day(6, 11), [Weapon.Drone],
            [Claim(ClaimField.Killed, 3, Governor, "Three people were killed in the region today.")]);

        var incident = Assert.Single(IncidentFusion.Fuse([.. KharkivNight(), regional]));

        Assert.Equal(5, incident.ReportCount);
        Assert.Equal("Kharkiv", incident.Place?.Name);
    }

    [Fact]
    public void Fuse_OblastMentionWithTwoCandidateSettlements_StaysOblastLevel()
    {
        var chuhuiv = Report("https://news.example/chuhuiv", At(6, 11, 10, 0), Chuhuiv, Day(6, 11), [Weapon.Drone],
            [Claim(ClaimField.Injured, 2, Newsroom, "Two were injured in Chuhuiv.")]);
        var regional = Report("https://oblast.example/summary", At(6, 11, 20, 0), KharkivOblast, Day(6, 11), [Weapon.Drone],
            [Claim(ClaimField.Killed, 3, Governor, "Three people were killed in the region today.")]);

        var incidents = IncidentFusion.Fuse([.. KharkivNight(), chuhuiv, regional]);

        Assert.Equal(3, incidents.Count);
        var oblast = Assert.Single(incidents, i => i.Place?.Kind == PlaceKind.Oblast);
        Assert.Equal(1, oblast.ReportCount);
    }

    [Fact]
    public void Fuse_NewVersionOfReport_SupersedesOldVersionClaims()
    {
        var first = Report("https://news.example/kharkiv-drones", At(6, 11, 9, 0), Kharkiv, Day(6, 11), [Weapon.Drone],
            [Claim(ClaimField.Killed, 3, Newsroom, "The death toll has risen to three.")]);
        var edited = Report("https://news.example/kharkiv-drones", At(6, 11, 9, 0), Kharkiv, Day(6, 11), [Weapon.Drone],
            [Claim(ClaimField.Killed, 4, Newsroom, "The death toll has risen to four.")], version: 2);

        var incident = Assert.Single(IncidentFusion.Fuse([edited, first]));

        Assert.Equal(4, incident.Killed.Value);
        Assert.Equal((4, 4), (incident.Killed.Low!.Value, incident.Killed.High!.Value));
        Assert.False(incident.Killed.Contested);
        Assert.Equal(1, incident.ReportCount);
        Assert.Equal(2, Assert.Single(incident.Claims).ReportVersion);
        // The old figure stays visible in the history, marked superseded.
        Assert.Equal([(3, 1, true), (4, 2, false)], incident.Killed.History.Select(r => (r.Value, r.ReportVersion, r.Superseded)));
        Assert.Equal(2, incident.Killed.Current?.ReportVersion);
    }

    [Fact]
    public void Fuse_EditLowersFigure_NotContestedBecauseOldVersionDoesNotCount()
    {
        var first = Report("https://news.example/kharkiv-drones", At(6, 11, 9, 0), Kharkiv, Day(6, 11), [Weapon.Drone],
            [Claim(ClaimField.Injured, 45, Newsroom, "Forty-five were wounded.")]);
        var edited = Report("https://news.example/kharkiv-drones", At(6, 11, 9, 0), Kharkiv, Day(6, 11), [Weapon.Drone],
            [Claim(ClaimField.Injured, 40, Newsroom, "Correction: forty were wounded.")], version: 2);

        var incident = Assert.Single(IncidentFusion.Fuse([first, edited]));

        Assert.Equal(40, incident.Injured.Value);
        Assert.False(incident.Injured.Contested);
        Assert.Equal(2, incident.Injured.History.Count);
    }

    [Fact]
    public void Fuse_NoPlace_IncidentOfItsOwn()
    {
        var placeless = Report("https://news.example/somewhere", At(6, 11, 9, 0), null, Day(6, 11), [Weapon.Drone],
            [Claim(ClaimField.Killed, 1, Newsroom, "One person died, the report says.")]);

        var incidents = IncidentFusion.Fuse([.. KharkivNight(), placeless]);

        Assert.Equal(2, incidents.Count);
        Assert.Contains(incidents, i => i.Place is null && i.Killed.Value == 1);
    }
}

public sealed class IncidentFusionFigureTests
{
    [Fact]
    public void Fuse_SameFigureInManyReports_NeverSummed()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(KharkivNight()));

        Assert.Equal(3, incident.Killed.Value);
        Assert.Equal(3, incident.Killed.High);
    }

    [Fact]
    public void Fuse_LaterOfficialLowersToll_FlaggedContestedAndHistoryKept()
    {
        var lowered = Report("https://oblast.example/correction", At(6, 11, 18, 0), Kharkiv, Day(6, 11), [Weapon.Drone],
            [Claim(ClaimField.Killed, 2, Governor, "One victim counted earlier survived; two people died.")]);

        var incident = Assert.Single(IncidentFusion.Fuse([.. KharkivNight(), lowered]));

        Assert.Equal(2, incident.Killed.Value);
        Assert.True(incident.Killed.Contested);
        Assert.True(incident.Contested);
        Assert.False(incident.Injured.Contested);
        Assert.Equal(5, incident.Killed.History.Count);
        Assert.Equal((2, 3), (incident.Killed.Low!.Value, incident.Killed.High!.Value));
    }

    [Fact]
    public void Fuse_LaterMediaFigureBelowOfficial_OfficialStaysCurrentNotContested()
    {
        var staleWire = Report("https://wire.example/late", At(6, 11, 19, 0), Kharkiv, Day(6, 11), [Weapon.Drone],
            [Claim(ClaimField.Killed, 2, Wire, "At least two people died, the agency reported.", Qualifier.AtLeast)]);

        var incident = Assert.Single(IncidentFusion.Fuse([.. KharkivNight(), staleWire]));

        Assert.Equal(3, incident.Killed.Value);
        Assert.Equal(Governor, incident.Killed.History.First(r => r.Value == 3 && r.Claimant.Kind == ClaimantKind.LocalAuthority).Claimant);
        Assert.False(incident.Killed.Contested);
    }

    [Fact]
    public void Fuse_PartiesDisagreeAtTheSameTime_Contested()
    {
        var ministry = Report("https://ministry.example/kharkiv", At(6, 11, 12, 10), Kharkiv, Day(6, 11), [Weapon.Drone],
            [Claim(ClaimField.Killed, 5, Ministry, "Five people were killed in Kharkiv.")]);

        var incident = Assert.Single(IncidentFusion.Fuse([.. KharkivNight(), ministry]));

        Assert.Equal(3, incident.Killed.Value);
        Assert.True(incident.Killed.Contested);
        Assert.Equal(5, incident.Killed.High);
    }

    [Fact]
    public void Fuse_UnattributedSubCountBesideOfficialFigure_NotContested()
    {
        var article = Report("https://news.example/hospital", At(6, 11, 12, 30), Kharkiv, Day(6, 11), [Weapon.Drone],
        [
            Claim(ClaimField.Injured, 60, Governor, "Sixty were injured, the governor said."),
            Claim(ClaimField.Injured, 11, Claimant.Unattributed, "Eleven remain in hospital.", start: 80),
        ]);

        var incident = Assert.Single(IncidentFusion.Fuse([.. KharkivNight(), article]));

        Assert.Equal(60, incident.Injured.Value);
        Assert.False(incident.Injured.Contested);
        Assert.Equal(11, incident.Injured.Low);
    }

    [Fact]
    public void Fuse_LaterUnattributedLowerFigure_NotContestedButInRange()
    {
        var early = Report("https://news.example/early", At(6, 11, 6, 0), Kharkiv, Day(6, 11), [Weapon.Drone],
            [Claim(ClaimField.Injured, 21, Claimant.Unattributed, "Twenty-one people were injured.")]);
        var later = Report("https://news.example/later", At(6, 11, 9, 0), Kharkiv, Day(6, 11), [Weapon.Drone],
            [Claim(ClaimField.Injured, 11, Claimant.Unattributed, "Eleven remain in hospital.")]);

        var incident = Assert.Single(IncidentFusion.Fuse([early, later]));

        Assert.False(incident.Injured.Contested);
        Assert.Equal((11, 21), (incident.Injured.Low!.Value, incident.Injured.High!.Value));
    }

    [Fact]
    public void Fuse_QualifiedFiguresThatOverlap_NotContested()
    {
        var atLeast = Report("https://ministry.example/kharkiv", At(6, 11, 12, 10), Kharkiv, Day(6, 11), [Weapon.Drone],
            [Claim(ClaimField.Injured, 50, Ministry, "More than 50 people were injured.", Qualifier.MoreThan)]);

        var incident = Assert.Single(IncidentFusion.Fuse([.. KharkivNight(), atLeast]));

        Assert.Equal(60, incident.Injured.Value);
        Assert.False(incident.Injured.Contested);
    }

    [Fact]
    public void Fuse_AnalystCorrection_TakesPrecedenceAsNewClaim()
    {
        var correction = Report("vigil:analyst/2025-06-12/1", At(6, 12, 10, 0), Kharkiv, Day(6, 11), [Weapon.Drone],
            [Claim(ClaimField.ChildrenInjured, 8, Analyst, "Hospital lists show eight minors; one was 19.")]);

        var incident = Assert.Single(IncidentFusion.Fuse([.. KharkivNight(), correction]));

        Assert.Equal(8, incident.ChildrenInjured.Value);
        Assert.Equal(ClaimantKind.Analyst, incident.ChildrenInjured.History[^1].Claimant.Kind);
        Assert.Equal(9, incident.ChildrenInjured.History[0].Value);
        Assert.True(incident.ChildrenInjured.Contested);
        Assert.Equal(5, incident.ReportCount);
    }

    [Fact]
    public void Fuse_SameReportUpdatesItself_NotContested()
    {
        var update = Report("https://news.example/live", At(6, 11, 9, 0), Kharkiv, Day(6, 11), [Weapon.Drone],
        [
            Claim(ClaimField.Injured, 45, Newsroom, "The number of wounded has risen to 45.", start: 200),
            Claim(ClaimField.Injured, 40, Newsroom, "Forty were wounded.", start: 0),
        ]);

        var incident = Assert.Single(IncidentFusion.Fuse([update]));

        Assert.Equal(45, incident.Injured.Value);
        Assert.Equal([40, 45], incident.Injured.History.Select(r => r.Value));
        Assert.False(incident.Injured.Contested);
    }
}
