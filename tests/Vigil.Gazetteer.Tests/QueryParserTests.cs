namespace Vigil.Gazetteer.Tests;

public sealed class QueryParserTests
{
    private static readonly QueryParser Parser = new(File.ReadAllText(Path.Combine(RepoPaths.Data, "curated", "wrappers.tsv")));

    [Theory]
    [InlineData("Kharkiv's", "Kharkiv", PlaceIntent.Any, null)]
    [InlineData("Kharkiv’s", "Kharkiv", PlaceIntent.Any, null)]
    [InlineData("the Kharkiv region", "Kharkiv", PlaceIntent.Oblast, null)]
    [InlineData("Sumy oblast", "Sumy", PlaceIntent.Oblast, null)]
    [InlineData("the city of Dnipro", "Dnipro", PlaceIntent.City, null)]
    [InlineData("the village of Antonivka", "Antonivka", PlaceIntent.Settlement, null)]
    [InlineData("the Kyivskyi district of Odesa", "Kyivskyi", PlaceIntent.District, "Odesa")]
    [InlineData("Kharkiv's Saltivskyi district", "Saltivskyi", PlaceIntent.District, "Kharkiv")]
    [InlineData("Zolochiv, Kharkiv Oblast", "Zolochiv", PlaceIntent.Any, "Kharkiv Oblast")]
    [InlineData("Zolochiv (Kharkiv region)", "Zolochiv", PlaceIntent.Any, "Kharkiv region")]
    [InlineData("Pokrovsk raion", "Pokrovsk", PlaceIntent.Raion, null)]
    [InlineData("м. Харків", "Харків", PlaceIntent.City, null)]
    public void Parse_WrappedMention_CoreIntentAndContainer(string text, string core, PlaceIntent intent, string? container)
    {
        var parsed = Parser.Parse(text);

        Assert.Equal(core, parsed.Core);
        Assert.Equal(intent, parsed.Intent);
        Assert.Equal(container, parsed.Container);
    }
}
