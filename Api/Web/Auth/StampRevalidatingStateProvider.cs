using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Telematics.Api.Auth;
using Telematics.Api.Live;

namespace Telematics.Api.Web.Auth;

/// <summary>
/// An open page (a Blazor circuit) outlives the request that checked its cookie: every <see cref="StampWatch.Interval"/>
/// it asks again whether the account's stamp is the one signed in with, and a changed account loses its pages.
/// </summary>
public sealed class StampRevalidatingStateProvider(ILoggerFactory logging, AccountService accounts)
    : RevalidatingServerAuthenticationStateProvider(logging)
{
    protected override TimeSpan RevalidationInterval => StampWatch.Interval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken) =>
        state.User.Identity?.IsAuthenticated == true ? accounts.IsCurrentAsync(state.User) : Task.FromResult(true);
}
