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
    string? Category = null);
