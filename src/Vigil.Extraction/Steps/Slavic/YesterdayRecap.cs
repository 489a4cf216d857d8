using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Накануне стало известно, что три женщины получили ранения … недалеко от поселка Погар», after the report has told today's
/// attack with its toll: a sentence opened by «Накануне» ("the day before") is the earlier day's attack, often at the same village,
/// and its toll joined today's incident and dated it a day early. Once an earlier sentence has stated a toll or a zero, such a
/// sentence is background (a past incident when it names a place and a figure: specs/realtext/ru/README.md, recaps with a day).
/// A report that opens with «Накануне» is about that day (no earlier toll), and keeps it. Russian only (LanguagePack).
/// </summary>
internal sealed class YesterdayRecap : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var stated = false;
        for (var s = 0; s < document.Sentences.Count && s < document.Roles.Count; s++)
        {
            if (document.Roles[s] is not (SentenceRole.Main or SentenceRole.RoundUp))
            {
                continue;
            }

            var opensWithYesterday = OpensWithYesterday(document, s);
            if (stated && opensWithYesterday)
            {
                document.Roles[s] = SentenceRole.Background;
                continue;
            }

            stated |= !opensWithYesterday &&
                      (document.Casualties.Any(c => c.Sentence == s && !c.Past) || document.Zeros.Any(z => z.Sentence == s));
        }
    }

    private static bool OpensWithYesterday(AnnotatedDocument document, int s)
    {
        var sentence = document.Sentences[s];
        var first = sentence.FirstToken;
        while (first < sentence.EndToken && document.Tokens[first].Kind == TokenKind.Punct)
        {
            first++;
        }

        return first < sentence.EndToken &&
               string.Equals(document.Text[document.Tokens[first].Start..document.Tokens[first].End], "Накануне", StringComparison.Ordinal);
    }
}
