namespace Vigil.Corpus;

/// <summary>
/// xoshiro256** seeded through SplitMix64: our own generator, because System.Random's seeded
/// sequence is not promised to stay the same across .NET versions and the corpus must.
/// </summary>
internal sealed class Rng
{
    private ulong _s0, _s1, _s2, _s3;

    public Rng(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        var z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [min, max] inclusive.</summary>
    public int Between(int min, int max) => min + (int)((NextUInt64() >> 1) % (ulong)(max - min + 1));

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[(int)((NextUInt64() >> 1) % (ulong)items.Count)];

    /// <summary>A draw from a geometric distribution: failures before the first success with probability p.</summary>
    public int Geometric(double p, int cap)
    {
        var n = 0;
        while (n < cap && !Chance(p))
        {
            n++;
        }

        return n;
    }

    /// <summary>An index drawn in proportion to a cumulative weight table.</summary>
    public int Weighted(double[] cumulative)
    {
        var target = NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        index = index < 0 ? ~index : index + 1;
        return Math.Min(index, cumulative.Length - 1);
    }

    /// <summary>A stable 64-bit hash of a string (FNV-1a), for choices that must follow a name, not the draw order.</summary>
    public static ulong Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
