using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// Russian «человек» is both "a person" and the counted "people" («5 человек»), so the shared steps read it as plural.
/// Next to a casualty verb in the masculine singular («погиб человек», «человек пострадал», «ранен человек») with no
/// number counting it, it is one person, as «погибли люди» would be none. Runs after the places are known: a sentence naming
/// two places is left alone.
/// </summary>
internal sealed class OnePersonVerb : IPipelineStep
{
    // Singular past forms and short participles only: «погибли», «ранены» are plural and leave the word uncounted.
    private static readonly string[] SingularVerbs =
    [
        "погиб", "умер", "скончался", "убит", "ранен", "пострадал", "травмирован", "госпитализирован", "контужен", "получил",
    ];

    public void Run(AnnotatedDocument document)
    {
        if (!string.Equals(document.Info.Language, "ru", StringComparison.Ordinal))
        {
            return;
        }

        var tokens = document.Tokens;
        var added = false;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            // «В Ямполе … ранен человек, в Яровой повреждены дома»: with two places in the sentence the person is no one's figure
            if (document.PlacesIn(s).Count > 1)
            {
                continue;
            }

            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!string.Equals(Original(document, i), "человек", StringComparison.OrdinalIgnoreCase) ||
                    !(Verb(document, i - 1, sentence) || Verb(document, i + 1, sentence)) || Counted(document, i, sentence))
                {
                    continue;
                }

                NumberRecognizer.Add(document, sentence, i, i + 1, 1, NumberFlags.Article);
                added = true;
            }
        }

        if (added)
        {
            document.SortNumbers();
        }
    }

    private static string Original(AnnotatedDocument document, int token) =>
        document.Text[document.Tokens[token].Start..document.Tokens[token].End];

    private static bool Verb(AnnotatedDocument document, int token, SentenceSpan sentence) =>
        token >= sentence.FirstToken && token < sentence.EndToken &&
        SingularVerbs.Contains(Original(document, token).ToLowerInvariant());

    // «один человек», «5 человек», «одного человека»: a number before it counts it already
    private static bool Counted(AnnotatedDocument document, int token, SentenceSpan sentence)
    {
        for (var k = Math.Max(sentence.FirstToken, token - 3); k < token; k++)
        {
            if (document.Tokens[k].Kind == TokenKind.Number || document.Numbers.Any(n => n.Start <= k && k < n.End))
            {
                return true;
            }
        }

        return false;
    }
}
