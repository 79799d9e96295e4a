using System.CommandLine;
using Telematics.Risk;

namespace Telematics.Silo.Commands;

/// <summary><c>model train</c> and <c>model evaluate</c>: learn a model version from a portfolio file, and measure one on any such file.</summary>
public static class ModelCommand
{
    public static Command Create()
    {
        var data = new Option<FileInfo>("--data") { Description = "A portfolio in the So–Boucher–Valdez format (.csv or .csv.gz).", Required = true };
        var models = new Option<DirectoryInfo>("--out", "--models")
        {
            Description = "The directory holding model versions.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(AppContext.BaseDirectory, "models")),
        };
        var version = new Option<string>("--model") { Description = "The model version to evaluate.", Required = true };
        var heldOut = new Option<bool>("--held-out") { Description = "Evaluate only on the validation split that training held out of this file." };

        var train = new Command("train", "Train a model version and print its validation metrics.") { data, models };
        train.SetAction(parsed => Reporting(() => Train(parsed.GetRequiredValue(data), parsed.GetRequiredValue(models))));
        var evaluate = new Command("evaluate", "Print a model version's metrics on a portfolio file.") { data, version, models, heldOut };
        evaluate.SetAction(parsed => Reporting(() => Evaluate(
            parsed.GetRequiredValue(data), parsed.GetRequiredValue(version), parsed.GetRequiredValue(models), parsed.GetValue(heldOut))));
        return new Command("model", "Claim-frequency model: train, evaluate.") { train, evaluate };
    }

    /// <summary>Bad input (a file not in the portfolio format, an unknown or mismatched model) is a message and exit code 1, not a stack trace.</summary>
    private static int Reporting(Action command)
    {
        try
        {
            command();
            return 0;
        }
        catch (Exception error) when (error is InvalidDataException or FileNotFoundException or ModelSchemaMismatchException or KeyNotFoundException)
        {
            Console.Error.WriteLine(error.Message);
            return 1;
        }
    }

    private static void Train(FileInfo data, DirectoryInfo models)
    {
        var manifest = ModelTrainer.Train(data.FullName, models.FullName, DateTimeOffset.UtcNow, Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine($"Validation split ({manifest.ValidationPolicies:N0} policies, seed {manifest.SplitSeed}), every candidate fitted on the other {manifest.TrainingPolicies:N0}:");
        Console.WriteLine(EvaluationReport.Candidates(manifest.Candidates, c => c.Validation));
        Console.WriteLine($"{CrossValidationFolds.Count}-fold cross-validation within the {manifest.TrainingPolicies:N0} training policies (seed {CrossValidationFolds.Seed}), out-of-fold:");
        Console.WriteLine(EvaluationReport.Candidates(manifest.Candidates, c => c.CrossValidation));
        Console.WriteLine("The same cross-validation, every learner free of the monotone directions:");
        Console.WriteLine(EvaluationReport.Candidates(manifest.Candidates, c => c.UnconstrainedCrossValidation!));
        Console.WriteLine($"Shipped: the first candidate of each feature set, refitted on all {manifest.FinalFitPolicies:N0} policies.");
        Console.WriteLine($"Training time: {manifest.TrainingSeconds:F1} s. Version: {manifest.Version}");
    }

    private static void Evaluate(FileInfo data, string version, DirectoryInfo models, bool heldOut)
    {
        var policies = PortfolioCsvReader.Read(data.FullName);
        var model = new ModelRegistry(new RiskModelOptions { Directory = models.FullName, Version = version }).Current;
        var manifest = ManifestJson.Read(Path.Combine(models.FullName, version, ModelManifest.FileName));
        if (heldOut && manifest.FinalFitPolicies > manifest.TrainingPolicies)
        {
            // The refit saw the validation split, so these numbers flatter it; the honest ones were recorded at training.
            Console.WriteLine($"Note: {version} was refitted on all {manifest.FinalFitPolicies:N0} policies, the validation split included: "
                + "these metrics are in-sample. Its validation metrics, from the fit on the training part, are in its manifest's candidates.");
        }

        Console.WriteLine(EvaluationReport.Of(ModelEvaluation.Of(model, heldOut ? PortfolioSplit.Of(policies).Validation : policies)));
    }
}
