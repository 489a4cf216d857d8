using Vigil.Extraction.Pipeline;
using Vigil.Extraction.Rules;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// Ukrainian and Russian news close with a recap paragraph that only its first sentence marks
/// («Нагадаємо, …», «Напомним, …», «Як повідомлялося, …»): the sentences after it in the same
/// paragraph tell the earlier attack too (its day, its toll), not the one reported. A paragraph
/// opened by a recap cue is background to its end (the next line break), and so is the paragraph after it when it opens
/// by adding to it («Ранее … никто не пострадал. ¶ Кроме того, в области скончались двое …»: words.json recapContinuers).
/// </summary>
internal sealed class RecapParagraph : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var tokens = document.Tokens;
        var cues = document.Lexicon.Discourse.Cues;
        var recap = false;
        for (var s = 0; s < document.Sentences.Count && s < document.Roles.Count; s++)
        {
            var sentence = document.Sentences[s];
            if (s > 0 && document.Text.AsSpan(document.Sentences[s - 1].End, Math.Max(0, sentence.Start - document.Sentences[s - 1].End)).Contains('\n'))
            {
                recap = recap && Continues(document, sentence);
            }

            if (recap && document.Roles[s] is SentenceRole.Main or SentenceRole.RoundUp)
            {
                document.Roles[s] = SentenceRole.Background;
                continue;
            }

            var first = sentence.FirstToken;
            while (first < sentence.EndToken && tokens[first].Kind == TokenKind.Punct)
            {
                first++;
            }

            var m = cues.MatchAt(tokens, first, sentence.EndToken);
            if (m.Length > 0 && m.Value.Kind == DiscourseCueKind.Background)
            {
                recap = true;
            }
        }
    }

    private static bool Continues(AnnotatedDocument document, SentenceSpan sentence)
    {
        var first = sentence.FirstToken;
        while (first < sentence.EndToken && document.Tokens[first].Kind == TokenKind.Punct)
        {
            first++;
        }

        return document.Lexicon.Words.RecapContinuers.Any(phrase => first + phrase.Length <= sentence.EndToken && document.WrittenAt(phrase, first));
    }
}
