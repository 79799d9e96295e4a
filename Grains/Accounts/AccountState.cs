namespace Telematics.Accounts;

[GenerateSerializer, Alias("telematics.AccountState")]
public sealed class AccountState
{
    [Id(0)] public Account? Account { get; set; }
}
