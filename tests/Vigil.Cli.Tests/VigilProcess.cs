using System.Diagnostics;
using System.Text;

namespace Vigil.Cli.Tests;

/// <summary>The real built <c>vigil</c> (vigil.dll beside the tests), run as a child process with its own working folder and environment.</summary>
internal static class VigilProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "vigil.dll");

    public static string Dotnet =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Starts vigil; <c>VIGIL_DB</c> is removed from its environment unless <paramref name="environment"/> sets it.</summary>
    public static Process Start(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, bool redirectStandardInput = false)
    {
        var info = new ProcessStartInfo(Dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = redirectStandardInput,
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
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[name] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start vigil");
    }

    /// <summary>Runs vigil to its end; <paramref name="standardInput"/>, when given, is written to its stdin, which is then closed.</summary>
    public static VigilRun Run(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null, int timeoutSeconds = 300, string? standardInput = null)
    {
        using var process = Start(workingDirectory, arguments, environment, redirectStandardInput: standardInput is not null);
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
            process.StandardInput.Close();
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("vigil " + string.Join(' ', arguments) + " did not finish in " + timeoutSeconds + " s");
        }

        process.WaitForExit();
        return new VigilRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}

internal static class VigilProcessAsync
{
    /// <summary>Runs vigil without blocking: start several, then await them together.</summary>
    public static async Task<VigilRun> RunAsync(string workingDirectory, IEnumerable<string> arguments, int timeoutSeconds = 300)
    {
        using var process = VigilProcess.Start(workingDirectory, arguments);
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

        return new VigilRun(process.ExitCode, await stdout, await stderr);
    }
}

internal sealed record VigilRun(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>A temporary working folder, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vigil-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A killed child may still be releasing a file; the OS cleans temp.
        }
    }
}
