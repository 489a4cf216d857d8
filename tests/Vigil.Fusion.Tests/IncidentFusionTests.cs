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
    }
}
