using YamlDotNet.RepresentationModel;

namespace Telematics.UnitTests.Deploy;

/// <summary>
/// No Docker engine runs here, so docker-compose.yml is read instead: the Telematics nodes' variables bind, and every
/// file the Prometheus and Grafana services mount is in the repository.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly YamlMappingNode Compose = Yaml.Documents(Path.Combine(AppContext.BaseDirectory, "docker-compose.yml")).Single();

    private static IEnumerable<(string Name, YamlMappingNode Service)> Services() =>
        Yaml.Map(Compose, "services").Children.Select(kv => (((YamlScalarNode)kv.Key).Value!, (YamlMappingNode)kv.Value));

    [Fact]
    public void The_telematics_nodes_variables_name_configuration_the_code_binds()
    {
        var nodes = Services().Where(s => Yaml.Text(s.Service, "image") == "telematics:local").ToList();

        Assert.Equal(["silo-1", "silo-2", "api"], nodes.Select(n => n.Name));
        Assert.All(nodes.SelectMany(n => Yaml.Merged(Yaml.Map(n.Service, "environment"))), variable =>
        {
            var name = ((YamlScalarNode)variable.Key).Value!;
            Assert.True(ConfigurationKeys.IsBound(name.Replace("__", ":")), $"{name} binds to nothing");
        });
    }

    [Fact]
    public void Prometheus_and_grafana_mount_files_of_the_repository()
    {
        var mounts = Services().Where(s => s.Name is "prometheus" or "grafana")
            .SelectMany(s => Yaml.Sequence(s.Service, "volumes"))
            .Select(v => ((YamlScalarNode)v).Value!.Split(':')[0])
            .ToList();

        Assert.Equal(4, mounts.Count);
        Assert.All(mounts, source => Assert.True(
            Path.Exists(Path.Combine(AppContext.BaseDirectory, source)), $"{source} is mounted but not in the repository"));
    }
}
