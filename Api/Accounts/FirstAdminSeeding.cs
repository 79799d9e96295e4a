using Microsoft.Extensions.Options;
using Telematics.Accounts;
using Telematics.Api.Auth;

namespace Telematics.Api.Accounts;

/// <summary>
/// Creates the admins of <c>Auth:Users</c> as stored accounts while the account directory holds no enabled admin: the
/// first start of a deployment, every start of Embedded mode (nothing is kept), or a deployment whose admins were all
/// disabled. Afterwards configuration changes no stored account: an admin's password or status is the stored one,
/// changed through the API, and an account of the same name (whatever its role) is left as it is.
/// </summary>
/// <remarks>
/// Runs after the co-hosted silo's start and before the server listens. Two nodes starting at once may both seed; the
/// account grain creates a username once, so the second finds it taken.
/// </remarks>
public sealed class FirstAdminSeeding(
    IAccountDirectory directory, IGrainFactory grains, AccountService accounts, IOptions<AuthOptions> options, ILogger<FirstAdminSeeding> logger) : IHostedService
{
    private const int PageSize = 100;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var admins = options.Value.Users.Where(u => u.Role == Roles.Admin).ToList();
        if (admins.Count == 0 || await HasEnabledAdminAsync(cancellationToken))
        {
            return;
        }

        foreach (var admin in admins)
        {
            var created = await grains.GetGrainByKey<IAccountGrain>(admin.Username)
                .CreateAsync(new Account(admin.Username, accounts.Hash(admin.Username, admin.Password), Roles.Admin, DriverId: null));
            if (created is null)
            {
                logger.LogWarning("The configured admin '{Username}' was not created: an account of that name exists and is left as it is.", admin.Username);
            }
            else
            {
                logger.LogInformation("Created the first admin '{Username}' from configuration.", admin.Username);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<bool> HasEnabledAdminAsync(CancellationToken cancellationToken)
    {
        string? after = null;
        do
        {
            var page = await directory.ListAsync(new AccountQuery(after, Roles.Admin, Limit: PageSize), cancellationToken);
            if (page.Items.Any(a => !a.Disabled))
            {
                return true;
            }

            after = page.Next;
        }
        while (after is not null);

        return false;
    }
}
