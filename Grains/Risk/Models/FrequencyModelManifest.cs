using System.Collections.Immutable;

namespace Telematics.Risk;

/// <summary>
/// One saved frequency model: its learner, its ML.NET files (one per fitted learner: a blend saves both of its own),
/// its feature names in order, its additive form as scored (<see cref="LogRate"/>, monotone where declared) and as learned
/// (<see cref="Learned"/>, what the ML.NET files score), so that a check can tell the constraint from the learner.
/// </summary>
public sealed record FrequencyModelManifest(
    string Learner, ImmutableArray<string> Files, ImmutableArray<string> Features, AdditiveLogRate LogRate, AdditiveLogRate Learned);
