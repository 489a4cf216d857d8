
namespace Vigil.Gazetteer.Text;

/// <summary>
/// Match keys: spellings that differ only in case, diacritics, apostrophes, hyphens or spacing share a
/// key; the skeleton further folds romanisation variants (y/i/j, doubled letters) for a weaker match.
/// </summary>
public static class NameKey
{
    /// <summary>Lower case, diacritics stripped (Latin only), apostrophes removed, hyphens and runs of space as one space, ё as е.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = Write(text, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Writes the normalized form into <paramref name="destination"/> (at least as long as the input); returns its length.</summary>
    public static int Write(ReadOnlySpan<char> text, Span<char> destination)
    {
        int n = 0;
        bool pendingSpace = false;
        foreach (char raw in text)
        {
            char c = Fold(raw);
            if (c == '\0')
            {
                continue;
            }

            if (c == ' ')
            {
                pendingSpace = n > 0;
                continue;
            }

            if (pendingSpace)
            {
                destination[n++] = ' ';
                pendingSpace = false;
            }

            destination[n++] = c;
        }

        return n;
    }

    /// <summary>Skeleton of a Latin key: y, j → i; doubled letters once; "kh" kept. "Kryvyy Rih" and "Kryvyi Rih" share "krivi rih".</summary>
    public static string Skeleton(string key)
    {
        Span<char> buffer = key.Length <= 256 ? stackalloc char[key.Length] : new char[key.Length];
        int n = WriteSkeleton(key, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Writes the skeleton of a normalized key into <paramref name="destination"/>; returns its length.</summary>
    public static int WriteSkeleton(ReadOnlySpan<char> key, Span<char> destination)
    {
        int n = 0;
        char previous = '\0';
        foreach (char k in key)
        {
            char c = k is 'y' or 'j' ? 'i' : k;
            if (c == previous)
            {
                continue;
            }

            destination[n++] = c;
            previous = c;
        }

        return n;
    }

    private static char Fold(char c)
    {
        if (c is '\'' or '’' or 'ʼ' or '`' or '‘' or 'ʹ' or '´' or '"')
        {
            return '\0';
        }

        if (c is '-' or '‐' or '–' or '—' or '_' or '.' or ',' || char.IsWhiteSpace(c))
        {
            return ' ';
        }

        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }

        char lower = char.ToLowerInvariant(c);
        if (lower == 'ё')
        {
            return 'е';
        }

        if (lower is >= '\u0400' and <= '\u04FF')
        {
            return lower;
        }

        return StripDiacritic(lower);
    }

    private static char StripDiacritic(char c) =>
        c < DiacriticTableSize ? DiacriticTable[c] : c is >= '\u1E00' and <= '\u1EFF' ? DiacriticTableExtended[c - 0x1E00] : c;

    private const int DiacriticTableSize = 0x250;

    // Latin letters with diacritics folded to their base letter once, not per call (ł, ø, đ have no decomposition).
    private static readonly char[] DiacriticTable = BuildTable(0, DiacriticTableSize);
    private static readonly char[] DiacriticTableExtended = BuildTable(0x1E00, 0x100);

    // Folds written out: invariant globalization (the build's setting) does not decompose characters.
    private const string Accented =
        "ÀÁÂÃÄÅĀĂĄàáâãäåāăąÇĆĈĊČçćĉċčĎĐďđÈÉÊËĒĔĖĘĚèéêëēĕėęěĜĞĠĢĝğġģĤĦĥħÌÍÎÏĨĪĬĮİìíîïĩīĭįıĴĵĶķĹĻĽĿŁĺļľŀłÑŃŅŇñńņňÒÓÔÕÖØŌŎŐòóôõöøōŏőŔŖŘŕŗřŚŜŞŠśŝşšŢŤŦţťŧÙÚÛÜŨŪŬŮŰŲùúûüũūŭůűųŴŵÝŸŶýÿŷŹŻŽźżžß";

    private const string Folded =
        "aaaaaaaaaaaaaaaaaaccccccccccddddeeeeeeeeeeeeeeeeeegggggggghhhhiiiiiiiiiiiiiiiiiijjkklllŀllllŀlnnnnnnnnoooooooooooooooooorrrrrrssssssssttttttuuuuuuuuuuuuuuuuuuuuwwyyyyyyzzzzzzs";

    private static char[] BuildTable(int start, int count)
    {
        var table = new char[count];
        for (int i = 0; i < count; i++)
        {
            char c = (char)(start + i);
            int at = Accented.IndexOf(c, StringComparison.Ordinal);
            table[i] = at >= 0 ? Folded[at] : c;
        }

        return table;
    }
}
