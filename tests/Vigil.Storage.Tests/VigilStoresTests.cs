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

    [Theory]
    [InlineData("postgres://vigil:secret@localhost:5432/vigil", "postgres://vigil:***@localhost:5432/vigil")]
    [InlineData("postgresql://localhost/vigil", "postgresql://localhost/vigil")]
    [InlineData("Host=db;Username=vigil;Password=secret;Database=vigil", "Host=db;Username=vigil;Password=***;Database=vigil")]
    [InlineData("Host=db; pwd = secret", "Host=db; pwd =***")]
    [InlineData("data/vigil.db", "data/vigil.db")]
    public void Redact_Location_PasswordNeverShown(string location, string expected)
    {
        Assert.Equal(expected, VigilStores.Redact(location));
    }
}
