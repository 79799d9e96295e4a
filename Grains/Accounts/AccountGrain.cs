namespace Telematics.Accounts;

/// <summary>
/// One account, stored in the grain storage. Being one activation in the cluster, it is also what every API node asks
/// for the current security stamp, so a change refuses the account's old tokens on all of them at once. After its
/// own state it writes the directory's row, which a failed write leaves behind until the account's next change.
/// </summary>
public sealed class AccountGrain(
    [PersistentState("account", StorageNames.Telematics)] IPersistentState<AccountState> state, IAccountDirectory directory, TimeProvider time)
    : Grain, IAccountGrain
{
    public Task SetAsync(Account account)
    {
        var now = time.GetUtcNow();
        return StoreAsync(account with { SecurityStamp = NewStamp(), CreatedAt = state.State.Account is { } stored ? stored.CreatedAt : now, ChangedAt = now });
    }

    public Task<Account?> GetAsync()
    {
        if (state.State.Account is null)
        {
            // A login guessed a username nobody has: keep no activation for it, or each guess would hold one in
            // memory until the idle collector ran.
            DeactivateOnIdle();
        }

        return Task.FromResult(state.State.Account);
    }

    public async Task<Account?> CreateAsync(Account account)
    {
        if (state.State.Account is not null)
        {
            return null;
        }

        await SetAsync(account);
        return state.State.Account;
    }

    public async Task<Account?> ChangeAsync(AccountChange change)
    {
        if (state.State.Account is not { } account)
        {
            DeactivateOnIdle();
            return null;
        }

        await StoreAsync(change.ApplyTo(account, NewStamp(), time.GetUtcNow()));
        return state.State.Account;
    }

    private async Task StoreAsync(Account account)
    {
        state.State.Account = account;
        await state.WriteStateAsync();
        await directory.UpsertAsync(AccountSummary.Of(account));
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
