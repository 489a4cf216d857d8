using System.Globalization;
using Vigil.Storage.Alerts;

namespace Vigil.Application.Alerts;

/// <summary>One source's usual volume and what it sent lately.</summary>
public sealed record SourceStatus(string Source, double MedianDaily, int LastDayReports, DateOnly LastDay, DateTimeOffset LastIngested, bool UsuallySends);

/// <summary>What the silence check found: every source seen in the window, and the alerts it raises.</summary>
public sealed record SourceCheck(IReadOnlyList<SourceStatus> Sources, IReadOnlyList<SourceAlertRecord> Alerts);

/// <summary>
/// The source-silence alert (docs/alerts.md): a source usually sends when the median of its daily
/// report counts over the <see cref="AlertOptions.BaselineDays"/> days before the last full day is
/// at least <see cref="AlertOptions.MinMedian"/> (days without reports count as 0). Such a source is
/// <c>silent</c> when nothing came from it for <see cref="AlertOptions.SilenceWindow"/>, and
/// <c>drop</c>s when the last full day (yesterday, UTC) brought under
/// <see cref="AlertOptions.DropRatio"/> of that median. Reads only per-source daily counts.
/// </summary>
public static class SourceSilence
{
    /// <summary>The first day whose counts <see cref="Check"/> needs.</summary>
    public static DateOnly From(DateTimeOffset now, AlertOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Today(now).AddDays(-(options.BaselineDays + 1));
    }

    public static SourceCheck Check(IReadOnlyList<SourceDay> days, DateTimeOffset now, AlertOptions options)
    {
        ArgumentNullException.ThrowIfNull(days);
        ArgumentNullException.ThrowIfNull(options);
        var today = Today(now);
        var judged = today.AddDays(-1);
        var baselineFrom = judged.AddDays(-options.BaselineDays);
        var statuses = new List<SourceStatus>();
        var alerts = new List<SourceAlertRecord>();
        foreach (var source in days.GroupBy(d => d.Source, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var byDay = source.ToDictionary(d => d.Day);
            var baseline = Enumerable.Range(0, options.BaselineDays)
                .Select(i => byDay.TryGetValue(baselineFrom.AddDays(i), out var d) ? d.Reports : 0)
                .Order()
                .ToList();
            var median = baseline.Count == 0 ? 0 : baseline.Count % 2 == 1
                ? baseline[baseline.Count / 2]
                : (baseline[(baseline.Count / 2) - 1] + baseline[baseline.Count / 2]) / 2.0;
            var last = source.MaxBy(d => d.LastIngested)!;
            var lastDayReports = byDay.TryGetValue(judged, out var y) ? y.Reports : 0;
            var usual = median >= options.MinMedian && median > 0;
            statuses.Add(new SourceStatus(source.Key, median, lastDayReports, judged, last.LastIngested, usual));
            if (!usual)
            {
                continue;
            }

            var quiet = now - last.LastIngested;
            if (quiet >= options.SilenceWindow)
            {
                alerts.Add(new SourceAlertRecord(0, source.Key, "silent", last.Day,
                    string.Create(CultureInfo.InvariantCulture, $"no report for {quiet.TotalHours:0.#} h (since {last.LastIngested.UtcDateTime:yyyy-MM-dd HH:mm} UTC); usually {median:0.#} a day"),
                    now));
            }

            if (lastDayReports < options.DropRatio * median)
            {
                alerts.Add(new SourceAlertRecord(0, source.Key, "drop", judged,
                    string.Create(CultureInfo.InvariantCulture, $"{lastDayReports} report(s) on {judged:yyyy-MM-dd}, under {options.DropRatio:P0} of its median of {median:0.#} a day"),
                    now));
            }
        }

        return new SourceCheck(statuses, alerts);
    }

    private static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);
}
