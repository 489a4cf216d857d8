using System.Reflection;

namespace Vigil.Fusion;

/// <summary>Phrases (Rules/overnight.txt) saying an attack happened at night.</summary>
internal static class OvernightLexicon
{
    private static readonly string[] Phrases = Load();

    public static bool Mentions(string text)
    {
        foreach (var phrase in Phrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

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
