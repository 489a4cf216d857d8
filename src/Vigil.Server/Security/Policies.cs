using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Vigil.Application.Accounts;
using Vigil.Storage.Accounts;

namespace Vigil.Server.Security;

/// <summary>
/// The authorization policies every endpoint declares (or it says <c>AllowAnonymous</c>):
/// <see cref="Read"/> data, <see cref="ReadPublished"/> the incidents anonymous readers may see,
/// <see cref="Write"/> reports, <see cref="Admin"/> accounts and tokens.
/// </summary>
public static class Policies
{
    /// <summary>Reports, statistics, exports, the OpenAPI document: any account; everyone with <c>--public</c> (unless <c>--publish verified</c>).</summary>
    public const string Read = "read";

    /// <summary>Incident lists and pages, oblast shapes: any account; everyone with <c>--public</c> (anonymous readers see only verified incidents with <c>--publish verified</c>).</summary>
    public const string ReadPublished = "read-published";

    /// <summary>What belongs to an account (watch rules, their deliveries): any account, whatever <c>--public</c> says.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Submitting reports: analysts and admins.</summary>
    public const string Write = "write";

    /// <summary>Accounts and tokens: admins.</summary>
    public const string Admin = "admin";

    internal static void Add(AuthorizationOptions options, ServerSettings settings)
    {
        options.AddPolicy(Read, policy =>
        {
            if (settings.Public && !settings.PublishVerifiedOnly)
            {
                policy.RequireAssertion(_ => true);
            }
            else
            {
                policy.RequireAuthenticatedUser();
            }
        });
        options.AddPolicy(ReadPublished, policy =>
        {
            if (settings.Public)
            {
                policy.RequireAssertion(_ => true);
            }
            else
            {
                policy.RequireAuthenticatedUser();
            }
        });
        options.AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser());
        options.AddPolicy(Write, policy => policy.RequireRole(
            AccountService.RoleName(AccountRole.Analyst), AccountService.RoleName(AccountRole.Admin)));
        options.AddPolicy(Admin, policy => policy.RequireRole(AccountService.RoleName(AccountRole.Admin)));
    }

    /// <summary>Whether this reader may see only verified incidents (anonymous under <c>--publish verified</c>).</summary>
    internal static bool SeesVerifiedOnly(this ClaimsPrincipal user, ServerSettings settings) =>
        settings.PublishVerifiedOnly && user.Identity?.IsAuthenticated != true;
}
