using Spectre.Console;

namespace Vigil.Cli.Output;

/// <summary>Where human-readable output goes, and whether live progress may be drawn.</summary>
internal static class Terminal
{
    /// <summary>Progress bars only on an interactive terminal: a pipe or a file gets the summary alone.</summary>
    public static bool ShowsProgress => !Console.IsOutputRedirected && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>The console for tables; wide when redirected so a pipe gets whole rows, not 80-column wraps.</summary>
    public static IAnsiConsole Out { get; } = Create();

    private static IAnsiConsole Create()
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = 200;
        }

        return console;
    }
}
