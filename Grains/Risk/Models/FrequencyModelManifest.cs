using System.Collections.Immutable;

namespace Telematics.Risk;

/// <summary>
/// One saved frequency model: its learner, its ML.NET files (one per fitted learner: a blend saves both of its own),
/// its feature names in order, and its additive form.
/// </summary>
public sealed record FrequencyModelManifest(string Learner, ImmutableArray<string> Files, ImmutableArray<string> Features, AdditiveLogRate LogRate);
