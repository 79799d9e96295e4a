namespace Telematics.Risk;

/// <summary>One learner on one feature set, as it did on the validation split.</summary>
public sealed record CandidateResult(FeatureSet Set, string Learner, FrequencyEvaluation Validation);
