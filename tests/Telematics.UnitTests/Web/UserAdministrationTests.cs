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

    [Theory]
    [InlineData(null, false)]
    [InlineData("DRV-00", false)]
    [InlineData("a_b.c:d", false)]
    [InlineData("-admin", true)]
    [InlineData("a b", true)]
    public void A_username_search_that_no_username_can_start_with_says_why(string? search, bool refused)
    {
        var problem = UserAdministration.SearchProblem(search);

        Assert.Equal(refused, problem is not null);
        Assert.True(problem is null || problem.StartsWith("the start of a username, which must be 1–64 characters", StringComparison.Ordinal), problem);
    }

    [Fact]
    public void A_change_made_has_no_problem()
    {
        var done = new AccountAdministration.Outcome(StatusCodes.Status200OK, new UserResponse("alice", "admin", "active", null), new Dictionary<string, string[]>(), null, null);

        Assert.Empty(UserAdministration.Problems(done, "alice"));
    }
}
