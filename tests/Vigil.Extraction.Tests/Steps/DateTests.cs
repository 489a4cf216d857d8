using Vigil.Extraction.Tests.Support;

namespace Vigil.Extraction.Tests.Steps;

/// <summary>Dates resolve against the publication date (Wednesday 2025-06-11); an overnight attack takes the day the night ends on.</summary>
public sealed class DateTests
{
    [Theory]
    [InlineData("Russian drones hit Kharkiv overnight, injuring two people.", "2025-06-11")]
    [InlineData("Russian drones hit Kharkiv last night, injuring two people.", "2025-06-11")]
    [InlineData("Russian drones hit Kharkiv early Wednesday, injuring two people.", "2025-06-11")]
    [InlineData("Russian drones hit Kharkiv on Tuesday, injuring two people.", "2025-06-10")]
    [InlineData("Russian drones hit Kharkiv on Monday night, injuring two people.", "2025-06-10")]
    [InlineData("Russian drones hit Kharkiv overnight into Tuesday, injuring two people.", "2025-06-10")]
    [InlineData("Friday's attack on Kharkiv injured two people.", "2025-06-06")]
    [InlineData("Russian drones hit Kharkiv yesterday, injuring two people.", "2025-06-10")]
    [InlineData("Russian drones hit Kharkiv on 1 June, injuring two people.", "2025-06-01")]
    [InlineData("Russian drones hit Kharkiv on December 1, injuring two people.", "2024-12-01")]
    public void Extract_RelativeDate_ResolvedAgainstPublication(string text, string expected)
    {
        var incident = Extract.Single(text);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), incident.Date);
        Assert.Equal(Vigil.Core.DatePrecision.Day, incident.DatePrecision);
    }

    [Fact]
    public void Extract_DateOnlyInALaterRecapOfAnotherPlace_NotTheUndatedIncidentsDate()
    {
        const string text = """
            A recent rocket strike on Nikopol killed four people and wounded eleven, the police said.

            Other attacks this spring: on May 12, two people were killed by shelling in Kharkiv.
            """;
        var result = Extract.Run(text);

        var incident = Assert.Single(result.Incidents, i => i.Place?.Name == "Nikopol");
        Assert.Equal(Extract.Published, incident.Date);
        Assert.Equal(Vigil.Core.DatePrecision.Reported, incident.DatePrecision);
    }

    [Fact]
    public void Extract_ArchivePhotoCaptionsDate_IsNotTheAttacksDate()
    {
        const string text = """
            Archive photo: the central square of Kupiansk, Kharkiv Oblast, on Oct. 8, 2023.

            Russian artillery shelled Kupiansk, killing a man, the governor said on Monday.
            """;
        var incident = Extract.Single(text);

        Assert.Equal(new DateOnly(2025, 6, 9), incident.Date);
        Assert.Equal(1, incident.Killed);
    }

    [Fact]
    public void Extract_NoDateInText_PublicationDateReported()
    {
        var incident = Extract.Single("Russian drones hit Kharkiv, injuring two people.");
        Assert.Equal(Extract.Published, incident.Date);
        Assert.Equal(Vigil.Core.DatePrecision.Reported, incident.DatePrecision);
    }
}
