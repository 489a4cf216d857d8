using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// «Пострадали 9 человек. Один из них погиб» (specs/realtext/ru/README.md, "Numbers"): the dead are counted among the hurt,
/// so the injured are the rest (8) and the killed 1. The same in Ukrainian («постраждали шестеро, один з них загинув»).
/// </summary>
internal sealed class DeadAmongHurt : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
        var casualties = document.Casualties;
        for (var i = 0; i < casualties.Count; i++)
        {
            var dead = casualties[i];
            if (dead.Field != CasualtyField.Killed || !OfThem(document, dead.NumberToken))
            {
                continue;
            }

            var hurt = casualties.FindLastIndex(i, o => o.Field == CasualtyField.Injured && !o.SubCount && !o.PartCount &&
                                                        o.NumberToken < dead.NumberToken && o.Value > dead.Value &&
                                                        o.Sentence >= dead.Sentence - (document.Tokens[dead.NumberToken + 2].Lower == "them" ? 1 : 2));
            if (hurt >= 0)
            {
                casualties[hurt] = casualties[hurt] with { Value = casualties[hurt].Value - dead.Value };
            }
        }
    }

    // "один из них погиб" / "один з них загинув", glossed "one of them killed"; also "один із чоловіків помер" (one of the men the
    // sentence before counted: uk-a-014 «Поранені 33-річний та 56-річний чоловіки … один із чоловіків помер»)
    private static bool OfThem(AnnotatedDocument document, int number) =>
        number + 2 < document.Tokens.Count && document.Tokens[number + 1].Lower == "of" &&
        (document.Tokens[number + 2].Lower == "them" ||
         (document.Lexicon.PersonNouns.Contains(document.Tokens[number + 2].Lower) && document.Tokens[number + 2].Lower.EndsWith('s') ||
          document.Lexicon.Words.PluralWithoutS.Contains(document.Tokens[number + 2].Lower)));
}
