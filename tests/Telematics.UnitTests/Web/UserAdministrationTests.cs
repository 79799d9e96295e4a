using Microsoft.AspNetCore.Http;
using Telematics.Api.Accounts;
using Telematics.Api.Web.Services;

namespace Telematics.UnitTests.Web;

public sealed class UserAdministrationTests
{
    private static AccountAdministration.Outcome Refused(int status, Dictionary<string, string[]>? errors = null) =>
        new(status, null, errors ?? [], null, null);

    [Fact]
    public void The_validators_errors_are_shown_a_line_a_field_with_the_fields_label()
    {
        var errors = UserValidator.Validate(new CreateUserRequest("bad name!", "short", "driver", null));

        var lines = UserAdministration.Problems(Refused(StatusCodes.Status400BadRequest, errors), "bad name!");

        Assert.Equal(3, lines.Count);
        Assert.Contains(lines, l => l.StartsWith("Username: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Password: must be at least", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Driver id: a driver login names the driver it reads", StringComparison.Ordinal));
    }

    [Fact]
    public void A_taken_username_and_a_vanished_account_say_so()
    {
        Assert.Equal(["The username 'alice' is taken."], UserAdministration.Problems(Refused(StatusCodes.Status409Conflict), "alice"));
        Assert.Contains("no account 'bob'", Assert.Single(UserAdministration.Problems(Refused(StatusCodes.Status404NotFound), "bob")));
    }

    [Fact]
    public void A_change_made_has_no_problem()
    {
        var done = new AccountAdministration.Outcome(StatusCodes.Status200OK, new UserResponse("alice", "admin", "active", null), new Dictionary<string, string[]>(), null, null);

        Assert.Empty(UserAdministration.Problems(done, "alice"));
    }
}
