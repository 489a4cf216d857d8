using Microsoft.Extensions.Configuration;
using Vigil.Storage;

namespace Vigil.Application;

/// <summary>
/// Where the store is: bound from configuration section <c>Vigil</c> (<c>Vigil:Db</c>, or the
/// <c>VIGIL_DB</c> environment variable), overridden by <c>--db</c>.
/// </summary>
public sealed class VigilStoreOptions
{
    public const string Section = "Vigil";

    /// <summary>A SQLite file path, or a PostgreSQL URL / connection string.</summary>
    public string? Db { get; set; }

    /// <summary>The location to open: <see cref="Db"/> when set, else <c>VIGIL_DB</c>, else the default file.</summary>
    public string Location => VigilStores.Resolve(Db);

    /// <summary>The options from configuration, with <paramref name="dbOption"/> (the command line) winning.</summary>
    public static VigilStoreOptions From(IConfiguration? configuration, string? dbOption = null)
    {
        var options = new VigilStoreOptions();
        configuration?.GetSection(Section).Bind(options);
        if (!string.IsNullOrWhiteSpace(dbOption))
        {
            options.Db = dbOption;
        }

        return options;
    }
}
