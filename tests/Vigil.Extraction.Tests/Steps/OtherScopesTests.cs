using Vigil.Core;
using Vigil.Extraction.Tests.Support;

namespace Vigil.Extraction.Tests.Steps;

/// <summary>Air-defence tallies, the other side's claims, statements, events and cumulative statistics stay out of incidents.</summary>
public sealed class OtherScopesTests
{
    [Fact]
    public void Extract_PartOfTheWhole_InterceptedAndLaunched()
    {
        var result = Extract.Run("Air defences shot down 563 of the 598 drones launched overnight, the air force said.");
        Assert.Empty(result.Incidents);
        var tally = Assert.Single(result.AirDefense);
        Assert.Equal((598, 563, Weapon.Drone, Side.RU), (tally.Launched, tally.Intercepted, tally.Weapon, tally.Attacker));
    }

    [Fact]
    public void Extract_DronesAndMissiles_OneTallyEach()
    {
        var result = Extract.Run("Overnight Russia launched 440 drones and 32 missiles. Air defence shot down or suppressed 428 drones and 30 missiles.");
        var drones = Assert.Single(result.AirDefense, t => t.Weapon == Weapon.Drone);
        var missiles = Assert.Single(result.AirDefense, t => t.Weapon == Weapon.Missile);
        Assert.Equal((440, 428), (drones.Launched, drones.Intercepted));
        Assert.Equal((32, 30), (missiles.Launched, missiles.Intercepted));
    }

    [Fact]
    public void Extract_ElectronicWarfare_CountsAsIntercepted()
    {
        var result = Extract.Run("Russia launched 120 drones overnight. 71 were shot down; a further 33 were lost to electronic warfare.");
        var tally = Assert.Single(result.AirDefense);
        Assert.Equal((120, 104), (tally.Launched, tally.Intercepted));
        Assert.Equal(33, tally.Suppressed);
    }

    [Fact]
    public void Extract_NightInsideTheDay_DayTotalNotSummed()
    {
        // a later sentence's different figure with no "another"/"also" is a part (the night's share), not an addition
        var result = Extract.Run("Russia's defence ministry said air defences destroyed 174 Ukrainian drones over the past day. During the night, 46 drones were brought down.");
        var tally = Assert.Single(result.AirDefense);
        Assert.Equal((Side.UA, (int?)174), (tally.Attacker, tally.Intercepted));
    }

    [Fact]
    public void Extract_AnotherInTheNextSentence_Adds()
    {
        var result = Extract.Run("Air defence shot down 64 Russian drones overnight. Another 19 drones were shot down by mobile fire groups.");
        var tally = Assert.Single(result.AirDefense);
        Assert.Equal(83, tally.Intercepted);
    }

    [Fact]
    public void Extract_BreakdownAfterColon_TallyIsTheTotal()
    {
        var result = Extract.Run("The ministry said air defences intercepted 58 Ukrainian drones overnight: 21 over the Bryansk Region, 17 over the Kursk Region and 20 over the Belgorod Region.");
        var tally = Assert.Single(result.AirDefense);
        Assert.Equal(58, tally.Intercepted);
    }

    [Fact]
    public void Extract_SameFiguresWithTheEveningTheNightBegan_OneTally()
    {
        var result = Extract.Run("Russian air defences downed 58 Ukrainian drones overnight, the defence ministry said. \"From 10 p.m. on June 10 until 6 a.m., air defence systems intercepted and destroyed 58 Ukrainian drones,\" the ministry wrote.");
        var tally = Assert.Single(result.AirDefense);
        Assert.Equal((58, new DateOnly(2025, 6, 11)), (tally.Intercepted, tally.Date));
    }

    [Fact]
    public void Extract_OtherSidesClaim_AttackerUkraine()
    {
        var result = Extract.Run("Russia's defence ministry said it destroyed 25 Ukrainian drones overnight.");
        var tally = Assert.Single(result.AirDefense);
        Assert.Equal(Side.UA, tally.Attacker);
        Assert.Equal(25, tally.Intercepted);
        Assert.Equal(ClaimScope.AdversaryClaim, tally.Scope);
    }

    [Fact]
    public void Extract_QuotedStatement_SpeakerAndRole()
    {
        var result = Extract.Run("A drone hit Kharkiv overnight. \"We will rebuild everything,\" Mayor Ihor Terekhov wrote on Telegram.");
        var statement = Assert.Single(result.Statements);
        Assert.Equal("Ihor Terekhov", statement.Speaker);
        Assert.Equal("mayor", statement.Role);
        Assert.Equal("Telegram", statement.Channel);
        Assert.Equal("We will rebuild everything", statement.Quote);
    }

    [Fact]
    public void Extract_PronounAfterQuote_LastPersonNamed()
    {
        var result = Extract.Run("Governor Oleh Syniehubov visited the site. \"The rescue work goes on,\" he said.");
        Assert.Equal("Oleh Syniehubov", Assert.Single(result.Statements).Speaker);
    }

    [Fact]
    public void Extract_SurnameAfterQuote_FullNameGivenEarlierWithoutASpeechVerb()
    {
        // the full name comes in a title line with no speech verb, so it is no person mention of its own
        const string text = """
            A missile hit a grain terminal in Mykolaiv. The head of the city defence council, Vasyl Petrenko.

            "The fire is out and nobody was hurt," Petrenko wrote.
            """;
        Assert.Equal("Vasyl Petrenko", Assert.Single(Extract.Run(text).Statements).Speaker);
    }

    [Fact]
    public void Extract_ThePostSaysAfterQuote_TheOfficialWhoJustReported()
    {
        const string text = """
            A drone hit a warehouse in Mykolaiv overnight, regional governor Vitalii Kim reported on Telegram.

            "The fire has been put out, nobody was injured," the post says.
            """;
        Assert.Equal("Vitalii Kim", Assert.Single(Extract.Run(text).Statements).Speaker);
    }

    [Fact]
    public void Extract_TitleEndingInAbbreviationBeforeName_NameOnly()
    {
        var result = Extract.Run("Lviv RMA Maksym Kozytskyi said on Telegram that a drone hit a depot in Lviv.\n\n\"Air defence worked all night,\" he added.");
        Assert.Equal("Maksym Kozytskyi", Assert.Single(result.Statements).Speaker);
    }

    [Fact]
    public void Extract_AbbreviationBeforeASurnameAlone_IsTheTitlesNotTheName()
    {
        var result = Extract.Run("A drone hit a house in Poltava, injuring two people. Later, the head of the RMA Pronin said: \"The enemy attacked the region again.\"");
        Assert.Equal("Pronin", Assert.Single(result.Statements).Speaker);
    }

    [Fact]
    public void Extract_CapitalisedWordAfterQuoteWithNoFullName_NoSpeaker()
    {
        // an agency or a country beside the verb is named nowhere with a forename: no person is made up
        var result = Extract.Run("A missile hit a grain terminal in Mykolaiv. \"The fire is out and nobody was hurt,\" Ukrinform reported.");
        Assert.DoesNotContain(result.Statements, s => s.Speaker is not null);
    }

    [Fact]
    public void Extract_ClaimantOfFigure_FromAccordingTo()
    {
        var incident = Extract.Single("According to the State Emergency Service, three people were injured in Poltava.");
        var claim = Assert.Single(incident.Claims);
        Assert.Equal("emergency service", claim.Claimant.Role);
        Assert.Equal(ClaimantKind.EmergencyService, claim.Claimant.Kind);
    }

    [Theory]
    [InlineData("Ukraine and Russia carried out a prisoner exchange on Tuesday.", EventType.PrisonerExchange)]
    [InlineData("Delegations held peace talks in Istanbul on Monday.", EventType.Talks)]
    [InlineData("Authorities ordered the evacuation of families with children from Kupiansk.", EventType.Evacuation)]
    public void Extract_NonAttackEvent_IsAnEventNotAnIncident(string text, EventType type)
    {
        var result = Extract.Run(text);
        Assert.Empty(result.Incidents);
        Assert.Equal(type, Assert.Single(result.Events).Type);
    }

    [Fact]
    public void Extract_WarLongTotal_IsAStatistic()
    {
        var result = Extract.Run("The UN Human Rights Monitoring Mission says more than 12,000 civilians have been killed since the start of the full-scale invasion.");
        Assert.Empty(result.Incidents);
        var statistic = Assert.Single(result.Statistics);
        Assert.Equal(("civilians_killed_cumulative", 12000L, Qualifier.MoreThan), (statistic.Metric, statistic.Value, statistic.Qualifier));
        Assert.Equal("UN Human Rights Monitoring Mission", statistic.Claimant.Name);
    }

    [Theory]
    [InlineData("Over the past week, Russian shelling of the Kherson region killed 9 civilians and wounded 41, the governor said.", "en")]
    [InlineData("За тиждень обстрілів на Херсонщині загинули 9 мирних жителів, ще 41 поранено, повідомив голова ОВА.", "uk")]
    [InlineData("За неделю обстрелов в Курской области погибли 9 мирных жителей и 41 пострадал, сообщил губернатор.", "ru")]
    public void Extract_WeeksTotal_IsAStatisticNotAnIncident(string text, string language)
    {
        // a week's count over a region is a running total (set P's annotators, set I's month rule), not one attack's toll
        var result = Extract.Run(text, language: language);
        Assert.DoesNotContain(result.Incidents, i => i.Killed == 9 || i.Injured == 41);
        Assert.Contains(result.Statistics, s => s.Metric == "civilians_killed_cumulative" && s.Value == 9);
    }
}
