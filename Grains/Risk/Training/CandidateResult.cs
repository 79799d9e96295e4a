namespace Telematics.Risk;

/// <summary>
/// One learner on one feature set, fitted on the training part of the split: scored on the validation split, and by
/// out-of-fold predictions of a cross-validation within the training part.
/// </summary>
/// <remarks>
/// <see cref="UnconstrainedCrossValidation"/> is the same cross-validation of the learner left free in every direction
/// (the GLM keeping its negative slopes, the trees unpooled), so the cost of the monotone constraints can be read off;
/// versions saved before it was measured lack it.
/// </remarks>
public sealed record CandidateResult(FeatureSet Set, string Learner, FrequencyEvaluation Validation, FrequencyEvaluation CrossValidation)
{
    public FrequencyEvaluation? UnconstrainedCrossValidation { get; init; }
}
