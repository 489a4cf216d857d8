using System.Buffers;
using System.Reflection;

namespace Vigil.Fusion;

/// <summary>Phrases (Rules/overnight.txt) saying an attack happened at night.</summary>
internal static class OvernightLexicon
{
    // One multi-string search per text rather than one scan per phrase.
    private static readonly SearchValues<string> Phrases = SearchValues.Create(Load(), StringComparison.OrdinalIgnoreCase);

    public static bool Mentions(string text) => text.AsSpan().ContainsAny(Phrases);

    private static string[] Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Vigil.Fusion.Rules.overnight.txt")
            ?? throw new InvalidOperationException("Embedded resource Vigil.Fusion.Rules.overnight.txt is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(static line => !line.StartsWith('#'))
            .ToArray();
    }
}
