using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// Ukrainian and Russian titles put the body's place between the title and the name: "голова
/// Закарпатської ОВА Мирослава Ткачук", "начальника Харківської обласної військової адміністрації
/// Олега Синєгубова", "губернатор Белгородской области Вячеслав Гладков". The place adjective is
/// dropped, and what is left ("голова ова", "начальник обласної військової адміністрації") must be a
/// role of the lexicon, word for word; the two capitalised words after it are the person.
/// </summary>
internal sealed class OfficialTitleRecognizer : IPipelineStep
{
    private const int MaxTitleTokens = 9;

    public void Run(AnnotatedDocument document)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (tokens[i].Kind != TokenKind.Word)
                {
                    continue;
                }

                var kept = new List<Token> { tokens[i] };
                var skipped = false;
                var j = i + 1;
                for (; j < sentence.EndToken && j < i + MaxTitleTokens; j++)
                {
                    var t = tokens[j];
                    if (t.Kind != TokenKind.Word)
                    {
                        break;
                    }

                    var raw = document.Text.AsSpan(t.Start, t.End - t.Start);
                    if (t.Capitalized && !IsAllCaps(raw) && IsPlaceAdjective(t.Lower) && !skipped)
                    {
                        skipped = true; // the body's place: "Закарпатської", "Белгородской"
                        continue;
                    }

                    if (t.Capitalized && !IsAllCaps(raw) && kept.Count > 0 && j + 1 < sentence.EndToken && tokens[j + 1].Capitalized)
                    {
                        break; // the name begins
                    }

                    kept.Add(t);
                }

                if (!skipped || kept.Count < 2)
                {
                    continue;
                }

                var role = lex.Roles.MatchAt(kept, 0, kept.Count);
                if (role.Length != kept.Count || j + 1 >= sentence.EndToken || !tokens[j].Capitalized || !tokens[j + 1].Capitalized ||
                    tokens[j + 1].Kind != TokenKind.Word || IsAllCaps(document.Text.AsSpan(tokens[j].Start, tokens[j].End - tokens[j].Start)))
                {
                    continue;
                }

                var name = document.Text[tokens[j].Start..tokens[j + 1].End];
                document.Persons.Add(new PersonMention(j, j + 2, name, role.Value));
                i = j + 1;
            }
        }

        document.SortPersons();
    }

    internal static bool IsPlaceAdjective(string lower) =>
        lower.EndsWith("ської", StringComparison.Ordinal) || lower.EndsWith("цької", StringComparison.Ordinal) ||
        lower.EndsWith("ської", StringComparison.Ordinal) || lower.EndsWith("ской", StringComparison.Ordinal) ||
        lower.EndsWith("цкой", StringComparison.Ordinal) || lower.EndsWith("ського", StringComparison.Ordinal) ||
        lower.EndsWith("ского", StringComparison.Ordinal) || lower.EndsWith("ської", StringComparison.Ordinal) ||
        lower.EndsWith("ська", StringComparison.Ordinal) || lower.EndsWith("ская", StringComparison.Ordinal) ||
        lower.EndsWith("зької", StringComparison.Ordinal) || lower.EndsWith("зкой", StringComparison.Ordinal);

    /// <summary>Two or more letters, all capitals: an abbreviation ("ХОВА", "RMA"), in any script.</summary>
    internal static bool IsAllCaps(ReadOnlySpan<char> raw)
    {
        var letters = 0;
        foreach (var c in raw)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return letters > 1;
    }
}
