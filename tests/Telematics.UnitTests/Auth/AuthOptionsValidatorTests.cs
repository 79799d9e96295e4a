using Microsoft.Extensions.Configuration;
using Telematics.Api.Auth;

namespace Telematics.UnitTests.Auth;

public sealed class AuthOptionsValidatorTests
{
    private static AuthOptionsValidator ValidatorFor(string mode) => new(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Telematics:Mode"] = mode }).Build());

    private static AuthOptions Options(string key, string adminPassword) => new()
    {
        SigningKey = key,
        Users = [new ConfiguredUser { Username = "admin", Password = adminPassword, Role = "admin" }],
    };

    [Fact]
    public void The_local_dev_defaults_are_fine_embedded()
    {
        Assert.True(ValidatorFor("Embedded").Validate(null, Options(AuthOptions.LocalDevSigningKey, "admin-dev")).Succeeded);
    }

    [Fact]
    public void Outside_embedded_the_local_dev_key_and_passwords_are_refused_by_name()
    {
        var result = ValidatorFor("Postgres").Validate(null, Options(AuthOptions.LocalDevSigningKey, "admin-dev"));

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("Auth:SigningKey"));
        Assert.Contains(result.Failures!, f => f.Contains("Auth:Users:0:Password"));
    }

    [Fact]
    public void Outside_embedded_real_secrets_pass_and_short_keys_and_unknown_roles_fail()
    {
        Assert.True(ValidatorFor("Postgres").Validate(null, Options("a-real-deployment-secret-of-enough-length", "s3cret-admin")).Succeeded);
        Assert.True(ValidatorFor("Postgres").Validate(null, Options("short", "s3cret-admin")).Failed);
        var unknownRole = Options("a-real-deployment-secret-of-enough-length", "s3cret-admin");
        unknownRole.Users[0].Role = "root";
        Assert.Contains(ValidatorFor("Postgres").Validate(null, unknownRole).Failures!, f => f.Contains("'root'"));
    }
}
