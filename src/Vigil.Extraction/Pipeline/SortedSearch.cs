namespace Vigil.Extraction.Pipeline;

/// <summary>Binary search over the document's lists, which are kept in text order (persons, sentences).</summary>
internal static class SortedSearch
{
    /// <summary>The index of the last item whose <paramref name="key"/> is below <paramref name="bound"/>, or -1.</summary>
    public static int LastBefore<T>(IReadOnlyList<T> items, Func<T, int> key, int bound)
    {
        int lo = 0, hi = items.Count - 1, last = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (key(items[mid]) < bound)
            {
                last = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return last;
    }
}
