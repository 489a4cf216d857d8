using System.CommandLine;

namespace Vigil.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("Vigil: structured, traceable data on attacks on civilians from open reports.");
        // One line per command; each command lives in Commands/<Name>Command.cs.
        root.Subcommands.Add(Commands.ExtractCommand.Create());
        root.Subcommands.Add(Commands.GeocodeCommand.Create());
        root.Subcommands.Add(Commands.DemoCommand.Create());
        root.Subcommands.Add(Commands.IngestCommand.Create());
        root.Subcommands.Add(Commands.IncidentsCommand.Create());
        root.Subcommands.Add(Commands.ShowCommand.Create());
        root.Subcommands.Add(Commands.ExportCommand.Create());
        root.Subcommands.Add(Commands.StatsCommand.Create());
        root.Subcommands.Add(Commands.RefuseCommand.Create());
        root.Subcommands.Add(Commands.ServeCommand.Create());
        root.Subcommands.Add(Commands.WatchCommand.Create());
        root.Subcommands.Add(Commands.FeedsCommand.Create());
        root.Subcommands.Add(Commands.AccountCommands.Users());
        root.Subcommands.Add(Commands.AccountCommands.Token());
        root.Subcommands.Add(Commands.AlertsCommand.Create());
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Usage errors are input errors: one line each, exit code 2, as for every other bad input.
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"vigil: {error.Message}");
            }

            Console.Error.WriteLine("Try 'vigil --help'.");
            return 2;
        }

        return parsed.Invoke();
    }
}
