namespace Telematics.Risk;

/// <summary>The row ML.NET reads; public because ML.NET builds its data view by reflection.</summary>
public sealed class FrequencyRow
{
    public float[] Features { get; set; } = [];

    public float Label { get; set; }

    public float Weight { get; set; }
}
