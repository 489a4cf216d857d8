namespace Vigil.Core;

/// <summary>
/// One stated fact, with who said it and where in the report. Immutable: the ground truth of the
/// system. Numeric fields carry <see cref="Value"/>; <see cref="ClaimField.Damage"/> carries a
/// <see cref="Category"/> (residential, power, …) and a value only where the text counts objects.
/// </summary>
public sealed record Claim(
    ClaimField Field,
    int? Value,
    Qualifier Qualifier,
    ClaimScope Scope,
    Claimant Claimant,
    DateOnly? Date,
    string? PlaceMention,
    Weapon? Weapon,
    Evidence Evidence,
    string? Category = null)
{
    /// <summary>How far the extractor trusts this claim to be the incident's figure, and why (null for claims made before it said).</summary>
    public ClaimConfidence? Confidence { get; init; }

    /// <summary>The text says the attack was at night ("overnight", "last night"): its date is the day the night ended on.</summary>
    public bool Overnight { get; init; }
}

/// <summary>
/// The extractor's trust in a claim: <see cref="Level"/> and the reasons behind it, as stable
/// snake_case words (<c>attributed</c>, <c>in_lead</c>, <c>unambiguous_number</c>, <c>scope_certain</c>,
/// and on the other side <c>sub_count</c>, <c>increment</c>, <c>conflicting_values</c>, …).
/// </summary>
public sealed record ClaimConfidence(ConfidenceLevel Level, IReadOnlyList<string> Reasons);
