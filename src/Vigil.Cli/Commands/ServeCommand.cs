using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Vigil.Server;
using Vigil.Storage;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil serve [--db] [--urls http://127.0.0.1:5080] [--public]</c>: the API and the dashboard until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Option<string> Urls() => new("--urls")
    {
        Description = "Where to listen, e.g. http://127.0.0.1:5080 (port 0: any free port); several separated by ';'.",
        DefaultValueFactory = _ => VigilServerOptions.DefaultUrls,
        HelpName = "URLS",
    };

    public static Option<bool> Public() => new("--public")
    {
        Description = "Serve reads to everyone without signing in; writes still need an analyst or admin account or token.",
    };

    public static Option<string> Publish()
    {
        var option = new Option<string>("--publish")
        {
            Description = "What anonymous readers see with --public: all, or verified (only incidents an analyst has verified; none until review exists).",
            DefaultValueFactory = _ => "all",
            HelpName = "all|verified",
        };
        option.AcceptOnlyFromAmong("all", "verified");
        return option;
    }

    public static Option<bool> AllowPrivateWebhooks() => new("--allow-private-webhooks")
    {
        Description = "Let watch-rule webhooks reach private networks and loopback (never link-local or cloud metadata addresses).",
    };

    public static Command Create()
    {
        var db = CliOptions.Db();
        var urls = Urls();
        var isPublic = Public();
        var publish = Publish();
        var allowPrivate = AllowPrivateWebhooks();
        var command = new Command("serve", "Serve the HTTP API (/api/v1/) and the dashboard over an existing store; accounts (vigil users) and tokens (vigil token) decide who may do what.") { db, urls, isPublic, publish, allowPrivate };
        command.SetAction(parseResult => Run(
            CliOptions.StoreOptions(parseResult, db).Location, parseResult.GetValue(urls) ?? VigilServerOptions.DefaultUrls, parseResult.GetValue(isPublic),
            parseResult.GetValue(publish) == "verified",
            new Application.Alerts.AlertOptions { AllowPrivateNetworks = parseResult.GetValue(allowPrivate), AllowLoopback = parseResult.GetValue(allowPrivate) }));
        return command;
    }

    /// <summary>Starts the server, prints where it listens, and runs until Ctrl+C (or SIGTERM).</summary>
    public static int Run(string location, string urls, bool isPublic, bool publishVerifiedOnly = false, Application.Alerts.AlertOptions? alerts = null)
    {
        WebApplication app;
        try
        {
            app = VigilServer.Build(new VigilServerOptions { Db = location, Urls = urls, Public = isPublic, PublishVerifiedOnly = publishVerifiedOnly, Alerts = alerts ?? new() });
        }
        catch (StoreException e)
        {
            return CliOptions.Fail(e);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("vigil: " + e.Message);
            return ExitCodes.Usage;
        }

        using (app as IDisposable)
        {
            try
            {
                app.StartAsync().GetAwaiter().GetResult();
            }
            catch (IOException e)
            {
                // Kestrel reports an address in use as an IOException.
                Console.Error.WriteLine($"vigil: cannot listen on {urls}: {e.Message}");
                return ExitCodes.Usage;
            }

            foreach (var address in VigilServer.Addresses(app))
            {
                Console.Out.WriteLine($"Vigil is serving {VigilStores.Redact(location)} at {address}/ (API {address}/api/v1/incidents); press Ctrl+C to stop.");
            }

            Console.Out.Flush();
            app.WaitForShutdownAsync().GetAwaiter().GetResult();
        }

        return ExitCodes.Ok;
    }
}
