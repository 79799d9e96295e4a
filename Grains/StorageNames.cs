namespace Telematics;

/// <summary>Grain storage provider names; the silo configuration binds each to memory or PostgreSQL.</summary>
public static class StorageNames
{
    public const string Telematics = "telematics";
    public const string PubSub = "PubSubStore";
}
