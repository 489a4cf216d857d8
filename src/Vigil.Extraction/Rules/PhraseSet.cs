using Vigil.Extraction.Pipeline;

namespace Vigil.Extraction.Rules;

/// <summary>
/// A set of lower-case token phrases ("shot down", "year - old") matched against a token stream,
/// longest first. Lookup is by first token, so matching costs one dictionary probe per position.
/// </summary>
internal sealed class PhraseSet<TValue>
{
    private readonly Dictionary<string, List<(string[] Words, TValue Value)>> _byFirst = new(StringComparer.Ordinal);

    public PhraseSet(IEnumerable<KeyValuePair<string, TValue>> phrases)
    {
        foreach (var (phrase, value) in phrases)
        {
            var words = RuleLoading.Key(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            if (!_byFirst.TryGetValue(words[0], out var list))
            {
                list = [];
                _byFirst[words[0]] = list;
            }

            list.Add((words, value));
        }

        foreach (var list in _byFirst.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    /// <summary>Every phrase with its value, as loaded (for sets built from other sets).</summary>
    public IEnumerable<KeyValuePair<string, TValue>> Entries =>
        _byFirst.Values.SelectMany(list => list).Select(e => new KeyValuePair<string, TValue>(string.Join(' ', e.Words), e.Value));

    /// <summary>Longest phrase starting at <paramref name="index"/>; length 0 when none.</summary>
    public PhraseMatch<TValue> MatchAt(IReadOnlyList<Token> tokens, int index, int limit)
    {
        if (index < 0 || index >= limit || !_byFirst.TryGetValue(tokens[index].Lower, out var list))
        {
            return default;
        }

        foreach (var (words, value) in list)
        {
            if (index + words.Length > limit)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k < words.Length; k++)
            {
                if (!string.Equals(tokens[index + k].Lower, words[k], StringComparison.Ordinal))
                {
                    ok = false;
                    break;
                }
            }

            if (ok)
            {
                return new PhraseMatch<TValue>(index, words.Length, value);
            }
        }

        return default;
    }

    /// <summary>Longest phrase ending exactly before <paramref name="end"/> (exclusive), not before <paramref name="floor"/>.</summary>
    public PhraseMatch<TValue> MatchEndingAt(IReadOnlyList<Token> tokens, int end, int floor)
    {
        var best = default(PhraseMatch<TValue>);
        for (var start = end - 1; start >= floor && start >= end - 8; start--)
        {
            var m = MatchAt(tokens, start, end);
            if (m.Length > 0 && m.Start + m.Length == end && m.Length > best.Length)
            {
                best = m;
            }
        }

        return best;
    }

    /// <summary>All non-overlapping matches in [from, to), left to right.</summary>
    public IEnumerable<PhraseMatch<TValue>> FindAll(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var m = MatchAt(tokens, i, to);
            if (m.Length > 0)
            {
                yield return m;
                i += m.Length - 1;
            }
        }
    }

    public bool Contains(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (MatchAt(tokens, i, to).Length > 0)
            {
                return true;
            }
        }

        return false;
    }
}

internal readonly record struct PhraseMatch<TValue>(int Start, int Length, TValue Value)
{
    public int End => Start + Length;
}
