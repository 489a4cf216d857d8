using System.Net;
using System.Net.Sockets;

namespace Vigil.Server.BrowserTests;

/// <summary>
/// What the browser tests add to the CLI tests' way of running the built <c>vigil</c>
/// (tests/Vigil.Cli.Tests/VigilProcess.cs, compiled in here too).
/// </summary>
internal static class VigilServerProcess
{
    /// <summary>samples/reports as the CLI project copies them beside vigil.dll.</summary>
    public static string SampleReports => Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
