using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «у сел. Білий Колодязь», «(сел. Борова)», «в сел. Слатине»: the Kharkiv governor's posts shorten «селище» to «сел.», and the sentence
/// splitter took its period for a sentence end, so the village opened a sentence of its own, cut from the count and the clause before
/// (sets A and H: uk-a-006, a-007, a-058, h-004, h-027). The lexicon's abbreviation list cannot hold it: its entries are read through
/// the word forms, which make «сел» another word. Joins a sentence ending in « сел.» to the one after it on the same line.
/// </summary>
internal sealed class SettlementAbbreviations : IPipelineStep
{
    private static readonly string[] Abbreviations = ["сел.", "с-ще.", "смт."];

    public void Run(AnnotatedDocument document)
    {
        var text = document.Text;
        var sentences = document.Sentences;
        for (var s = sentences.Count - 2; s >= 0; s--)
        {
            var current = sentences[s];
            var next = sentences[s + 1];
            if (!Abbreviations.Any(a => EndsWithWord(text, current.Start, current.End, a)) ||
                text.AsSpan(current.End, next.Start - current.End).ContainsAny('\n', '\r'))
            {
                continue;
            }

            sentences[s] = current with { End = next.End };
            sentences.RemoveAt(s + 1);
        }
    }

    private static bool EndsWithWord(string text, int start, int end, string word) =>
        end - start >= word.Length && text.AsSpan(end - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase) &&
        (end - word.Length == start || !char.IsLetter(text[end - word.Length - 1]));
}
