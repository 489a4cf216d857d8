using Vigil.Core;
using Vigil.Extraction.Tests.Support;

namespace Vigil.Extraction.Tests.Steps;

/// <summary>Issue 7, English precision pass (en8): interceptions named by reference, region-wide counts, children's field.</summary>
public sealed class PrecisionPassTests
{
    [Theory]
    [InlineData("Russia launched 20 drones and a cruise missile overnight, the air force said. Air defences destroyed the missile and 15 of the drones.", 1, 1)]
    [InlineData("Overnight Russia attacked with 30 drones and two ballistic missiles, the air force said, shooting down 22 drones and both missiles.", 2, 2)]
    public void Extract_MissileNamedByReference_InterceptedFromLaunchCount(string text, int launched, int intercepted)
    {
        var result = Extract.Run(text);
        var missiles = Assert.Single(result.AirDefense, t => t.Weapon == Weapon.Missile);
        Assert.Equal((launched, intercepted), (missiles.Launched, missiles.Intercepted));
    }

    [Fact]
    public void Extract_AllOfThem_EveryWeaponIntercepted()
    {
        var result = Extract.Run("At night the enemy launched three missiles and eight drones. Air defence shot down all of them, the air force said.");
        Assert.Equal((3, 3), Assert.Single(result.AirDefense, t => t.Weapon == Weapon.Missile) is var m ? (m.Launched, m.Intercepted) : default);
        Assert.Equal((8, 8), Assert.Single(result.AirDefense, t => t.Weapon == Weapon.Drone) is var d ? (d.Launched, d.Intercepted) : default);
    }

    [Fact]
    public void Extract_NOfWhich_InterceptedPartOfLaunched()
    {
        var tally = Assert.Single(Extract.Run("The air force said Russia sent a total of 80 drones overnight, 61 of which were shot down.").AirDefense);
        Assert.Equal((80, 61), (tally.Launched, tally.Intercepted));
    }

    [Fact]
    public void Extract_CountOverSeveralWeapons_NotSplit()
    {
        Assert.Empty(Extract.Run("Ukraine says Russia launched 52 missiles, drones in overnight attack").AirDefense);
    }

    [Fact]
    public void Extract_RegionBreakdownAfterMinistryTotal_OneTally()
    {
        var result = Extract.Run("Russia's defence ministry said it destroyed 40 Ukrainian drones overnight. It said 25 drones were shot down over the Kaluga Region and 15 over the Tula Region.");
        var tally = Assert.Single(result.AirDefense);
        Assert.Equal((Side.UA, 40), (tally.Attacker, tally.Intercepted));
    }

    [Fact]
    public void Extract_CountAcrossTheRegion_NotTheTownsFigure()
    {
        var incident = Extract.Single("In Kharkiv Oblast, one man was killed in Balakliia and six more injured across the region, the governor said.");
        Assert.Equal(1, incident.Killed);
        Assert.Null(incident.Injured);
    }

    [Fact]
    public void Extract_IncludingChildAfterTollNoun_ChildOfTheNearestFigure()
    {
        var incident = Extract.Single("A missile struck Zaporizhzhia. So far, by the rescuers' toll, there are two women killed, six residents injured, including a four-year-old boy.");
        Assert.Equal((2, 6), (incident.Killed, incident.Injured));
        Assert.Null(incident.ChildrenKilled);
        Assert.Equal(1, incident.ChildrenInjured);
    }

    [Fact]
    public void Extract_ChildAmongDeadAndWounded_NeitherChildField()
    {
        var incident = Extract.Single("A missile struck Chernihiv on Monday. The governor said four people had died and nine more were hurt, with a child among the victims.");
        Assert.Null(incident.ChildrenKilled);
        Assert.Null(incident.ChildrenInjured);
    }

    [Fact]
    public void Extract_OutsideTheCapital_NotTheIncidentPlace()
    {
        var incident = Extract.Single("Drone debris injured three people in the Zhytomyr region outside the capital Kyiv, officials said.");
        Assert.Equal("Zhytomyr Oblast", incident.Place?.Name);
    }
}
