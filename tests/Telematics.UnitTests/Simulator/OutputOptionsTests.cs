using System.CommandLine;
using Telematics.Simulator.Commands;

namespace Telematics.UnitTests.Simulator;

public sealed class OutputOptionsTests
{
    private static (OutputOptions Output, ParseResult Parse) Parse(params string[] args)
    {
        var api = new ApiCommandOptions();
        var output = new OutputOptions(api);
        var command = new Command("batch");
        api.AddTo(command);
        output.AddTo(command);
        return (output, command.Parse(args));
    }

    [Fact]
    public void Without_a_device_protocol_events_go_to_the_api_as_batches()
    {
        var (output, parse) = Parse("--api", "http://127.0.0.1:5000");

        Assert.Equal("http://127.0.0.1:5000/", output.Destination(parse));
    }

    [Theory]
    [InlineData("--osmand", "http://127.0.0.1:5055", "OsmAnd at http://127.0.0.1:5055/")]
    [InlineData("--teltonika", "127.0.0.1:5027", "Teltonika at 127.0.0.1:5027")]
    [InlineData("--teltonika", "trackers.example:5027", "Teltonika at trackers.example:5027")]
    public void With_a_device_protocol_events_go_to_its_address(string option, string address, string destination)
    {
        var (output, parse) = Parse(option, address);

        Assert.Equal(destination, output.Destination(parse));
    }

    [Theory]
    [InlineData("--osmand", "ftp://127.0.0.1:5055")]
    [InlineData("--osmand", "127.0.0.1:5055")]
    [InlineData("--teltonika", "127.0.0.1")]
    [InlineData("--teltonika", "http://127.0.0.1:5027/path")]
    public void An_address_the_protocol_cannot_use_is_refused_by_name(string option, string address)
    {
        var (output, parse) = Parse(option, address);

        var error = Assert.Throws<ArgumentException>(() => output.Destination(parse));
        Assert.Contains(option, error.Message);
    }

    [Fact]
    public void Osmand_and_teltonika_together_are_refused()
    {
        var (_, parse) = Parse("--osmand", "http://127.0.0.1:5055", "--teltonika", "127.0.0.1:5027");

        Assert.Contains(parse.Errors, e => e.Message.Contains("one of --osmand and --teltonika"));
    }
}
