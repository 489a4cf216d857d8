using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;

namespace Vigil.Server.Security;

/// <summary>How many requests an account and an address may make per window before 429.</summary>
public sealed record RateLimitOptions
{
    /// <summary>Requests per window from one signed-in account or token.</summary>
    public int PerAccount { get; init; } = 600;

    /// <summary>Requests per window from one client address, signed in or not.</summary>
    public int PerAddress { get; init; } = 1200;

    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(1);
}

/// <summary>Security headers, rate limits and the anti-forgery check of cookie sessions.</summary>
internal static class Hardening
{
    /// <summary>
    /// No inline scripts or styles, nothing from other origins, no framing, no plugins. The
    /// dashboard sets styles only through the CSSOM (element.style), which style-src does not govern.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    /// <summary>The header the dashboard sends the anti-forgery token in.</summary>
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return next(context);
    });

    public static void AddRateLimits(IServiceCollection services, RateLimitOptions limits)
    {
        services.AddRateLimiter(options =>
        {
            var perAccount = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.User.Identity is { IsAuthenticated: true, Name: { } name }
                    ? RateLimitPartition.GetFixedWindowLimiter(context.User.Identity.AuthenticationType + ":" + name, _ => Window(limits.PerAccount, limits.Window))
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            var perAddress = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(
                    (context.Connection.RemoteIpAddress ?? IPAddress.None).ToString(), _ => Window(limits.PerAddress, limits.Window)));
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(perAccount, perAddress);
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : (int)Math.Ceiling(limits.Window.TotalSeconds);
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too Many Requests",
                        Type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                        Detail = string.Create(CultureInfo.InvariantCulture, $"too many requests from this account or address; retry after {seconds} s"),
                    },
                }).ConfigureAwait(false);
            };
        });
    }

    /// <summary>
    /// A state-changing request carried by the session cookie must bring the anti-forgery token
    /// (header <see cref="AntiforgeryHeader"/>) that <c>/api/v1/auth/login</c> and <c>/me</c> hand out;
    /// bearer tokens are not sent by browsers on their own, so they need none.
    /// </summary>
    public static IApplicationBuilder UseAntiforgeryForSessions(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method)
            && context.User.Identity is { IsAuthenticated: true, AuthenticationType: Identities.Password })
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status403Forbidden,
                        Title = "Forbidden",
                        Detail = $"the anti-forgery token is missing or wrong: send the csrf_token from /api/v1/auth/me in the {AntiforgeryHeader} header",
                    },
                }).ConfigureAwait(false);
                return;
            }
        }

        await next(context).ConfigureAwait(false);
    });

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
