using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Vigil.Storage;

/// <summary>
/// Stopwatch sections of a fusion transaction (wall time on the thread that ran each one), printed
/// to stderr at the transaction's end when <c>VIGIL_FUSION_PROFILE=1</c>: a first full fusion can
/// be taken apart without a tracer (docs/performance.md). Off, each section costs one branch.
/// </summary>
public static class FusionProfile
{
    private static readonly ConcurrentDictionary<string, long> Sections = new(StringComparer.Ordinal);
    private static readonly ConcurrentQueue<string> Order = new();

    /// <summary>Whether sections are timed (read once per process).</summary>
    public static bool Enabled { get; } = string.Equals(Environment.GetEnvironmentVariable("VIGIL_FUSION_PROFILE"), "1", StringComparison.Ordinal);

    /// <summary>Runs <paramref name="work"/>, adding its wall time to <paramref name="section"/>.</summary>
    public static T Time<T>(string section, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!Enabled)
        {
            return work();
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            Add(section, Stopwatch.GetTimestamp() - started);
        }
    }

    /// <summary>Runs <paramref name="work"/>, adding its wall time to <paramref name="section"/>.</summary>
    public static void Time(string section, Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Time(section, () =>
        {
            work();
            return 0;
        });
    }

    /// <summary>Prints the sections timed since the last call (in first-seen order) and forgets them.</summary>
    public static void Report(string what)
    {
        if (!Enabled || Sections.IsEmpty)
        {
            return;
        }

        var parts = Order.Distinct(StringComparer.Ordinal)
            .Select(name => string.Create(CultureInfo.InvariantCulture, $"{name} {Stopwatch.GetElapsedTime(0, Sections.GetValueOrDefault(name)).TotalSeconds:F2} s"));
        Console.Error.WriteLine($"fusion profile ({what}): {string.Join(", ", parts)}");
        Sections.Clear();
        Order.Clear();
    }

    private static void Add(string section, long ticks)
    {
        if (Sections.AddOrUpdate(section, ticks, (_, total) => total + ticks) == ticks)
        {
            Order.Enqueue(section);
        }
    }
}
