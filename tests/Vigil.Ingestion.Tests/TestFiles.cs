namespace Vigil.Ingestion.Tests;

/// <summary>A temporary folder deleted after the test, and the repository's samples.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vigil-ingestion-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string content) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    public string Write(string relativePath, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

internal static class Samples
{
    public static string ReportsFolder { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
        {
            dir = dir.Parent;
        }

        return dir is null
            ? throw new InvalidOperationException("repository root (Vigil.slnx) not found above " + AppContext.BaseDirectory)
            : Path.Combine(dir.FullName, "samples", "reports");
    }

    public static string File(string relative) => Path.Combine(ReportsFolder, relative.Replace('/', Path.DirectorySeparatorChar));
}

internal static class ReadExtensions
{
    public static Core.Report Single(this IEnumerable<ReadResult> results)
    {
        var list = results.ToList();
        Assert.Single(list);
        Assert.True(list[0].IsSuccess, list[0].Error);
        return list[0].Report!;
    }

    public static ReadResult SingleFailure(this IEnumerable<ReadResult> results)
    {
        var list = results.ToList();
        Assert.Single(list);
        Assert.False(list[0].IsSuccess, "expected a failure, got " + list[0]);
        return list[0];
    }
}
