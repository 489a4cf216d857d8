using Vigil.Core;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// A report of the Russian defence ministry's daily count («средства ПВО перехватили и уничтожили 218
/// беспилотников», often a bare quote, its claimant named in another sentence) counts Ukrainian drones:
/// in a report whose claimant is the Russian side and that quotes no Ukrainian air force, every
/// nationwide tally is the other side's claim, attacker UA. So is, in a Russian report, a tally said to be over Russia's
/// regions («всего над регионами России за ночь сбили 158 дронов»), whoever is named.
/// </summary>
internal sealed class RussianDefenceClaims : IPipelineStep
{
    // «над регионами России», «над российскими регионами», «над территорией РФ»: the drones shot down were Ukraine's
    private static readonly string[] OverRussia = ["россии", "рф", "российскими", "российских", "российской"];

    public void Run(AnnotatedDocument document)
    {
        if (string.Equals(document.Info.Language, "ru", StringComparison.Ordinal))
        {
            for (var i = 0; i < document.Tallies.Count; i++)
            {
                if (document.Tallies[i] is { Attacker: Side.RU } t && SaysOverRussia(document, document.Sentences[t.Sentence]))
                {
                    document.Tallies[i] = t with { Attacker = Side.UA, Scope = ClaimScope.AdversaryClaim };
                }
            }
        }

        if (document.Tallies.Count == 0 || !document.Claimants.Any(static c => c.Adversary) ||
            document.Claimants.Any(static c => !c.Adversary && c.Claimant.Kind == ClaimantKind.Military))
        {
            return;
        }

        for (var i = 0; i < document.Tallies.Count; i++)
        {
            if (document.Tallies[i] is { Attacker: Side.RU } t)
            {
                document.Tallies[i] = t with { Attacker = Side.UA, Scope = ClaimScope.AdversaryClaim };
            }
        }
    }

    private static bool SaysOverRussia(AnnotatedDocument document, SentenceSpan sentence)
    {
        for (var t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
        {
            if (document.OriginalLower(t) == "над" && Enumerable.Range(t + 1, Math.Min(3, sentence.EndToken - t - 1)).Any(k => OverRussia.Contains(document.OriginalLower(k))))
            {
                return true;
            }
        }

        return false;
    }

}
