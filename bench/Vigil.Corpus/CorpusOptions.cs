using System.Globalization;

namespace Vigil.Corpus;

internal enum CorpusFormat
{
    Jsonl,
    Folder,
}

/// <summary>What to generate; <see cref="Parse"/> names the first bad argument in one line.</summary>
internal sealed record CorpusOptions(
    int Count,
    ulong Seed,
    string Out,
    CorpusFormat Format,
    IReadOnlyList<string> Languages,
    int Days,
    DateOnly Start,
    double Revisions)
{
    public const string Usage =
        "usage: Vigil.Corpus --count N --seed S --out PATH [--format jsonl|folder] [--languages en,uk,ru] "
        + "[--days 365] [--start 2025-01-01] [--revisions 0.05]";

    public static readonly string[] KnownLanguages = ["en", "uk", "ru"];

    /// <summary>The truth file beside the corpus: <c>PATH.truth.jsonl</c>.</summary>
    public string TruthPath => Out.TrimEnd('/', '\\') + ".truth.jsonl";

    public static (CorpusOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int? count = null;
        ulong? seed = null;
        string? output = null;
        var format = CorpusFormat.Jsonl;
        IReadOnlyList<string> languages = ["en"];
        var days = 365;
        var start = new DateOnly(2025, 1, 1);
        var revisions = 0.05;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                return (null, Usage);
            }

            if (i + 1 >= args.Count)
            {
                return (null, $"{name}: missing value");
            }

            var value = args[++i];
            string? error = null;
            switch (name)
            {
                case "--count":
                    count = ParseInt(value, 1, 100_000_000, name, ref error);
                    break;
                case "--seed":
                    seed = ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : null;
                    error = seed is null ? $"{name}: '{value}' is not a non-negative integer" : null;
                    break;
                case "--out":
                    output = value.Length > 0 ? value : null;
                    error = output is null ? $"{name}: empty path" : null;
                    break;
                case "--format":
                    (format, error) = value switch
                    {
                        "jsonl" => (CorpusFormat.Jsonl, null),
                        "folder" => (CorpusFormat.Folder, (string?)null),
                        _ => (format, $"{name}: '{value}' is not jsonl or folder"),
                    };
                    break;
                case "--languages":
                    var list = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(l => l.ToLowerInvariant()).Distinct().ToList();
                    var unknown = list.FirstOrDefault(l => !KnownLanguages.Contains(l));
                    error = list.Count == 0 ? $"{name}: no language given"
                        : unknown is not null ? $"{name}: '{unknown}' is not one of en, uk, ru" : null;
                    languages = list;
                    break;
                case "--days":
                    days = ParseInt(value, 1, 3650, name, ref error) ?? days;
                    break;
                case "--start":
                    if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
                    {
                        error = $"{name}: '{value}' is not a date like 2025-01-01";
                    }

                    break;
                case "--revisions":
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out revisions)
                        || revisions is < 0 or > 0.5)
                    {
                        error = $"{name}: '{value}' is not a fraction between 0 and 0.5";
                    }

                    break;
                default:
                    error = $"unknown option '{name}'";
                    break;
            }

            if (error is not null)
            {
                return (null, error);
            }
        }

        if (count is null || seed is null || output is null)
        {
            return (null, $"missing {(count is null ? "--count" : seed is null ? "--seed" : "--out")}; {Usage}");
        }

        return (new CorpusOptions(count.Value, seed.Value, output, format, languages, days, start, revisions), null);
    }

    private static int? ParseInt(string value, int min, int max, string name, ref string? error)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }

        error = string.Create(CultureInfo.InvariantCulture, $"{name}: '{value}' is not an integer from {min} to {max}");
        return null;
    }
}
