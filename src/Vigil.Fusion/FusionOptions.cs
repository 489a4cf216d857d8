namespace Vigil.Fusion;

/// <summary>
/// Tunables of <see cref="IncidentFusion"/>; the defaults are the documented rules (docs/fusion.md).
/// A report published within <see cref="NearMidnight"/> of local midnight may date the attack either
/// side of it; claims published within <see cref="SameTime"/> of each other are simultaneous, and
/// if they disagree the figure is contested.
/// </summary>
public sealed record FusionOptions(TimeSpan NearMidnight, TimeSpan SameTime)
{
    public static FusionOptions Default { get; } = new(TimeSpan.FromHours(2), TimeSpan.FromMinutes(30));
}
