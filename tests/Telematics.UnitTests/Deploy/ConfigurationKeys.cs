using System.Collections;
using System.Reflection;
using Orleans.Configuration;
using Telematics.Api.Auth;
using Telematics.Drivers;
using Telematics.Silo.Hosting;

namespace Telematics.UnitTests.Deploy;

/// <summary>
/// Whether a configuration key (an environment variable's, <c>__</c> for <c>:</c>) names something the code binds:
/// a property of an options class under its <c>Section</c>, walked by reflection as the binder walks it.
/// </summary>
internal static class ConfigurationKeys
{
    /// <summary>Keys read by name rather than bound, and the variables of the runtimes we host on.</summary>
    private static readonly HashSet<string> ReadByName = new(StringComparer.OrdinalIgnoreCase)
    {
        "ConnectionStrings:Postgres", "ConnectionStrings:Redis", "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT", "Urls",
        // Orleans' Kubernetes hosting reads these (KubernetesHostingOptions).
        "POD_NAME", "POD_NAMESPACE", "POD_IP",
    };

    private static readonly Dictionary<string, Type> Sections = FindSections();

    public static bool IsBound(string key)
    {
        if (ReadByName.Contains(key))
        {
            return true;
        }

        var section = Sections.Keys.Where(s => key.StartsWith(s + ":", StringComparison.OrdinalIgnoreCase)).MaxBy(s => s.Length);
        return section is not null && Binds(Sections[section], key[(section.Length + 1)..].Split(':'));
    }

    private static bool Binds(Type type, ReadOnlySpan<string> path)
    {
        if (path.IsEmpty)
        {
            return true;
        }

        if (ElementOf(type) is { } element)
        {
            return int.TryParse(path[0], out _) && Binds(element, path[1..]);
        }

        var property = type.GetProperty(path[0], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is { CanWrite: true } && Binds(property.PropertyType, path[1..]);
    }

    private static Type? ElementOf(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[^1]
        : null;

    private static Dictionary<string, Type> FindSections()
    {
        var sections = new[] { typeof(AuthOptions), typeof(TelematicsOptions), typeof(DriverOptions) }
            .Select(t => t.Assembly)
            .SelectMany(a => a.GetTypes())
            .Select(t => (Type: t, Field: t.GetField("Section", BindingFlags.Public | BindingFlags.Static)))
            .Where(t => t.Field is { IsLiteral: true } && t.Field.FieldType == typeof(string))
            .ToDictionary(t => (string)t.Field!.GetRawConstantValue()!, t => t.Type, StringComparer.OrdinalIgnoreCase);
        // Bound straight onto Orleans' own options (PostgresSiloBuilderExtensions).
        sections["Telematics:Membership"] = typeof(ClusterMembershipOptions);
        sections["Telematics:Messaging"] = typeof(SiloMessagingOptions);
        return sections;
    }
}
