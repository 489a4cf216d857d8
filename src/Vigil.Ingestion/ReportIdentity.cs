using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vigil.Ingestion;

/// <summary>
/// How a report is identified. Its key is its canonical URL where it has one, else
/// <c>sha256:&lt;hex&gt;</c> of its text; <see cref="ContentHash"/> (64 lowercase hex digits, no
/// prefix) is always the SHA-256 of the UTF-8 text, so an edited article keeps its key and changes
/// its hash.
/// </summary>
public static class ReportIdentity
{
    public const string HashKeyPrefix = "sha256:";

    /// <summary>Query parameters that only track the reader, never select the content.</summary>
    private static readonly string[] TrackingParameterPrefixes = ["utm_"];

    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "ref_src",
    };

    public static string ContentHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The report key: the canonical form of <paramref name="url"/> if it is an absolute http(s) URL, else the text's hash key.</summary>
    public static string Key(string? url, string contentHash) =>
        CanonicalUrl(url) ?? HashKeyPrefix + contentHash;

    /// <summary>
    /// The canonical form of an absolute http(s) URL, or null for anything else. Scheme and host are
    /// lowercased, default ports, the fragment and tracking parameters (utm_*, fbclid, …) removed,
    /// and a trailing slash removed from any path but the root ("https://a.b/x/" → "https://a.b/x",
    /// "https://a.b" → "https://a.b/"). Path and remaining query keep their case and order.
    /// </summary>
    public static string? CanonicalUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }

        var builder = new StringBuilder(url.Length);
        builder.Append(uri.Scheme.ToLowerInvariant()).Append("://").Append(uri.IdnHost.ToLowerInvariant());
        if (!uri.IsDefaultPort)
        {
            builder.Append(':').Append(uri.Port.ToString(CultureInfo.InvariantCulture));
        }

        var path = uri.AbsolutePath;
        if (path.Length > 1 && path.EndsWith('/'))
        {
            path = path.TrimEnd('/');
            if (path.Length == 0)
            {
                path = "/";
            }
        }

        builder.Append(path.Length == 0 ? "/" : path);

        var query = uri.Query;
        if (query.Length > 1)
        {
            var kept = query[1..]
                .Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(pair => !IsTracking(pair.Split('=', 2)[0]))
                .ToList();
            if (kept.Count > 0)
            {
                builder.Append('?').AppendJoin('&', kept);
            }
        }

        return builder.ToString();
    }

    private static bool IsTracking(string name) =>
        TrackingParameters.Contains(name)
        || TrackingParameterPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
