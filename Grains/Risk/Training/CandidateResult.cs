namespace Telematics.Risk;

/// <summary>
/// One learner on one feature set, fitted on the training part of the split: scored on the validation split, and by
/// out-of-fold predictions of a cross-validation within the training part.
/// </summary>
public sealed record CandidateResult(FeatureSet Set, string Learner, FrequencyEvaluation Validation, FrequencyEvaluation CrossValidation);
