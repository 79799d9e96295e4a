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

    [Fact]
    public void A_shared_device_login_is_refused_outside_embedded_by_name_and_accepted_embedded()
    {
        var options = Options("a-real-deployment-secret-of-enough-length", "s3cret-admin");
        options.Users.Add(new ConfiguredUser { Username = "device", Password = "s3cret-device-login", Role = "device" });

        Assert.Contains(ValidatorFor("Postgres").Validate(null, options).Failures!, f => f.Contains("Auth:Users:1") && f.Contains("Embedded mode only"));
        Assert.True(ValidatorFor("Embedded").Validate(null, options).Succeeded);
    }

    [Fact]
    public void The_embedded_device_login_of_appsettings_does_not_stop_another_mode()
    {
        var options = Options("a-real-deployment-secret-of-enough-length", "s3cret-admin");
        options.EmbeddedDevice = new ConfiguredUser { Username = "device", Password = "device-dev" };

        Assert.True(ValidatorFor("Postgres").Validate(null, options).Succeeded);
    }

    private static AuthOptionsValidator ValidatorFor(string mode, string urlsKey, string urls) => new(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Telematics:Mode"] = mode, [urlsKey] = urls }).Build());

    [Fact]
    public void Outside_embedded_an_operator_password_under_12_characters_is_refused_by_name()
    {
        var result = ValidatorFor("Postgres").Validate(null, Options("a-real-deployment-secret-of-enough-length", "elevenchars"));

        Assert.Contains(result.Failures!, f => f.Contains("Auth:Users:0:Password") && f.Contains("12"));
        Assert.True(ValidatorFor("Embedded").Validate(null, Options(AuthOptions.LocalDevSigningKey, "elevenchars")).Succeeded);
    }

    [Theory]
    [InlineData("urls", "http://0.0.0.0:5000")]
    [InlineData("urls", "http://127.0.0.1:5000;http://*:8080")]
    [InlineData("urls", "http://example.com:5000")]
    [InlineData("http_ports", "8080")]
    public void Embedded_with_the_local_dev_key_may_not_listen_beyond_loopback(string key, string urls)
    {
        var result = ValidatorFor("Embedded", key, urls).Validate(null, Options(AuthOptions.LocalDevSigningKey, "admin-dev"));

        Assert.Contains(result.Failures!, f => f.Contains("Auth:SigningKey") && f.Contains("loopback"));
        Assert.True(ValidatorFor("Embedded", key, urls).Validate(null, Options("a-real-deployment-secret-of-enough-length", "admin-dev")).Succeeded);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://localhost:5000;http://[::1]:5001")]
    public void Embedded_with_the_local_dev_key_may_listen_on_loopback(string urls)
    {
        Assert.True(ValidatorFor("Embedded", "urls", urls).Validate(null, Options(AuthOptions.LocalDevSigningKey, "admin-dev")).Succeeded);
    }

    [Fact]
    public void A_clock_skew_over_30_s_and_a_username_outside_the_id_grammar_are_refused()
    {
        var options = Options(AuthOptions.LocalDevSigningKey, "admin-dev");
        Assert.Equal(TimeSpan.FromSeconds(30), options.ClockSkew);
        options.ClockSkew = TimeSpan.FromMinutes(5);
        options.Users.Add(new ConfiguredUser { Username = "ops team", Password = "admin-dev", Role = "admin" });

        var failures = ValidatorFor("Embedded").Validate(null, options).Failures!;

        Assert.Contains(failures, f => f.Contains("Auth:ClockSkew"));
        Assert.Contains(failures, f => f.Contains("'ops team'"));
    }
}
