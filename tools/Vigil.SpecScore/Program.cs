using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Vigil.Core;
using Vigil.Extraction;
using Vigil.Extraction.Pipeline;
using Vigil.Extraction.Tests.Specs;

namespace Vigil.SpecScore;

/// <summary>
/// <c>Vigil.SpecScore --texts DIR [--failures] SET.json…</c>: runs the extractor on every case of each set
/// whose text is in DIR as <c>&lt;id&gt;.txt</c> with the recorded SHA-256, and prints per-field scores for
/// each set and for all together. Cases whose text is missing or differs are listed and not scored.
/// <c>--figures FILE.tsv</c> also writes the figure table: one row per incident figure stated, scored, with its confidence and
/// what the incident assembler knew of the claim behind it (docs/extraction-scores.md, confidence calibration).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? texts = null;
        var failures = false;
        string? language = null;
        string? figures = null;
        var sets = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--texts" when i + 1 < args.Length:
                    texts = args[++i];
                    break;
                case "--lang" when i + 1 < args.Length:
                    language = args[++i];
                    break;
                case "--figures" when i + 1 < args.Length:
                    figures = args[++i];
                    break;
                case "--failures":
                    failures = true;
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    return Usage($"unknown option {a}");
                default:
                    sets.Add(args[i]);
                    break;
            }
        }

        if (texts is null || sets.Count == 0)
        {
            return Usage("need --texts DIR and at least one set file");
        }

        if (!Directory.Exists(texts))
        {
            return Usage($"texts folder {texts} does not exist");
        }

        if (sets.FirstOrDefault(s => !File.Exists(s)) is { } absent)
        {
            return Usage($"set file {absent} does not exist");
        }

        var extractor = new Extractor(Vigil.Gazetteer.Gazetteer.Default);
        var all = new SpecScorer();
        var output = new StringBuilder();
        var unscored = new List<string>();
        var rows = new List<Dictionary<string, string>>();
        foreach (var set in sets)
        {
            IReadOnlyList<SpecCase> cases;
            try
            {
                cases = SpecCorpus.LoadFile(set, "realtext");
            }
            catch (System.Text.Json.JsonException e)
            {
                return Usage($"{set}: not a valid set file ({e.Message})");
            }

            var scorer = new SpecScorer();
            var skipped = 0;
            foreach (var spec in cases)
            {
                var text = ReadText(texts, spec, out var problem);
                if (text is null)
                {
                    unscored.Add($"{spec.File} {spec.Id}: {problem}");
                    skipped++;
                    continue;
                }

                var published = DateOnly.ParseExact(spec.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                // The report's language as ingest would read it: --lang, else guessed from the letters.
                var features = figures is null ? null : new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
                var result = extractor.Extract(text, new DocumentInfo(null, published, LanguageGuess.Resolve(language, text, "en"), null, null), features);
                var known = scorer.Figures.Count;
                scorer.Score(spec, result);
                if (features is not null)
                {
                    rows.AddRange(scorer.Figures.Skip(known).Select(f => FigureRow(language ?? "", Path.GetFileNameWithoutExtension(set), f, features)));
                }

                all.Score(spec, result);
            }

            output.Append(scorer.ToMarkdown(Path.GetFileNameWithoutExtension(set)))
                .Append(CultureInfo.InvariantCulture, $"\n{skipped} of {cases.Count} cases not scored (text missing or different)\n\n")
                .Append(scorer.SummaryMarkdown()).Append('\n');
            if (failures)
            {
                output.Append("Failing cases:\n\n").AppendJoin('\n', scorer.Failures.Select(f => "- " + f)).Append("\n\n");
            }
        }

        if (sets.Count > 1)
        {
            output.Append(all.ToMarkdown("all sets")).Append('\n').Append(all.SummaryMarkdown()).Append('\n');
        }

        output.Append(CultureInfo.InvariantCulture, $"Not scored: {unscored.Count}\n");
        foreach (var u in unscored)
        {
            output.Append("- ").Append(u).Append('\n');
        }

        Console.Out.Write(output.ToString());
        if (figures is not null)
        {
            WriteTable(figures, rows);
        }

        return 0;
    }

    /// <summary>
    /// One figure's row: the score and, from the claim that states the value (the most confident one; where none states it
    /// alone, a sum of parts, the last part that is not low), what the assembler knew of it.
    /// </summary>
    private static Dictionary<string, string> FigureRow(string language, string set, FigureOutcome f, Dictionary<string, IReadOnlyDictionary<string, string>> features)
    {
        var stating = f.FieldClaims.Where(c => c.Value == f.Value && c.Confidence is not null).OrderByDescending(c => c.Confidence!.Level).FirstOrDefault();
        var statedBy = stating is null ? "sum" : f.Value == 0 && stating.Confidence!.Reasons.Contains("explicit_zero") ? "zero" : "claim";
        var claim = stating ?? f.FieldClaims.LastOrDefault(c => c.Confidence is { Level: not ConfidenceLevel.Low });
        var row = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["set"] = language + "/" + set,
            ["case"] = f.CaseId,
            ["place"] = f.Place ?? "",
            ["field"] = f.Field,
            ["value"] = f.Value.ToString(CultureInfo.InvariantCulture),
            ["expected"] = f.Expected ?? "",
            ["outcome"] = f.Outcome,
            ["right"] = f.Outcome == "right" ? "1" : "0",
            ["level"] = f.Level,
            ["reasons"] = claim?.Confidence is { } c ? string.Join(",", c.Reasons) : "",
            ["incident_role"] = f.IncidentRole,
            ["stated_by"] = statedBy,
            ["claims_of_field"] = f.FieldClaims.Count.ToString(CultureInfo.InvariantCulture),
            ["low_claims_of_field"] = f.FieldClaims.Count(c => c.Confidence?.Level == ConfidenceLevel.Low).ToString(CultureInfo.InvariantCulture),
        };
        if (claim is not null && features.TryGetValue(AnnotatedDocument.FigureKey(claim), out var known))
        {
            foreach (var (key, value) in known)
            {
                row["f_" + key] = value;
            }
        }

        return row;
    }

    private static void WriteTable(string path, List<Dictionary<string, string>> rows)
    {
        var columns = rows.SelectMany(r => r.Keys).Distinct(StringComparer.Ordinal).ToList();
        var sb = new StringBuilder().AppendJoin('\t', columns).Append('\n');
        foreach (var row in rows)
        {
            sb.AppendJoin('\t', columns.Select(c => row.GetValueOrDefault(c, "").Replace('\t', ' ').Replace('\n', ' '))).Append('\n');
        }

        File.WriteAllText(path, sb.ToString());
    }

    /// <summary>The case's text if present and unchanged (same SHA-256 of its UTF-8 bytes), else null with the reason.</summary>
    private static string? ReadText(string dir, SpecCase spec, out string problem)
    {
        var path = Path.Combine(dir, spec.Id + ".txt");
        if (!File.Exists(path))
        {
            problem = "text missing";
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(sha, spec.TextSha256, StringComparison.OrdinalIgnoreCase))
        {
            problem = $"sha256 differs ({sha})";
            return null;
        }

        problem = "";
        return new UTF8Encoding(false, true).GetString(bytes);
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine($"vigil-specscore: {message}");
        return 2;
    }
}
