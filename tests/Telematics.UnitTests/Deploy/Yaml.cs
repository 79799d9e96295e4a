using YamlDotNet.RepresentationModel;

namespace Telematics.UnitTests.Deploy;

/// <summary>Reads deployment YAML by path, following compose's merge keys (<c>&lt;&lt;: *anchor</c>).</summary>
internal static class Yaml
{
    public static IEnumerable<YamlMappingNode> Documents(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>();
    }

    public static YamlNode? Node(YamlNode node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode map || Merged(map).FirstOrDefault(kv => ((YamlScalarNode)kv.Key).Value == key).Value is not { } next)
            {
                return null;
            }

            node = next;
        }

        return node;
    }

    public static string? Text(YamlNode node, params string[] path) => (Node(node, path) as YamlScalarNode)?.Value;

    public static YamlMappingNode Map(YamlNode node, params string[] path) =>
        Node(node, path) as YamlMappingNode ?? throw new InvalidOperationException($"{string.Join('.', path)} is not a mapping");

    public static IEnumerable<YamlNode> Sequence(YamlNode node, params string[] path) =>
        (Node(node, path) as YamlSequenceNode)?.Children ?? [];

    /// <summary>A mapping's own entries first, then those it merges in, as compose resolves them.</summary>
    public static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Merged(YamlMappingNode map) =>
        map.Children.Where(kv => ((YamlScalarNode)kv.Key).Value != "<<")
            .Concat(map.Children.Where(kv => ((YamlScalarNode)kv.Key).Value == "<<").SelectMany(kv => Merged((YamlMappingNode)kv.Value)));
}
