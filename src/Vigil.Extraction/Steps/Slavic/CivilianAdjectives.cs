using Vigil.Extraction.Pipeline;
using Vigil.Extraction.Rules;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Дев'ятеро цивільних осіб загинули», «п'ятеро мирних жителів отримали поранення», «загинув мирний житель»: Ukrainian
/// says "civilian" as an adjective before the person noun, and forms.json glosses that adjective as the noun "civilians" (it
/// stands alone as often: «загинули двоє цивільних»). Read as two nouns in a row, the count stopped at the first and never
/// reached the casualty verb after the second (set H: uk-h-002, h-010, h-017; the phrase is in 36 excerpts of sets A-H). Before
/// a person noun the adjective is only a modifier: its gloss is taken away so the count reads on to the noun.
/// </summary>
internal sealed class CivilianAdjectives : IPipelineStep
{
    /// <summary>What the adjective is read as before a person noun: a word no rule list holds.</summary>
    internal const string Modifier = "civilian-adj";

    public void Run(AnnotatedDocument document)
    {
        var lex = document.Lexicon;
        var tokens = document.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var t = tokens[i];
            var next = tokens[i + 1];
            if (t.Kind == TokenKind.Word && t.Lower is "civilian" or "civilians" && next.Sentence == t.Sentence &&
                (PersonNoun(lex, next) || AgedPerson(lex, tokens, i + 1, t.Sentence)))
            {
                tokens[i] = t with { Lower = Modifier };
            }
        }
    }

    private static bool PersonNoun(Lexicon lex, Token t) =>
        t.Kind == TokenKind.Word && lex.PersonNouns.Contains(t.Lower) && t.Lower is not ("civilian" or "civilians");

    /// <summary>«цивільний 52-річний водій» ("52 - year" then the noun): the adjective describes the aged person as much.</summary>
    private static bool AgedPerson(Lexicon lex, List<Token> tokens, int k, int sentence) =>
        k + 3 < tokens.Count && tokens[k + 3].Sentence == sentence && tokens[k].Kind == TokenKind.Number && tokens[k + 1].Lower == "-" &&
        tokens[k + 2].Lower == "year" && PersonNoun(lex, tokens[k + 3]);
}
