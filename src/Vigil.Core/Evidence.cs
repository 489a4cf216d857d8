namespace Vigil.Core;

/// <summary>
/// The exact passage a fact rests on: UTF-16 offsets into the report text as read, and the text
/// between them (<c>Text == source[Start..End]</c>).
/// </summary>
public sealed record Evidence(int Start, int End, string Text)
{
    public static Evidence FromSpan(string source, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, source.Length);
        return new Evidence(start, end, source[start..end]);
    }
}

/// <summary>Who stated a fact. <see cref="Role"/> is as written ("mayor", "head of the regional military administration").</summary>
public sealed record Claimant(string? Name, string? Role, ClaimantKind Kind = ClaimantKind.Unattributed)
{
    public static readonly Claimant Unattributed = new(null, null, ClaimantKind.Unattributed);
}
