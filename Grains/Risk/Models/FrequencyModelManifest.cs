using System.Collections.Immutable;

namespace Telematics.Risk;

/// <summary>One saved frequency model: its learner, its ML.NET file, its feature names in order, and its additive form.</summary>
public sealed record FrequencyModelManifest(string Learner, string File, ImmutableArray<string> Features, AdditiveLogRate LogRate);
