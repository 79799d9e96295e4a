namespace Telematics.Accounts;

public sealed class AccountGrain(
    [PersistentState("account", StorageNames.Telematics)] IPersistentState<AccountState> state) : Grain, IAccountGrain
{
    public async Task SetAsync(Account account)
    {
        state.State.Account = account;
        await state.WriteStateAsync();
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
}
