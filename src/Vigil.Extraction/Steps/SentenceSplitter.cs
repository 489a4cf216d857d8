using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps;

/// <summary>
/// Splits the text into sentences: at line breaks (headlines, Telegram lines) and after . ! ? …
/// when the next word starts a sentence, but not after abbreviations ("Gen.", "U.S.") or inside
/// an ellipsis that continues in lower case. Offsets are the text's own.
/// </summary>
internal sealed class SentenceSplitter : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var text = document.Text;
        var start = 0;
        var i = 0;
        var repeats = HeadlineRepeats(document, text);
        var nextRepeat = 0;
        while (i < text.Length)
        {
            // the headline printed again inside a line of the page is a sentence of its own (page furniture, not the lead's words)
            if (nextRepeat < repeats.Count && i == repeats[nextRepeat])
            {
                Add(document, start, i);
                start = i;
                nextRepeat++;
            }

            var c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                if (DateAcrossLine(document, text, i))
                {
                    i++;
                    continue;
                }

                Add(document, start, i);
                i++;
                start = i;
                continue;
            }

            if (c is '.' or '!' or '?' or '…' && IsBoundary(document, text, i, out var next))
            {
                Add(document, start, next);
                start = next;
                i = next;
                continue;
            }

            i++;
        }

        Add(document, start, text.Length);
    }

    /// <summary>
    /// "У Костянтинівці дрон атакував велосипедиста, чоловік загинув У Костянтинівці дрон атакував велосипедиста, чоловік загинув
    /// 08.11.2025 Укрінформ …": where the page prints its headline (the first line of 25 characters or more among the first three)
    /// again inside a later line, glued to the next words with no stop between, or twice or more, the offsets where each copy
    /// starts and ends, in order; the copies' starts are recorded as page furniture. A single copy followed by its own stop or
    /// comma is as often the lead itself, which goes on after the headline's words: it is left alone.
    /// </summary>
    private static List<int> HeadlineRepeats(AnnotatedDocument document, string text)
    {
        var lineStart = 0;
        var lineEnd = 0;
        var headline = "";
        for (var line = 0; line < 3 && lineStart < text.Length; line++)
        {
            while (lineStart < text.Length && char.IsWhiteSpace(text[lineStart]))
            {
                lineStart++;
            }

            lineEnd = text.IndexOf('\n', lineStart) is var nl and >= 0 ? nl : text.Length;
            headline = text[lineStart..lineEnd].Trim();
            if (headline.Length >= 25)
            {
                break;
            }

            lineStart = lineEnd;
        }

        var copies = new List<(int Start, bool Glued)>();
        if (headline.Length < 25 || lineEnd >= text.Length)
        {
            return [];
        }

        for (var at = text.IndexOf(headline, lineEnd, StringComparison.Ordinal); at >= 0; at = text.IndexOf(headline, at + headline.Length, StringComparison.Ordinal))
        {
            var after = at + headline.Length;
            var glued = after + 1 < text.Length && text[after] == ' ' && (char.IsUpper(text[after + 1]) || char.IsDigit(text[after + 1]));
            copies.Add((at, glued));
        }

        var repeats = new List<int>();
        foreach (var (start, glued) in copies)
        {
            if (glued || copies.Count >= 2)
            {
                repeats.Add(start);
                repeats.Add(start + headline.Length);
                document.HeadlineCopies.Add(start);
            }
        }

        return repeats;
    }

    private static bool IsBoundary(AnnotatedDocument document, string text, int i, out int next)
    {
        next = i + 1;
        while (next < text.Length && text[next] is '.' or '!' or '?' or '…')
        {
            next++;
        }

        // Closing quotes and brackets belong to the sentence they close.
        while (next < text.Length && text[next] is '"' or '”' or '’' or '\'' or ')' or '»')
        {
            next++;
        }

        var after = next;
        if (after >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[after]))
        {
            return text[i] == '.' && MissingSpace(text, i, after);
        }

        while (after < text.Length && text[after] is ' ' or '\t' or '\u00A0')
        {
            after++;
        }

        if (after >= text.Length || text[after] is '\n' or '\r')
        {
            return !DateAcrossLine(document, text, after);
        }

        var first = text[after];
        if (!(char.IsUpper(first) || char.IsDigit(first) || first is '"' or '“' or '«' or '(' or '‘' or '\''))
        {
            return false;
        }

        if (text[i] == '.')
        {
            // "Gen. Syrskyi", "U.S. officials": the word before the period is an abbreviation.
            var wordStart = i;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
            {
                wordStart--;
            }

            var word = text[wordStart..i].ToLowerInvariant();
            if (document.Lexicon.Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(text[wordStart])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "… they said.Read also: …": a full stop glued to the next sentence's first word, between a lower-case word of three
    /// or more letters and a capitalised one (not "U.S.", "3.5" or a web address, whose next letter is lower case).
    /// </summary>
    private static bool MissingSpace(string text, int i, int after)
    {
        if (after + 1 >= text.Length || !char.IsUpper(text[after]) || !char.IsLower(text[after + 1]))
        {
            return false;
        }

        // "as a result of the UAV .Read also: …": a period set apart from the word before and glued to the next (a page's layout)
        if (i > 0 && text[i - 1] is ' ' or '\u00A0')
        {
            return true;
        }

        var letters = 0;
        for (var k = i - 1; k >= 0 && char.IsLetter(text[k]); k--)
        {
            if (!char.IsLower(text[k]))
            {
                return false;
            }

            letters++;
        }

        return letters >= 3;
    }

    /// <summary>"on Oct.⏎26": a month's abbreviation and its day broken across a line (page layout), one date.</summary>
    private static bool DateAcrossLine(AnnotatedDocument document, string text, int i)
    {
        var before = i - 1;
        while (before >= 0 && text[before] is ' ' or '\t')
        {
            before--;
        }

        if (before < 1 || text[before] != '.')
        {
            return false;
        }

        var wordStart = before;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var after = i + 1;
        while (after < text.Length && text[after] is ' ' or '\t' or '\r' or '\n')
        {
            after++;
        }

        var word = text[wordStart..before].ToLowerInvariant();
        return after < text.Length && char.IsDigit(text[after]) && document.Lexicon.Months.ContainsKey(word) && document.Lexicon.Abbreviations.Contains(word);
    }

    private static void Add(AnnotatedDocument document, int start, int end)
    {
        var text = document.Text;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            document.Sentences.Add(new SentenceSpan(start, end, 0, 0));
        }
    }
}
