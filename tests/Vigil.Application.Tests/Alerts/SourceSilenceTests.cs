using Vigil.Application.Alerts;
using Vigil.Storage.Alerts;

namespace Vigil.Application.Tests.Alerts;

public sealed class SourceSilenceTests
{
    // Noon UTC on 30 June: the judged day is 29 June, the baseline 1-28 June.
    private static readonly DateTimeOffset Now = new(2025, 6, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly AlertOptions Options = new();

    /// <summary>A source sending <paramref name="perDay"/> reports a day from 1 June on, <paramref name="lastDay"/> reports on 29 June, its last at <paramref name="last"/>.</summary>
    private static List<SourceDay> Steady(string source, int perDay, int lastDay, DateTimeOffset? last = null)
    {
        var days = Enumerable.Range(0, 28)
            .Select(i => new DateOnly(2025, 6, 1).AddDays(i))
            .Select(d => new SourceDay(source, d, perDay, new DateTimeOffset(d.ToDateTime(new TimeOnly(20, 0)), TimeSpan.Zero)))
            .ToList();
        if (lastDay > 0)
        {
            days.Add(new SourceDay(source, new DateOnly(2025, 6, 29), lastDay, last ?? new DateTimeOffset(2025, 6, 29, 23, 0, 0, TimeSpan.Zero)));
        }

        return days;
    }

    [Fact]
    public void Check_SteadySource_NoAlertAndItsMedian()
    {
        var check = SourceSilence.Check(Steady("Kharkiv OVA", 8, 7), Now, Options);

        Assert.Empty(check.Alerts);
        var status = Assert.Single(check.Sources);
        Assert.Equal(8, status.MedianDaily);
        Assert.Equal(7, status.LastDayReports);
        Assert.True(status.UsuallySends);
    }

    [Fact]
    public void Check_NothingForOverADay_SilentAndDrop()
    {
        // Last report on 28 June at 20:00: 40 h before now, and none on 29 June.
        var check = SourceSilence.Check(Steady("Kharkiv OVA", 8, 0), Now, Options);

        Assert.Equal(["drop", "silent"], check.Alerts.Select(a => a.Kind).Order(StringComparer.Ordinal));
        var silent = check.Alerts.Single(a => a.Kind == "silent");
        Assert.Equal(new DateOnly(2025, 6, 28), silent.Day);
        Assert.Equal("Kharkiv OVA", silent.Source);
        Assert.Equal(new DateOnly(2025, 6, 29), check.Alerts.Single(a => a.Kind == "drop").Day);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void Check_SharpDrop_UnderAQuarterOfTheMedian(int lastDay, bool dropped)
    {
        // Median 8: under 2 reports is a drop; the source still sent lately, so it is not silent.
        var check = SourceSilence.Check(Steady("Kharkiv OVA", 8, lastDay), Now, Options);

        Assert.Equal(dropped ? ["drop"] : [], check.Alerts.Select(a => a.Kind));
    }

    [Fact]
    public void Check_OccasionalSource_NeverAlerts()
    {
        // Reports on 10 of 28 days: the median day has none, so silence is its usual state.
        var days = Enumerable.Range(0, 10).Select(i => new SourceDay("weekly digest", new DateOnly(2025, 6, 1).AddDays(i * 2), 3,
            new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero).AddDays(i * 2))).ToList();

        var check = SourceSilence.Check(days, Now, Options);

        Assert.Empty(check.Alerts);
        Assert.False(Assert.Single(check.Sources).UsuallySends);
    }

    [Fact]
    public void Check_ShorterWindowOption_SilentSooner()
    {
        var last = Now.AddHours(-7);
        var days = Steady("Kharkiv OVA", 8, 0);
        days.Add(new SourceDay("Kharkiv OVA", new DateOnly(2025, 6, 30), 3, last));

        Assert.DoesNotContain(SourceSilence.Check(days, Now, Options).Alerts, a => a.Kind == "silent");
        Assert.Single(SourceSilence.Check(days, Now, Options with { SilenceWindow = TimeSpan.FromHours(6) }).Alerts, a => a.Kind == "silent");
    }

    [Fact]
    public void From_DefaultBaseline_TwentyNineDaysBeforeToday()
    {
        Assert.Equal(new DateOnly(2025, 6, 1), SourceSilence.From(Now, Options));
    }
}
