using Vigil.Gazetteer.Text;

namespace Vigil.Gazetteer.Tests.Text;

public sealed class RaionCentreNamesTests
{
    [Theory]
    [InlineData("ніжинщині", "ніжин")]
    [InlineData("синельниковщина", "синельникове")]
    [InlineData("синельниковщина", "синельниково")]
    [InlineData("охтирщина", "охтирка")]
    [InlineData("прилуччина", "прилуки")]
    [InlineData("пологівщина", "пологи")]
    public void OfLand_LandForm_CentreAmongCandidates(string land, string centre)
    {
        Assert.Contains(centre, RaionCentreNames.OfLand(land));
    }

    [Theory]
    [InlineData("измаильском", "измаил")]
    [InlineData("пологовскому", "пологи")]
    [InlineData("глушковском", "глушково")]
    [InlineData("ніжинського", "ніжин")]
    [InlineData("лубенському", "лубни")]
    [InlineData("роменського", "ромни")]
    [InlineData("кременчуцькому", "кременчук")]
    public void OfAdjective_RaionAdjective_CentreAmongCandidates(string adjective, string centre)
    {
        Assert.Contains(centre, RaionCentreNames.OfAdjective(adjective));
    }

    [Theory]
    [InlineData("ніжин")]
    [InlineData("харків")]
    [InlineData("ніжинщина район")]
    public void OfLand_NotALand_Empty(string key)
    {
        Assert.Empty(RaionCentreNames.OfLand(key));
    }
}
