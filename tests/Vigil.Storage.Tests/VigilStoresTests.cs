namespace Vigil.Storage.Tests;

public sealed class VigilStoresTests
{
    [Theory]
    [InlineData("cli.db", "env.db", "cli.db")]
    [InlineData(null, "env.db", "env.db")]
    [InlineData("", "  ", "data/vigil.db")]
    [InlineData(null, null, "data/vigil.db")]
    public void Resolve_OptionThenEnvironmentThenDefault(string? option, string? environment, string expected)
    {
        Assert.Equal(expected.Replace('/', Path.DirectorySeparatorChar), VigilStores.Resolve(option, environment));
    }

    [Theory]
    [InlineData("postgres://vigil:secret@localhost:5432/vigil", true)]
    [InlineData("postgresql://localhost/vigil", true)]
    [InlineData("Host=localhost;Database=vigil;Username=vigil", true)]
    [InlineData("  host = db.example.org ; Port=5432", true)]
    [InlineData("data/vigil.db", false)]
    [InlineData("/tmp/Host=odd/vigil.db", false)]
    [InlineData("hostile.db", false)]
    public void IsPostgres_Location_Classified(string location, bool expected)
    {
        Assert.Equal(expected, VigilStores.IsPostgres(location));
    }

    [Fact]
    public void Open_PostgresUrl_ClearErrorWithoutPassword()
    {
        var error = Assert.Throws<StoreException>(() => VigilStores.Open("postgres://vigil:secret@localhost:5432/vigil"));

        Assert.StartsWith("PostgreSQL is not supported yet", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }
}
