using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Vigil.Application;
using Vigil.Application.Filters;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary>Exit codes of every command: 1 when some input failed, 2 for usage or input errors.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int Usage = 2;
}

/// <summary>Options several commands share.</summary>
internal static class CliOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = $"The store: a SQLite file path (default {VigilStores.DefaultPath}, or the {VigilStores.EnvironmentVariable} variable); a postgres:// URL or Host=… string means PostgreSQL.",
        HelpName = "PATH|URL",
    };

    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format", "-f")
        {
            Description = "Output format: " + string.Join(", ", allowed) + ".",
            DefaultValueFactory = _ => defaultValue,
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    /// <summary>
    /// Opens the store the <c>--db</c> option (or <c>VIGIL_DB</c>) names; on failure says why on
    /// stderr and returns null. Read commands pass <see cref="StoreAccess.ReadOnly"/>: a missing
    /// file is an error, never a new empty store.
    /// </summary>
    public static IVigilStore? OpenStore(ParseResult parseResult, Option<string?> db, StoreAccess access = StoreAccess.ReadOnly)
    {
        try
        {
            return VigilStoreFactory.Open(StoreOptions(parseResult, db).Location, access);
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine("vigil: " + e.Message);
            return null;
        }
    }

    /// <summary>The store options: configuration (<c>Vigil__Db</c>), <c>VIGIL_DB</c>, then <c>--db</c> winning.</summary>
    public static VigilStoreOptions StoreOptions(ParseResult parseResult, Option<string?> db)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return VigilStoreOptions.From(Configuration.Value, parseResult.GetValue(db));
    }

    private static readonly Lazy<IConfiguration> Configuration = new(() => new ConfigurationBuilder().AddEnvironmentVariables().Build());

    /// <summary>Writes a one-line error for a store that failed while in use.</summary>
    public static int Fail(StoreException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Console.Error.WriteLine("vigil: " + error.Message);
        return ExitCodes.Usage;
    }
}

/// <summary>
/// <c>--from --to --place --oblast --weapon --min-killed --min-injured --min-casualties --bbox --text</c>:
/// which incidents a listing or export covers, checked by the same parser as the API's filters.
/// </summary>
internal sealed class IncidentFilterOptions
{
    private static readonly Lazy<IncidentFilterParser> Parser = new(() => new IncidentFilterParser());

    private readonly Option<string?> _from = new("--from") { Description = "First day (YYYY-MM-DD), inclusive.", HelpName = "DATE" };
    private readonly Option<string?> _to = new("--to") { Description = "Last day (YYYY-MM-DD), inclusive.", HelpName = "DATE" };
    private readonly Option<string?> _place = new("--place") { Description = "Place or city district, any spelling the gazetteer knows (Kharkiv, Kharkov, Харків)." };
    private readonly Option<string?> _oblast = new("--oblast") { Description = "Oblast name (Kharkiv, Kharkiv Oblast, Харківська область) or ISO 3166-2 code (UA-63)." };
    private readonly Option<string[]> _weapon = new("--weapon") { Description = "drone, missile, glide_bomb, artillery, mlrs, aircraft, mine or unknown; repeat or comma-separate for any of several.", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string?> _minKilled = new("--min-killed") { Description = "At least N killed (current figure).", HelpName = "N" };
    private readonly Option<string?> _minInjured = new("--min-injured") { Description = "At least N injured (current figure).", HelpName = "N" };
    private readonly Option<string?> _minCasualties = new("--min-casualties") { Description = "At least N killed and injured together.", HelpName = "N" };
    private readonly Option<string?> _bbox = new("--bbox") { Description = "minLon,minLat,maxLon,maxLat (WGS 84).", HelpName = "BOX" };
    private readonly Option<string?> _text = new("--text") { Description = "Words in the text of one of the incident's reports.", HelpName = "WORDS" };

    private static readonly Dictionary<string, string> OptionNames = new(StringComparer.Ordinal)
    {
        [FilterNames.From] = "--from", [FilterNames.To] = "--to", [FilterNames.Place] = "--place", [FilterNames.Oblast] = "--oblast",
        [FilterNames.Weapon] = "--weapon", [FilterNames.MinKilled] = "--min-killed", [FilterNames.MinInjured] = "--min-injured",
        [FilterNames.MinCasualties] = "--min-casualties", [FilterNames.Bbox] = "--bbox", [FilterNames.Text] = "--text",
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { _from, _to, _place, _oblast, _weapon, _minKilled, _minInjured, _minCasualties, _bbox, _text })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The filter, or null after writing one line per problem to stderr.</summary>
    public IncidentFilter? Read(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var result = Parser.Value.Parse(new FilterInput(
            parseResult.GetValue(_from), parseResult.GetValue(_to), parseResult.GetValue(_oblast), parseResult.GetValue(_place),
            parseResult.GetValue(_weapon), parseResult.GetValue(_minKilled), parseResult.GetValue(_minInjured),
            parseResult.GetValue(_minCasualties), parseResult.GetValue(_bbox), parseResult.GetValue(_text)));
        foreach (var (name, messages) in result.Errors)
        {
            foreach (var message in messages)
            {
                Console.Error.WriteLine($"vigil: {OptionNames.GetValueOrDefault(name, name)}: {message}");
            }
        }

        return result.Filter;
    }
}
