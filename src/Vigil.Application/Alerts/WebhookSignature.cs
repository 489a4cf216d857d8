using System.Security.Cryptography;
using System.Text;

namespace Vigil.Application.Alerts;

/// <summary>The <c>X-Vigil-Signature</c> header: <c>sha256=</c> and the hex HMAC-SHA256 of the body's bytes under the rule's secret.</summary>
public static class WebhookSignature
{
    public const string Header = "X-Vigil-Signature";
    public const string TimestampHeader = "X-Vigil-Timestamp";
    public const string DeliveryHeader = "X-Vigil-Delivery";
    public const string EventHeader = "X-Vigil-Event";

    public static string Sign(string secret, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
    }

    /// <summary>Whether <paramref name="header"/> is the signature of <paramref name="body"/> (compared in constant time).</summary>
    public static bool Verify(string secret, string body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(header));

    /// <summary>A new secret: 32 random bytes, hex.</summary>
    public static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
