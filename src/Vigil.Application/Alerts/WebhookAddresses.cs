using System.Net;
using System.Net.Sockets;

namespace Vigil.Application.Alerts;

/// <summary>
/// Which webhook URLs and addresses Vigil may POST to. A webhook is a request the server makes on
/// a user's behalf, so it must not reach the cloud metadata service (169.254.169.254) or, unless
/// allowed, the operator's own network. Checked when a rule is made (literal addresses) and again
/// on every connection (the names' resolved addresses), so a name later pointed inside is refused too.
/// </summary>
public static class WebhookAddresses
{
    /// <summary>Why <paramref name="url"/> cannot be a webhook, or null when it can.</summary>
    public static string? Problem(string url, AlertOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return $"'{url}' is not an http:// or https:// URL";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "a webhook URL may not carry a user name or password";
        }

        if (IPAddress.TryParse(uri.IdnHost, out var address))
        {
            return Refused(address, options);
        }

        return uri.IdnHost.Equals("localhost", StringComparison.OrdinalIgnoreCase) || uri.IdnHost.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            ? Refused(IPAddress.Loopback, options)
            : null;
    }

    /// <summary>Why a connection to <paramref name="address"/> is refused, or null when allowed.</summary>
    public static string? Refused(IPAddress address, AlertOptions options)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(options);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            if (bytes[0] == 169 && bytes[1] == 254)
            {
                return $"{address} is link-local (the cloud metadata range): never a webhook";
            }

            if (bytes[0] == 0 || bytes[0] >= 224)
            {
                return $"{address} is not a unicast address";
            }

            if (bytes[0] == 127)
            {
                return options.AllowLoopback ? null : $"{address} is loopback: not allowed for webhooks";
            }

            var isPrivate = bytes[0] == 10
                || (bytes[0] == 172 && (bytes[1] & 0xF0) == 16)
                || (bytes[0] == 192 && bytes[1] == 168)
                || (bytes[0] == 100 && (bytes[1] & 0xC0) == 64);
            return isPrivate && !options.AllowPrivateNetworks ? $"{address} is a private address: not allowed for webhooks" : null;
        }

        if (address.IsIPv6LinkLocal || (bytes[0] == 0xFE && (bytes[1] & 0xC0) == 0x80))
        {
            return $"{address} is link-local: never a webhook";
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return options.AllowLoopback ? null : $"{address} is loopback: not allowed for webhooks";
        }

        if (address.Equals(IPAddress.IPv6None) || address.IsIPv6Multicast)
        {
            return $"{address} is not a unicast address";
        }

        return (bytes[0] & 0xFE) == 0xFC && !options.AllowPrivateNetworks ? $"{address} is a private address: not allowed for webhooks" : null;
    }
}
