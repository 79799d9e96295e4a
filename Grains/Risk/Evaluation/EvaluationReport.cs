using System.Globalization;
using System.Text;

namespace Telematics.Risk;

/// <summary>The metric tables the CLI prints and the model card quotes, as Markdown.</summary>
public static class EvaluationReport
{
    /// <summary>Every candidate's row, scored as <paramref name="scoredBy"/> picks (its validation or its cross-validation).</summary>
    public static string Candidates(IEnumerable<CandidateResult> candidates, Func<CandidateResult, FrequencyEvaluation> scoredBy)
    {
        var text = new StringBuilder("| features | learner | mean deviance | null deviance | deviance explained | normalised Gini | top/bottom decile lift |\n|---|---|---|---|---|---|---|\n");
        foreach (var c in candidates)
        {
            text.Append(Invariant($"| {c.Set} | {c.Learner} | {Summary(scoredBy(c))} |\n"));
        }

        return text.ToString();
    }

    public static string Of(ModelEvaluation evaluation)
    {
        var (classical, telematics) = (evaluation.Classical, evaluation.Telematics);
        var text = new StringBuilder(Invariant($"Model {evaluation.ModelVersion} on {telematics.Policies:N0} policies ({evaluation.Unscorable} unscorable).\n\n"));
        text.Append("| model | mean deviance | null deviance | deviance explained | normalised Gini | top/bottom decile lift |\n|---|---|---|---|---|---|\n");
        text.Append(Invariant($"| classical | {Summary(classical)} |\n| telematics | {Summary(telematics)} |\n\n"));
        text.Append(Invariant($"Lift of telematics over classical: deviance {evaluation.DevianceReduction:P2} lower, normalised Gini {telematics.NormalizedGini - classical.NormalizedGini:+0.0000;-0.0000}.\n\n"));
        text.Append("| decile | exposure (years) | classical A/E | telematics A/E | telematics actual freq. | telematics expected freq. |\n|---|---|---|---|---|---|\n");
        foreach (var (c, t) in classical.Deciles.Zip(telematics.Deciles))
        {
            text.Append(Invariant($"| {t.Decile} | {t.ExposureYears:N0} | {c.ActualToExpected:F2} | {t.ActualToExpected:F2} | {t.ActualFrequency:F4} | {t.ExpectedFrequency:F4} |\n"));
        }

        return text.ToString();
    }

    private static string Summary(FrequencyEvaluation e) =>
        Invariant($"{e.MeanDeviance:F5} | {e.MeanNullDeviance:F5} | {e.DevianceExplained:P2} | {e.NormalizedGini:F4} | {e.TopToBottomLift:F2}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
