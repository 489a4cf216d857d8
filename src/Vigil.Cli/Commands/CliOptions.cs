using System.CommandLine;
using System.Globalization;
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
        Description = $"The store: a SQLite file path (default {VigilStores.DefaultPath}, or the {VigilStores.EnvironmentVariable} variable); a postgres:// URL or Host=… string means PostgreSQL (not supported yet).",
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

    /// <summary>Opens the store the <c>--db</c> option (or <c>VIGIL_DB</c>) names; on failure says why on stderr and returns null.</summary>
    public static IVigilStore? OpenStore(ParseResult parseResult, Option<string?> db)
    {
        try
        {
            return VigilStores.Open(VigilStores.Resolve(parseResult.GetValue(db)));
        }
        catch (StoreException e)
        {
            Console.Error.WriteLine("vigil: " + e.Message);
            return null;
        }
    }

    /// <summary>Writes a one-line error for a store that failed while in use.</summary>
    public static int Fail(StoreException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Console.Error.WriteLine("vigil: " + error.Message);
        return ExitCodes.Usage;
    }
}

/// <summary><c>--from --to --place --oblast --weapon</c>: which incidents a listing or export covers.</summary>
internal sealed class IncidentFilterOptions
{
    private readonly Option<DateOnly?> _from = new("--from") { Description = "First day (YYYY-MM-DD), inclusive.", CustomParser = ParseDate };
    private readonly Option<DateOnly?> _to = new("--to") { Description = "Last day (YYYY-MM-DD), inclusive.", CustomParser = ParseDate };
    private readonly Option<string?> _place = new("--place") { Description = "Place or city district name (canonical English, e.g. Kharkiv)." };
    private readonly Option<string?> _oblast = new("--oblast") { Description = "Oblast name (Kharkiv, Kharkiv Oblast) or ISO 3166-2 code (UA-63)." };
    private readonly Option<string?> _weapon = new("--weapon") { Description = "drone, missile, glide_bomb, artillery, mlrs, aircraft, mine or unknown." };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_from);
        command.Options.Add(_to);
        command.Options.Add(_place);
        command.Options.Add(_oblast);
        command.Options.Add(_weapon);
    }

    public IncidentFilter Read(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new IncidentFilter(
            parseResult.GetValue(_from), parseResult.GetValue(_to),
            parseResult.GetValue(_place), parseResult.GetValue(_oblast), parseResult.GetValue(_weapon));
    }

    private static DateOnly? ParseDate(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"'{text}' is not a date: use YYYY-MM-DD.");
        return null;
    }
}
