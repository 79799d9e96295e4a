using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Telematics.UnitTests.Deploy;

/// <summary>
/// Issue 27, item 4: no cluster runs here, so the manifests in deploy/kubernetes are read and held against what the
/// code reads: every variable binds, the probes call the endpoints the nodes map on the ports they listen on, and
/// the budgets and labels select the pods they mean to.
/// </summary>
public sealed partial class KubernetesManifestTests
{
    private static readonly IReadOnlyList<YamlMappingNode> Documents = Directory
        .GetFiles(Path.Combine(AppContext.BaseDirectory, "deploy", "kubernetes"), "*.yaml")
        .SelectMany(Yaml.Documents)
        .ToList();

    private static IEnumerable<YamlMappingNode> OfKind(string kind) => Documents.Where(d => Yaml.Text(d, "kind") == kind);

    private static IEnumerable<(string Deployment, YamlMappingNode Container)> Containers() =>
        OfKind("Deployment").SelectMany(d => Yaml.Sequence(d, "spec", "template", "spec", "containers")
            .Select(c => (Yaml.Text(d, "metadata", "name")!, (YamlMappingNode)c)));

    [Fact]
    public void Every_variable_and_secret_key_names_configuration_the_code_binds()
    {
        var names = Containers().SelectMany(c => Yaml.Sequence(c.Container, "env").Select(e => Yaml.Text(e, "name")!))
            .Concat(OfKind("Secret").SelectMany(s => Yaml.Map(s, "stringData").Children.Keys.Select(k => ((YamlScalarNode)k).Value!)))
            .Distinct()
            .ToList();

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(ConfigurationKeys.IsBound(name.Replace("__", ":")), $"{name} binds to nothing"));
    }

    [Fact]
    public void Probes_call_liveness_and_readiness_on_a_port_the_container_declares_and_listens_on()
    {
        foreach (var (deployment, container) in Containers())
        {
            var ports = Yaml.Sequence(container, "ports").ToDictionary(p => Yaml.Text(p, "name")!, p => Yaml.Text(p, "containerPort")!);
            var listens = ListenPort(container);
            Assert.Equal("/health", Yaml.Text(container, "livenessProbe", "httpGet", "path"));
            Assert.Equal("/health/ready", Yaml.Text(container, "readinessProbe", "httpGet", "path"));
            foreach (var probe in new[] { "livenessProbe", "readinessProbe" })
            {
                var port = Yaml.Text(container, probe, "httpGet", "port")!;
                Assert.True(ports.ContainsKey(port), $"{deployment}: {probe} names port {port}, which the container does not declare");
                Assert.Equal(listens, ports[port]);
            }
        }
    }

    [Fact]
    public void Pods_stop_within_their_grace_period_and_run_an_assembly_the_image_builds()
    {
        var dockerfile = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Dockerfile"));
        foreach (var deployment in OfKind("Deployment"))
        {
            // The silo process ends 45 s after SIGTERM at the latest (SiloProgram); the pod must not be killed first.
            Assert.True(int.Parse(Yaml.Text(deployment, "spec", "template", "spec", "terminationGracePeriodSeconds")!) > 45);
            var container = (YamlMappingNode)Yaml.Sequence(deployment, "spec", "template", "spec", "containers").Single();
            var assembly = ((YamlScalarNode)Yaml.Sequence(container, "args").Single()).Value!;
            Assert.Contains($"-o /app/{Path.GetDirectoryName(assembly)}", dockerfile);
            Assert.NotNull(Yaml.Text(container, "resources", "requests", "memory"));
            Assert.NotNull(Yaml.Text(container, "resources", "requests", "cpu"));
        }
    }

    [Fact]
    public void Budgets_and_services_select_deployed_pods_and_orleans_labels_match_the_cluster_id()
    {
        var podLabels = OfKind("Deployment").Select(d => Yaml.Map(d, "spec", "template", "metadata", "labels")).ToList();
        foreach (var selector in OfKind("PodDisruptionBudget").Select(p => Yaml.Map(p, "spec", "selector", "matchLabels"))
                     .Concat(OfKind("Service").Select(s => Yaml.Map(s, "spec", "selector"))))
        {
            Assert.Contains(podLabels, labels => selector.Children.All(kv => labels.Children.TryGetValue(kv.Key, out var v) && v.Equals(kv.Value)));
        }

        foreach (var (deployment, container) in Containers())
        {
            var env = Yaml.Sequence(container, "env").ToDictionary(e => Yaml.Text(e, "name")!, e => Yaml.Text(e, "value"));
            var labels = Yaml.Map(Documents.Single(d => Yaml.Text(d, "metadata", "name") == deployment && Yaml.Text(d, "kind") == "Deployment"),
                "spec", "template", "metadata", "labels");
            Assert.Equal(env["Telematics__ClusterId"], Yaml.Text(labels, "orleans/clusterId"));
            Assert.Equal(env["Telematics__ServiceId"], Yaml.Text(labels, "orleans/serviceId"));
            Assert.Equal("true", env["Telematics__KubernetesHosting"]);
        }
    }

    /// <summary>The port the container's node listens on: the silo's management URL or the API's ASPNETCORE_URLS.</summary>
    private static string ListenPort(YamlMappingNode container)
    {
        var env = Yaml.Sequence(container, "env").ToDictionary(e => Yaml.Text(e, "name")!, e => Yaml.Text(e, "value"));
        var url = env.GetValueOrDefault("Telematics__Management__Urls") ?? env["ASPNETCORE_URLS"]!;
        return PortOf().Match(url).Groups[1].Value;
    }

    [GeneratedRegex(@":(\d+)/?$")]
    private static partial Regex PortOf();
}
