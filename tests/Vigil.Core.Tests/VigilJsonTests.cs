using System.Text.Json;

namespace Vigil.Core.Tests;

public sealed class VigilJsonTests
{
    [Fact]
    public void Serialize_Enums_UseContractSpelling()
    {
        var json = JsonSerializer.Serialize(new { Weapon = Weapon.GlideBomb, Side = Side.RU, Field = ClaimField.ChildrenKilled }, VigilJson.Compact);
        Assert.Equal("""{"weapon":"glide_bomb","side":"RU","field":"children_killed"}""", json);
    }
}
