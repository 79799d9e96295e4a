namespace Telematics.Portfolio;

/// <summary>The read-model projection of one driver (key: driver id); activated by the driver's stream, not called.</summary>
[Alias("telematics.IDriverProjectionGrain")]
public interface IDriverProjectionGrain : IGrainWithStringKey;
