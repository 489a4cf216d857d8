using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Vigil.Application;
using Vigil.Application.Accounts;
using Vigil.Application.Filters;
using Vigil.Application.Ingest;
using Vigil.Server.Apis;
using Vigil.Server.Security;
using Vigil.Storage;

namespace Vigil.Server;

/// <summary>What the endpoints need to know about how the server runs.</summary>
public sealed record ServerSettings(bool Public, bool PublishVerifiedOnly = false)
{
    /// <summary>The <c>--publish</c> value: <c>all</c> or <c>verified</c>.</summary>
    public string PublishName => PublishVerifiedOnly ? "verified" : "all";
}

/// <summary>
/// The Vigil web application: the JSON API under <c>/api/v1/</c>, its OpenAPI document, <c>/health</c>
/// and the dashboard's static files (embedded in this assembly) at <c>/</c>.
/// </summary>
public static class VigilServer
{
    /// <summary>Builds the application; the store must exist (it is opened read-only to check).</summary>
    /// <exception cref="StoreException">The store is missing, unreadable or of another schema.</exception>
    /// <exception cref="ArgumentException">A URL is not an address this server may listen on.</exception>
    public static WebApplication Build(VigilServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var urls = CheckUrls(options.Urls);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ApplicationName = typeof(VigilServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = VigilServerOptions.MaxRequestBodyBytes;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(options.LogLevel);

        var storeOptions = VigilStoreOptions.From(builder.Configuration, options.Db);
        // Fail now, with one line, rather than on the first request.
        VigilStoreFactory.Open(storeOptions.Location, StoreAccess.ReadOnly).Dispose();

        builder.Services.AddSingleton(storeOptions);
        builder.Services.AddSingleton<VigilStoreFactory>();
        builder.Services.AddSingleton<IngestService>();
        builder.Services.AddSingleton(_ => new IncidentFilterParser());
        builder.Services.AddSingleton(_ => new IncidentSummaries());
        var settings = new ServerSettings(options.Public, options.PublishVerifiedOnly);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(_ => new AccountService());
        builder.Services.AddSingleton(options.Alerts);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<AlertWorker>();
        builder.Services.AddSingleton(_ => new Application.Review.ReviewService());
        AddAccounts(builder.Services, settings);
        Hardening.AddRateLimits(builder.Services, options.RateLimits);
        // Bad JSON, a wrong content type or an unreadable parameter: a problem saying which (see the detail below).
        builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never;
            json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            var details = context.ProblemDetails;
            if (context.Exception is BadHttpRequestException bad && details.Status is >= 400 and < 500 and not StatusCodes.Status413PayloadTooLarge)
            {
                details.Detail ??= bad.InnerException is System.Text.Json.JsonException json ? bad.Message + " " + json.Message : bad.Message;
            }

            details.Detail ??= details.Status switch
            {
                StatusCodes.Status404NotFound => $"nothing at {context.HttpContext.Request.Path}",
                StatusCodes.Status405MethodNotAllowed => $"{context.HttpContext.Request.Method} is not allowed on {context.HttpContext.Request.Path}",
                StatusCodes.Status413PayloadTooLarge => $"the body is over the limit of {VigilServerOptions.MaxRequestBodyBytes / (1024 * 1024)} MB",
                StatusCodes.Status503ServiceUnavailable => "the store is unavailable",
                StatusCodes.Status400BadRequest => "the request could not be read",
                StatusCodes.Status401Unauthorized => "sign in (POST /api/v1/auth/login) or send a bearer token to use this",
                StatusCodes.Status403Forbidden => "your role may not do this",
                StatusCodes.Status415UnsupportedMediaType => $"the content type '{context.HttpContext.Request.ContentType}' is not accepted here; send application/json",
                _ => "an unexpected error; the server log has the details",
            };
        });
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Vigil API";
            document.Info.Description = "Incidents of attacks on civilians in Ukraine from open reports: every figure a claim with its claimant and evidence. See docs/api.md.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                StoreException => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.UseStatusCodePages();
        app.UseSecurityHeaders();

        var files = new ManifestEmbeddedFileProvider(typeof(VigilServer).Assembly, "wwwroot");
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".geojson"] = "application/geo+json";
        types.Mappings[".webmanifest"] = "application/manifest+json";
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });

        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAntiforgeryForSessions();
        app.UseAuthorization();

        app.MapOpenApi().RequireAuthorization(Policies.Read);
        app.MapGet("/health", Health).WithTags("Health").WithName("Health").AllowAnonymous();
        app.MapAuthApi();
        app.MapAdminApi();
        app.MapIncidentsApi();
        app.MapReportsApi();
        app.MapStatsApi();
        app.MapExportApi();
        app.MapOblastsApi();
        app.MapFeedsApi();
        app.MapAlertsApi();
        app.MapStreamApi();
        app.MapReviewApi();
        app.MapAuditApi();
        return app;
    }

    /// <summary>The addresses the started application listens on (with the real port where 0 was asked for).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
    }

    internal static Results<Ok<HealthResponse>, ProblemHttpResult> Health(VigilStoreFactory stores)
    {
        try
        {
            using var lease = stores.Rent();
            var stats = StoreCall.Run(lease, s => s.Stats());
            return TypedResults.Ok(new HealthResponse("ok", stats.Reports, stats.Incidents));
        }
        catch (StoreException)
        {
            return TypedResults.Problem(detail: "the store is unreachable", statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service Unavailable");
        }
    }

    /// <summary>
    /// People sign in with a session cookie and programs with bearer tokens; every endpoint says
    /// which policy it needs (see <see cref="Policies"/>).
    /// </summary>
    private static void AddAccounts(IServiceCollection services, ServerSettings settings)
    {
        services.AddAuthentication(auth =>
            {
                auth.DefaultScheme = "vigil";
                auth.DefaultChallengeScheme = "vigil";
            })
            .AddPolicyScheme("vigil", "cookie or bearer token", policy => policy.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, cookie =>
            {
                cookie.Cookie.Name = "vigil.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                // An API answers 401/403 (as problem details), never a redirect to a login page.
                cookie.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
                cookie.Events.OnValidatePrincipal = ValidateSession;
            });
        services.AddAuthorization(authorization => Policies.Add(authorization, settings));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = Hardening.AntiforgeryHeader;
            antiforgery.Cookie.Name = "vigil.csrf";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>A session ends when its account is removed or its role changed.</summary>
    private static Task ValidateSession(CookieValidatePrincipalContext context)
    {
        var name = context.Principal?.Identity?.Name;
        var stores = context.HttpContext.RequestServices.GetRequiredService<VigilStoreFactory>();
        using var lease = stores.Rent();
        var account = name is null ? null : StoreCall.Run(lease, s => Storage.Accounts.AccountStores.Accounts(s).User(name));
        if (account is null || AccountService.RoleName(account.Role) != context.Principal?.Role())
        {
            context.RejectPrincipal();
        }

        return Task.CompletedTask;
    }

    /// <summary>Any http(s) address; who may read and write is decided by accounts and <c>--public</c>.</summary>
    private static string[] CheckUrls(string urls)
    {
        var list = (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (list.Length == 0)
        {
            throw new ArgumentException("--urls is empty: give an address such as " + VigilServerOptions.DefaultUrls);
        }

        foreach (var url in list)
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException($"--urls: '{url}' is not an http:// address such as {VigilServerOptions.DefaultUrls}");
            }
        }

        return list;
    }
}
