using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Vigil.Application;
using Vigil.Application.Alerts;
using Vigil.Application.Filters;
using Vigil.Storage;
using Vigil.Storage.Alerts;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil alerts add NAME --owner ACCOUNT [--place] [--oblast] [--weapon]… [--min-killed]
/// [--min-injured] [--min-casualties] [--source-alerts] [--webhook URL [--secret S]]</c> (prints the
/// webhook secret, the only time it is shown), <c>vigil alerts list</c>, <c>vigil alerts remove ID</c>.
/// The rules are the API's (<c>/api/v1/alerts/rules</c>); <c>vigil serve</c> delivers them.
/// </summary>
internal static class AlertsCommand
{
    public static Command Create()
    {
        var command = new Command("alerts", "Manage watch rules: which new or changed incidents to send to a webhook (docs/alerts.md).");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        return command;
    }

    private static Command Add()
    {
        var db = CliOptions.Db();
        var name = new Argument<string>("NAME") { Description = "What the rule is called (in the webhook body)." };
        var owner = new Option<string>("--owner") { Description = "The account the rule belongs to (who sees it in the API).", Required = true, HelpName = "ACCOUNT" };
        var place = new Option<string?>("--place") { Description = "A place as reports write it (Kharkov, Харків): its incidents only.", HelpName = "NAME" };
        var oblast = new Option<string?>("--oblast") { Description = "An oblast by name or ISO code (UA-63).", HelpName = "NAME|CODE" };
        var weapon = new Option<string[]>("--weapon") { Description = "Any of these weapons (repeatable or comma-separated).", HelpName = "WEAPON", AllowMultipleArgumentsPerToken = true };
        var minKilled = new Option<string?>("--min-killed") { Description = "At least this many killed.", HelpName = "N" };
        var minInjured = new Option<string?>("--min-injured") { Description = "At least this many injured.", HelpName = "N" };
        var minCasualties = new Option<string?>("--min-casualties") { Description = "At least this many killed and injured together.", HelpName = "N" };
        var sources = new Option<bool>("--source-alerts") { Description = "Also send source-silence alerts." };
        var webhook = new Option<string?>("--webhook") { Description = "Where to POST matching changes (http or https).", HelpName = "URL" };
        var secret = new Option<string?>("--secret") { Description = "The HMAC secret (16+ characters); a random one is made and printed when left out.", HelpName = "SECRET" };
        var allowPrivate = new Option<bool>("--allow-private-webhooks") { Description = "Accept a webhook on a private network or loopback (serve needs the same option)." };
        var add = new Command("add", "Add a watch rule; every condition given must hold.")
        {
            db, name, owner, place, oblast, weapon, minKilled, minInjured, minCasualties, sources, webhook, secret, allowPrivate,
        };
        add.SetAction(parseResult =>
        {
            var input = new RuleInput(parseResult.GetValue(name), parseResult.GetValue(place), parseResult.GetValue(oblast), parseResult.GetValue(weapon),
                parseResult.GetValue(minKilled), parseResult.GetValue(minInjured), parseResult.GetValue(minCasualties), parseResult.GetValue(sources),
                parseResult.GetValue(webhook), parseResult.GetValue(secret));
            var options = new AlertOptions { AllowPrivateNetworks = parseResult.GetValue(allowPrivate), AllowLoopback = parseResult.GetValue(allowPrivate) };
            var result = new WatchRules(new IncidentFilterParser(), options).Create(input, parseResult.GetValue(owner)!);
            if (result.Rule is not { } rule)
            {
                foreach (var (field, messages) in result.Errors)
                {
                    foreach (var message in messages)
                    {
                        Console.Error.WriteLine($"vigil: {Option(field)}: {message}");
                    }
                }

                return ExitCodes.Usage;
            }

            return WithStore(parseResult, db, StoreAccess.ReadWrite, alerts =>
            {
                var stored = alerts.AddRule(rule);
                Console.Out.WriteLine($"Added rule {stored.Id.ToString(CultureInfo.InvariantCulture)} '{stored.Name}' for {stored.Owner}.");
                if (stored.Secret is { } made && string.IsNullOrEmpty(parseResult.GetValue(secret)))
                {
                    Console.Out.WriteLine("Webhook secret (shown this once): " + made);
                }

                return ExitCodes.Ok;
            });
        });
        return add;
    }

    private static Command List()
    {
        var db = CliOptions.Db();
        var owner = new Option<string?>("--owner") { Description = "Only this account's rules.", HelpName = "ACCOUNT" };
        var format = CliOptions.Format("table", "table", "json");
        var list = new Command("list", "List the watch rules (never their secrets).") { db, owner, format };
        list.SetAction(parseResult => WithStore(parseResult, db, StoreAccess.ReadOnly, alerts =>
        {
            var rules = alerts.Rules(parseResult.GetValue(owner));
            if (parseResult.GetValue(format) == "json")
            {
                var shown = rules.Select(r => new
                {
                    id = r.Id, name = r.Name, owner = r.Owner, place = r.Place, oblast = r.Oblast, weapons = r.Weapons,
                    min_killed = r.MinKilled, min_injured = r.MinInjured, min_casualties = r.MinCasualties,
                    source_alerts = r.SourceAlerts, webhook_url = r.WebhookUrl, created = r.Created,
                });
                Console.Out.WriteLine(JsonSerializer.Serialize(shown));
                return ExitCodes.Ok;
            }

            if (rules.Count == 0)
            {
                Console.Out.WriteLine("No watch rules; `vigil alerts add NAME --owner ACCOUNT --oblast UA-63 --webhook URL` adds one.");
                return ExitCodes.Ok;
            }

            foreach (var r in rules)
            {
                var conditions = new[]
                {
                    r.Place is null ? null : "place " + r.Place,
                    r.Oblast is null ? null : "oblast " + r.Oblast,
                    r.Weapons.Count == 0 ? null : "weapon " + string.Join('|', r.Weapons),
                    r.MinKilled is { } k ? string.Create(CultureInfo.InvariantCulture, $"killed>={k}") : null,
                    r.MinInjured is { } i ? string.Create(CultureInfo.InvariantCulture, $"injured>={i}") : null,
                    r.MinCasualties is { } c ? string.Create(CultureInfo.InvariantCulture, $"casualties>={c}") : null,
                    r.SourceAlerts ? "source alerts" : null,
                }.OfType<string>().ToList();
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Id,4}  {r.Name,-24} {r.Owner,-16} {(conditions.Count == 0 ? "every incident" : string.Join(", ", conditions))}  → {r.WebhookUrl ?? "(no webhook)"}"));
            }

            return ExitCodes.Ok;
        }));
        return list;
    }

    private static Command Remove()
    {
        var db = CliOptions.Db();
        var id = new Argument<long>("ID") { Description = "The rule's id (vigil alerts list)." };
        var remove = new Command("remove", "Remove a watch rule; its pending deliveries are dropped, its delivery log kept.") { db, id };
        remove.SetAction(parseResult => WithStore(parseResult, db, StoreAccess.ReadWrite, alerts =>
        {
            var number = parseResult.GetValue(id);
            if (!alerts.RemoveRule(number))
            {
                Console.Error.WriteLine($"vigil: no rule {number.ToString(CultureInfo.InvariantCulture)}");
                return ExitCodes.Usage;
            }

            Console.Out.WriteLine($"Removed rule {number.ToString(CultureInfo.InvariantCulture)}.");
            return ExitCodes.Ok;
        }));
        return remove;
    }

    private static string Option(string field) => field switch
    {
        "name" => "NAME",
        "webhook_url" => "--webhook",
        _ => "--" + field.Replace('_', '-').TrimEnd('s'),
    };

    private static int WithStore(ParseResult parseResult, Option<string?> db, StoreAccess access, Func<IAlertStore, int> action)
    {
        try
        {
            using var store = VigilStoreFactory.Open(CliOptions.StoreOptions(parseResult, db).Location, access);
            return action(store.Alerts());
        }
        catch (StoreException e)
        {
            return CliOptions.Fail(e);
        }
    }
}
