namespace Telematics.Risk;

/// <summary>
/// The risk model version the whole cluster scores with, stored once (key: <see cref="Key"/>). Every silo reads it
/// every few seconds (<c>ModelVersionSync</c>), so an admin's choice on one node reaches drivers on every node.
/// </summary>
[Alias("telematics.ICurrentModelGrain")]
public interface ICurrentModelGrain : IGrainWithStringKey
{
    public const string Key = "cluster";

    /// <summary>The chosen version; null until an admin chooses one (each node then scores with its configured default).</summary>
    [Alias("Get"), Orleans.Concurrency.ReadOnly]
    Task<string?> GetAsync();

    [Alias("Set")]
    Task SetAsync(string version);
}
