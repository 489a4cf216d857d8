using System.CommandLine;
using System.Globalization;
using System.Text;
using Vigil.Application;
using Vigil.Application.Accounts;
using Vigil.Storage;
using Vigil.Storage.Accounts;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil users add NAME --role ROLE</c> (password from a prompt without echo, or the first line
/// of standard input in a pipe), <c>vigil users list</c>; <c>vigil token create --role ROLE --name NAME</c>
/// (prints the token, the only time it is shown), <c>vigil token revoke NAME</c>.
/// </summary>
internal static class AccountCommands
{
    public static Command Users()
    {
        var command = new Command("users", "Manage the accounts people sign in to the dashboard with.");

        var db = CliOptions.Db();
        var name = new Argument<string>("NAME") { Description = "The account name: letters, digits and . _ - @." };
        var role = Role();
        var add = new Command("add", "Add an account; the password is asked for (no echo) or read from the first line of standard input.") { db, name, role };
        add.SetAction(parseResult => AddUser(parseResult, db, parseResult.GetValue(name)!, parseResult.GetValue(role)!));
        command.Subcommands.Add(add);

        var listDb = CliOptions.Db();
        var list = new Command("list", "List the accounts with their roles.") { listDb };
        list.SetAction(parseResult => ListUsers(parseResult, listDb));
        command.Subcommands.Add(list);
        return command;
    }

    public static Command Token()
    {
        var command = new Command("token", "Manage the bearer tokens programs use.");

        var db = CliOptions.Db();
        var role = Role();
        var name = new Option<string>("--name") { Description = "The token's name (to revoke it by).", Required = true, HelpName = "NAME" };
        var create = new Command("create", "Create a token and print it: it is shown this once and stored only as a hash.") { db, role, name };
        create.SetAction(parseResult => CreateToken(parseResult, db, parseResult.GetValue(name)!, parseResult.GetValue(role)!));
        command.Subcommands.Add(create);

        var revokeDb = CliOptions.Db();
        var revokeName = new Argument<string>("NAME") { Description = "The token's name." };
        var revoke = new Command("revoke", "Revoke a token: it stops working at once.") { revokeDb, revokeName };
        revoke.SetAction(parseResult => RevokeToken(parseResult, revokeDb, parseResult.GetValue(revokeName)!));
        command.Subcommands.Add(revoke);
        return command;
    }

    private static Option<string> Role()
    {
        var role = new Option<string>("--role") { Description = "viewer (reads), analyst (reads and submits reports) or admin (also accounts and tokens).", Required = true, HelpName = "ROLE" };
        role.AcceptOnlyFromAmong("viewer", "analyst", "admin");
        return role;
    }

    private static int AddUser(ParseResult parseResult, Option<string?> db, string name, string roleText)
    {
        var role = AccountService.ParseRole(roleText)!.Value;
        if (AccountService.CheckName(name) is { } nameError)
        {
            return Fail(nameError);
        }

        var password = ReadPassword(name);
        if (password is null)
        {
            return Fail("no password given on standard input");
        }

        if (AccountService.CheckPassword(password) is { } passwordError)
        {
            return Fail(passwordError);
        }

        return WithStore(parseResult, db, store =>
        {
            var (account, error) = new AccountService().AddUser(store.Accounts(), name, role, password);
            if (account is null)
            {
                return Fail(error!);
            }

            CliAudit.Write(store, "user.add", account.Name, null, new { account.Name, Role = AccountService.RoleName(account.Role) });

            Console.Out.WriteLine($"Added {account.Name} ({AccountService.RoleName(account.Role)}).");
            return ExitCodes.Ok;
        });
    }

    private static int ListUsers(ParseResult parseResult, Option<string?> db) => WithStore(parseResult, db, store =>
    {
        var users = store.Accounts().Users();
        if (users.Count == 0)
        {
            Console.Out.WriteLine("No accounts; `vigil users add NAME --role admin` adds one.");
            return ExitCodes.Ok;
        }

        foreach (var user in users)
        {
            var locked = user.LockedUntil is { } until && until > DateTimeOffset.UtcNow
                ? " locked until " + until.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)
                : string.Empty;
            Console.Out.WriteLine($"{user.Name,-24} {AccountService.RoleName(user.Role),-8} since {user.Created.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{locked}");
        }

        return ExitCodes.Ok;
    }, StoreAccess.ReadOnly);

    private static int CreateToken(ParseResult parseResult, Option<string?> db, string name, string roleText)
    {
        var role = AccountService.ParseRole(roleText)!.Value;
        if (AccountService.CheckName(name) is { } nameError)
        {
            return Fail(nameError);
        }

        return WithStore(parseResult, db, store =>
        {
            var (token, record, error) = new AccountService().CreateToken(store.Accounts(), name, role);
            if (token is null || record is null)
            {
                return Fail(error!);
            }

            CliAudit.Write(store, "token.create", record.Name, null, new { record.Name, Role = AccountService.RoleName(record.Role) });

            // The token alone on stdout, so scripts can capture it; the note goes to stderr.
            Console.Out.WriteLine(token);
            Console.Error.WriteLine($"Token '{record.Name}' ({AccountService.RoleName(record.Role)}) created; it is not shown again. Send it as 'Authorization: Bearer TOKEN'.");
            return ExitCodes.Ok;
        });
    }

    private static int RevokeToken(ParseResult parseResult, Option<string?> db, string name) => WithStore(parseResult, db, store =>
    {
        if (!store.Accounts().RevokeToken(name, DateTimeOffset.UtcNow))
        {
            return Fail($"no unrevoked token named '{name}'");
        }

        CliAudit.Write(store, "token.revoke", name, new { Name = name, Revoked = false }, new { Name = name, Revoked = true });

        Console.Out.WriteLine($"Revoked {name}.");
        return ExitCodes.Ok;
    });

    private static int WithStore(ParseResult parseResult, Option<string?> db, Func<IVigilStore, int> action, StoreAccess access = StoreAccess.ReadWrite)
    {
        try
        {
            using var store = VigilStoreFactory.Open(CliOptions.StoreOptions(parseResult, db).Location, access);
            return action(store);
        }
        catch (StoreException e)
        {
            return CliOptions.Fail(e);
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine("vigil: " + message);
        return ExitCodes.Usage;
    }

    /// <summary>From a terminal: a prompt and keys read without echo. From a pipe: the first line.</summary>
    private static string? ReadPassword(string name)
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }

        Console.Error.Write($"Password for {name}: ");
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (password.Length > 0)
                {
                    password.Length--;
                }

                continue;
            }

            if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return password.ToString();
    }
}
