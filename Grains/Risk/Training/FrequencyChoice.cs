namespace Telematics.Risk;

/// <summary>The chosen learner's results first, then the others'; and the chosen learner, with its settings, to refit on other examples.</summary>
public sealed record FrequencyChoice(IReadOnlyList<CandidateResult> Results, Func<IReadOnlyList<FrequencyExample>, FittedFrequencyModel> Refit)
{
    public CandidateResult Chosen => Results[0];
}
