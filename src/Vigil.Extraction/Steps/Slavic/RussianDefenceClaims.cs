using Vigil.Core;
using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Steps.Slavic;

/// <summary>
/// A report of the Russian defence ministry's daily count («средства ПВО перехватили и уничтожили 218
/// беспилотников», often a bare quote, its claimant named in another sentence) counts Ukrainian drones:
/// in a report whose claimant is the Russian side and that quotes no Ukrainian air force, every
/// nationwide tally is the other side's claim, attacker UA.
/// </summary>
internal sealed class RussianDefenceClaims : IPipelineStep
{
    public void Run(AnnotatedDocument document)
    {
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
}
