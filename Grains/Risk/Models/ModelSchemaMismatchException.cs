namespace Telematics.Risk;

/// <summary>A saved model does not fit the feature layout this build scores with; the message names the mismatch.</summary>
public sealed class ModelSchemaMismatchException(string directory, string mismatch)
    : Exception($"Model in '{directory}' is refused: {mismatch}");
