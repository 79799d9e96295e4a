namespace Telematics.Risk;

/// <summary>One column of a frequency model's feature vector: a transform of one <see cref="RiskVariable"/>.</summary>
public sealed record FeatureTerm(string Name, RiskVariable Variable, Func<double, double> Transform);
