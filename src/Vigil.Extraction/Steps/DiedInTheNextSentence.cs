using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps;

/// <summary>
/// "A 34-year-old man suffered burns. He died on the way to hospital.", «Мужчина получил ранения. Он скончался в больнице»: one
/// person counted wounded whom the next sentence, opening on him or her, says died is one killed, not one injured (the
/// same-sentence case is read where the count is). Only a lone wounded person, no one killed beside, no count in the next
/// sentence, and the two sentences in one paragraph (words.json <c>diedNextSentence</c>, as written, within its first words).
/// </summary>
internal sealed class DiedInTheNextSentence : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var phrases = document.Lexicon.Words.DiedNextSentence;
        var casualties = document.Casualties;
        if (phrases.Count == 0 || casualties.Count == 0)
        {
            return;
        }

        var bySentence = casualties.GroupBy(static c => c.Sentence).ToDictionary(static g => g.Key, static g => g.ToList());
        var counted = document.Numbers.Where(static n => n.IsCount).Select(n => document.Tokens[n.Start].Sentence).ToHashSet();
        foreach (var (s, inSentence) in bySentence)
        {
            if (s + 1 >= document.Sentences.Count || bySentence.ContainsKey(s + 1) ||
                inSentence.Any(static c => c.Field is CasualtyField.Killed or CasualtyField.ChildrenKilled) ||
                inSentence.Where(static c => c.Field is CasualtyField.Injured or CasualtyField.ChildrenInjured).ToList() is not [{ Value: 1 } wounded] ||
                (wounded.Flags & NumberFlags.Article) == 0 || counted.Contains(s + 1))
            {
                continue;
            }

            var next = document.Sentences[s + 1];
            if (IncidentAssembler.StartsParagraph(document, next) || !OpensWith(document, next, phrases))
            {
                continue;
            }

            casualties[casualties.IndexOf(wounded)] = wounded with
            {
                Field = wounded.Field == CasualtyField.ChildrenInjured ? CasualtyField.ChildrenKilled : CasualtyField.Killed,
            };
        }
    }

    // ("But, unfortunately, he died on the way": a few words may come first)
    private static bool OpensWith(AnnotatedDocument document, SentenceSpan sentence, IReadOnlyList<string[]> phrases)
    {
        for (var k = sentence.FirstToken; k < Math.Min(sentence.EndToken, sentence.FirstToken + 6); k++)
        {
            if (phrases.Any(p => k + p.Length <= sentence.EndToken && document.WrittenAt(p, k)))
            {
                return true;
            }
        }

        return false;
    }
}
