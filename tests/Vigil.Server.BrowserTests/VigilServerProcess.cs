using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Vigil.Server.BrowserTests;

/// <summary>The built <c>vigil</c> (vigil.dll beside the tests) run as a child process.</summary>
internal static class VigilProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "vigil.dll");

    /// <summary>samples/reports as the CLI project copies them beside vigil.dll.</summary>
    public static string SampleReports => Path.Combine(AppContext.BaseDirectory, "samples");

    private static string Dotnet =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static Process Start(string workingDirectory, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(Dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment.Remove("VIGIL_DB");
        return Process.Start(info) ?? throw new InvalidOperationException("could not start vigil");
    }

    /// <summary>Runs vigil to its end and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, IEnumerable<string> arguments, int timeoutSeconds = 300)
    {
        using var process = Start(workingDirectory, arguments);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("vigil " + string.Join(' ', arguments) + " did not finish in " + timeoutSeconds + " s");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
