using Microsoft.ML;

namespace Telematics.Risk;

/// <summary>A fitted GLM both as the ML.NET pipeline that is saved and as the coefficients that score in production.</summary>
public sealed record FittedGlm(ITransformer Model, GlmCoefficients Coefficients);
