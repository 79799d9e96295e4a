namespace Telematics.Accounts;

public sealed class AccountGrain(
    [PersistentState("account", StorageNames.Telematics)] IPersistentState<AccountState> state) : Grain, IAccountGrain
{
    public async Task SetAsync(Account account)
    {
        state.State.Account = account;
        await state.WriteStateAsync();
    }

    public Task<Account?> GetAsync() => Task.FromResult(state.State.Account);
}
