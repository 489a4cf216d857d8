using System.Buffers.Text;
using System.Text;

namespace Vigil.Server;

/// <summary>A report key (often a URL) as a URL-safe path segment: base64url of its UTF-8 bytes.</summary>
public static class ReportIds
{
    public static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key));

    public static bool TryDecode(string id, out string key)
    {
        key = string.Empty;
        if (string.IsNullOrEmpty(id) || id.Length > 8192)
        {
            return false;
        }

        try
        {
            key = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Base64Url.DecodeFromChars(id));
            return key.Length > 0;
        }
        catch (Exception e) when (e is FormatException or DecoderFallbackException)
        {
            return false;
        }
    }
}
