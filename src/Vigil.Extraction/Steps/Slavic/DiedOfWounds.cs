using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Мужчина получил тяжёлые ранения, был доставлен в больницу, но спасти его не удалось»: one person wounded who then died is
/// one killed, not one injured. In a Russian sentence that says the person could not be saved or died afterwards («спасти его
/// не удалось», «скончался в больнице», «мужчина, умерший в больнице») and counts no one killed, the single wounded person it counts is the dead one.
/// </summary>
internal sealed class DiedOfWounds : IPipelineStep
{
    // The pronoun or verb that refers back to the one person already named in the sentence.
    private static readonly string[][] Deaths =
    [
        ["спасти", "его", "не", "удалось"], ["спасти", "ее", "не", "удалось"], ["спасти", "её", "не", "удалось"],
        ["его", "не", "удалось", "спасти"], ["ее", "не", "удалось", "спасти"], ["её", "не", "удалось", "спасти"],
        ["скончался"], ["скончалась"], ["умер"], ["умерла"], ["умерший"], ["умершая"], ["скончавшийся"], ["скончавшаяся"],
    ];

    public void Run(AnnotatedDocument document)
    {
        if (!string.Equals(document.Info.Language, "ru", StringComparison.Ordinal))
        {
            return;
        }

        var casualties = document.Casualties;
        foreach (var sentence in casualties.Select(static c => c.Sentence).Distinct().ToList())
        {
            var inSentence = casualties.Where(c => c.Sentence == sentence).ToList();
            if (inSentence.Any(static c => c.Field == CasualtyField.Killed) ||
                inSentence.Where(static c => c.Field == CasualtyField.Injured).ToList() is not [{ Value: 1 } wounded] ||
                (wounded.Flags & NumberFlags.Article) == 0 || !SaysDied(document, document.Sentences[sentence], wounded.NumberToken))
            {
                continue;
            }

            casualties[casualties.IndexOf(wounded)] = wounded with { Field = CasualtyField.Killed };
        }
    }

    private static bool SaysDied(AnnotatedDocument document, SentenceSpan sentence, int after)
    {
        for (var t = after + 1; t < sentence.EndToken; t++)
        {
            foreach (var words in Deaths)
            {
                if (t + words.Length <= sentence.EndToken && words.Select((w, k) => Original(document, t + k) == w).All(static m => m))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Original(AnnotatedDocument document, int token) =>
        document.Text[document.Tokens[token].Start..document.Tokens[token].End].ToLowerInvariant();
}
