using System.Text;

namespace Vigil.Corpus.Texts;

/// <summary>Where a report appeared; <see cref="Telegram"/> outlets are officials' channels.</summary>
internal sealed record Outlet(string Name, string Domain, string Language, bool Wire, bool Telegram);

/// <summary>
/// Everything one report is written from, and what its writer records about the text it wrote
/// (qualifiers used, constructs, whether the recap and the tally made it into the text).
/// </summary>
internal sealed class ReportContext(Rng rng, StringBuilder text)
{
    public Rng Rng { get; } = rng;

    public StringBuilder Text { get; } = text;

    public required Attack Attack { get; init; }

    public required Outlet Outlet { get; init; }

    public required DateTimeOffset Published { get; init; }

    /// <summary>The figures this report states (null: says nothing of it); a writer narrows it to what its wording covers.</summary>
    public required Figures Stated { get; set; }

    /// <summary>A lower death toll reported earlier, for "N more died, bringing the toll to M".</summary>
    public int? EarlierKilled { get; init; }

    public bool IsRevision { get; init; }

    public Attack? Recap { get; init; }

    public NightTally? Tally { get; init; }

    public string? KilledQualifier { get; set; }

    public string? InjuredQualifier { get; set; }

    public bool RecapWritten { get; set; }

    public bool TallyWritten { get; set; }

    public string Title { get; set; } = "";

    public List<string> Constructs { get; } = [];

    public DateOnly PublishedDay => DateOnly.FromDateTime(Published.DateTime);

    /// <summary>Days between the attack and publication (0: the same day).</summary>
    public int DaysAfter => PublishedDay.DayNumber - Attack.Day.DayNumber;
}
