using Vigil.Application.Filters;
using Vigil.Storage;

namespace Vigil.Application.Tests.Filters;

/// <summary>The one filter parser of the command line and the API, against the real gazetteer.</summary>
public sealed class IncidentFilterParserTests
{
    private static readonly IncidentFilterParser Parser = new();

    private static IncidentFilter Valid(FilterInput input)
    {
        var result = Parser.Parse(input);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Key + ": " + string.Join(", ", e.Value))));
        return result.Filter!;
    }

    private static string[] ErrorsOf(FilterInput input)
    {
        var result = Parser.Parse(input);
        Assert.Null(result.Filter);
        return [.. result.Errors.Keys.Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Parse_Nothing_EmptyFilter()
    {
        var filter = Valid(new FilterInput());

        Assert.Equal(new IncidentFilter(), filter with { Weapons = [] });
        Assert.Empty(filter.Weapons);
    }

    [Theory]
    [InlineData("Kharkiv", "UA-63")]
    [InlineData("Kharkiv Oblast", "UA-63")]
    [InlineData("kharkiv oblast", "UA-63")]
    [InlineData("Харківська область", "UA-63")]
    [InlineData("ua-63", "UA-63")]
    [InlineData("Odesa", "UA-51")]
    [InlineData("Odessa", "UA-51")]
    [InlineData("Dnipropetrovsk", "UA-12")]
    public void Parse_OblastAnySpelling_IsoCode(string oblast, string code)
    {
        Assert.Equal(code, Valid(new FilterInput(Oblast: oblast)).Oblast);
    }

    [Theory]
    [InlineData("Narnia")]
    [InlineData("UA-99")]
    [InlineData("Belgorod")]
    public void Parse_UnknownOrForeignOblast_Error(string oblast)
    {
        Assert.Equal(["oblast"], ErrorsOf(new FilterInput(Oblast: oblast)));
    }

    [Theory]
    [InlineData("Kharkiv", "Kharkiv")]
    [InlineData("Kharkov", "Kharkiv")]
    [InlineData("Харків", "Kharkiv")]
    [InlineData("Zaporozhye", "Zaporizhzhia")]
    [InlineData("Saltivskyi district", "Saltivskyi")]
    public void Parse_PlaceAnySpelling_CanonicalName(string place, string canonical)
    {
        Assert.Equal(canonical, Valid(new FilterInput(Place: place)).Place);
    }

    [Fact]
    public void Parse_UnknownPlace_Error()
    {
        Assert.Equal(["place"], ErrorsOf(new FilterInput(Place: "Atlantisville")));
    }

    [Fact]
    public void Parse_WeaponsRepeatedAndCommaSeparated_DistinctContractNames()
    {
        var filter = Valid(new FilterInput(Weapons: ["drone,Glide_Bomb", "drone", " mlrs "]));

        Assert.Equal(["drone", "glide_bomb", "mlrs"], filter.Weapons);
    }

    [Theory]
    [InlineData("laser")]
    [InlineData("drones")]
    [InlineData("drone,,laser")]
    public void Parse_UnknownWeapon_Error(string weapon)
    {
        Assert.Equal(["weapon"], ErrorsOf(new FilterInput(Weapons: [weapon])));
    }

    [Theory]
    [InlineData("2025-09-18", "2025-09-18", true)]
    [InlineData("2025-09-01", "2025-09-30", true)]
    [InlineData("2025-09-30", "2025-09-01", false)]
    [InlineData("2025-02-30", null, false)]
    [InlineData("18/09/2025", null, false)]
    [InlineData("2025-9-18", null, false)]
    public void Parse_Dates_InclusiveRangeOrError(string from, string? to, bool valid)
    {
        var result = Parser.Parse(new FilterInput(From: from, To: to));

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.True(result.Errors.ContainsKey("from"));
        }
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("12", 12)]
    [InlineData(" 3 ", 3)]
    public void Parse_Minimums_NonNegativeIntegers(string text, int value)
    {
        var filter = Valid(new FilterInput(MinKilled: text, MinInjured: text, MinCasualties: text));

        Assert.Equal((value, value, value), (filter.MinKilled!.Value, filter.MinInjured!.Value, filter.MinCasualties!.Value));
    }

    [Fact]
    public void Parse_BadMinimums_OneErrorEach()
    {
        Assert.Equal(["min_casualties", "min_injured", "min_killed"], ErrorsOf(new FilterInput(MinKilled: "-1", MinInjured: "1.5", MinCasualties: "many")));
    }

    [Fact]
    public void Parse_Bbox_FourNumbersInvariantCulture()
    {
        Assert.Equal(new GeoBox(35.5, 49.5, 37, 50.25), Valid(new FilterInput(Bbox: "35.5, 49.5,37,50.25")).Bbox);
    }

    [Theory]
    [InlineData("1,2,3")]
    [InlineData("1,2,3,4,5")]
    [InlineData("35,5;49,5;37;50")]
    [InlineData("37,49,35,50")]
    [InlineData("35,51,37,50")]
    [InlineData("-181,0,0,10")]
    [InlineData("0,-91,10,10")]
    [InlineData("NaN,0,1,1")]
    public void Parse_BadBbox_Error(string bbox)
    {
        Assert.Equal(["bbox"], ErrorsOf(new FilterInput(Bbox: bbox)));
    }

    [Fact]
    public void Parse_TextAtTheLimit_KeptTrimmed()
    {
        var text = new string('a', IncidentFilterParser.MaxTextLength);

        Assert.Equal(text, Valid(new FilterInput(Text: "  " + text + " ")).Text);
        Assert.Equal(["q"], ErrorsOf(new FilterInput(Text: text + "a")));
    }

    [Fact]
    public void Parse_SeveralBad_EveryParameterNamed()
    {
        Assert.Equal(["bbox", "from", "oblast", "weapon"], ErrorsOf(new FilterInput(From: "x", Oblast: "Narnia", Weapons: ["laser"], Bbox: "1")));
    }
}
