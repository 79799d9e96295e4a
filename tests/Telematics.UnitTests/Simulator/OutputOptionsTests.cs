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
    public void Without_osmand_events_go_to_the_api_as_batches()
    {
        var (output, parse) = Parse("--api", "http://127.0.0.1:5000");

        Assert.Equal("http://127.0.0.1:5000/", output.Destination(parse));
    }

    [Fact]
    public void With_osmand_events_go_to_its_address()
    {
        var (output, parse) = Parse("--osmand", "http://127.0.0.1:5055");

        Assert.Equal("OsmAnd at http://127.0.0.1:5055/", output.Destination(parse));
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:5055")]
    [InlineData("127.0.0.1:5055")]
    public void An_osmand_address_that_is_not_http_is_refused_by_name(string address)
    {
        var (output, parse) = Parse("--osmand", address);

        var error = Assert.Throws<ArgumentException>(() => output.Destination(parse));
        Assert.Contains("--osmand", error.Message);
    }
}
