using Vigil.Core;

namespace Vigil.Fusion;

/// <summary>
/// How much fusion trusts a kind of claimant for an incident's figures; higher wins. Local
/// authorities and emergency services count the dead first-hand; national bodies and the military
/// relay them; media and witnesses report them; an analyst's correction overrides every source
/// because it is a deliberate, attributed review of them (docs/fusion.md).
/// </summary>
public static class ClaimantAuthority
{
    public static int Rank(ClaimantKind kind) => kind switch
    {
        ClaimantKind.Analyst => 4,
        ClaimantKind.LocalAuthority or ClaimantKind.EmergencyService => 3,
        ClaimantKind.NationalBody or ClaimantKind.Military => 2,
        ClaimantKind.Media or ClaimantKind.Witness => 1,
        _ => 0,
    };
}
