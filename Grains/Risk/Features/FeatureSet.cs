namespace Telematics.Risk;

public enum FeatureSet
{
    /// <summary>The rating variables an insurer has without driving data.</summary>
    Classical,

    /// <summary>Rating variables plus the driver's telematics features.</summary>
    Telematics,
}
