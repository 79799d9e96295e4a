using Microsoft.ML;

namespace Telematics.Risk;

/// <summary>A fitted frequency model both as the ML.NET pipeline that is saved and as the additive form that scores in production.</summary>
public sealed record FittedFrequencyModel(ITransformer Model, AdditiveLogRate LogRate);
