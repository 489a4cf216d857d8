using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Мужчина получил тяжёлые ранения, был доставлен в больницу, но спасти его не удалось», «Постраждалий чоловік помер у лікарні»:
/// one person wounded who then died is one killed, not one injured. In a Russian or Ukrainian sentence that says the person
/// could not be saved or died («спасти его не удалось», «скончался в больнице», «мужчина, умерший в больнице», «помер ще один
/// поранений») and counts no one killed, the single wounded person it counts («ще один»: one more) is the dead one.
/// </summary>
internal sealed class DiedOfWounds : IPipelineStep
{
    // The pronoun or verb that refers back to the one person already named in the sentence, by language.
    private static readonly Dictionary<string, string[][]> DeathsByLanguage = new(StringComparer.Ordinal)
    {
        ["ru"] =
        [
            ["спасти", "его", "не", "удалось"], ["спасти", "ее", "не", "удалось"], ["спасти", "её", "не", "удалось"],
            ["его", "не", "удалось", "спасти"], ["ее", "не", "удалось", "спасти"], ["её", "не", "удалось", "спасти"],
            ["скончался"], ["скончалась"], ["умер"], ["умерла"], ["умерший"], ["умершая"], ["скончавшийся"], ["скончавшаяся"],
        ],
        // «Постраждалий чоловік помер у лікарні», «врятувати його не вдалося»
        ["uk"] =
        [
            ["врятувати", "його", "не", "вдалося"], ["врятувати", "її", "не", "вдалося"], ["його", "не", "вдалося", "врятувати"],
            ["її", "не", "вдалося", "врятувати"], ["помер"], ["померла"], ["померлий"],
        ],
    };

    public void Run(AnnotatedDocument document)
    {
        if (!DeathsByLanguage.TryGetValue(document.Info.Language, out var deaths))
        {
            return;
        }

        var casualties = document.Casualties;
        foreach (var sentence in casualties.Select(static c => c.Sentence).Distinct().ToList())
        {
            var inSentence = casualties.Where(c => c.Sentence == sentence).ToList();
            if (inSentence.Any(static c => c.Field == CasualtyField.Killed) ||
                inSentence.Where(static c => c.Field == CasualtyField.Injured).ToList() is not [{ Value: 1 } wounded] ||
                (wounded.Flags & (NumberFlags.Article | NumberFlags.Increment)) == 0 || !SaysDied(document, document.Sentences[sentence], deaths))
            {
                continue;
            }

            casualties[casualties.IndexOf(wounded)] = wounded with { Field = CasualtyField.Killed };
        }
    }

    // The verb may come before the count as well: «у лікарні помер ще один поранений», «скончался еще один раненый».
    private static bool SaysDied(AnnotatedDocument document, SentenceSpan sentence, string[][] deaths)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            foreach (var words in deaths)
            {
                if (t + words.Length <= sentence.EndToken && words.Select((w, k) => document.OriginalLower(t + k) == w).All(static m => m))
                {
                    return true;
                }
            }
        }

        return false;
    }

}
