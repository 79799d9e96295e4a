namespace Telematics.Risk;

/// <summary>The fold of each training example in the cross-validation, pseudo-random with a fixed seed so results reproduce.</summary>
public static class CrossValidationFolds
{
    public const int Count = 5;
    public const int Seed = 20_210_459;

    public static int[] Assign(int examples)
    {
        var random = new Random(Seed);
        return [.. Enumerable.Range(0, examples).Select(_ => random.Next(Count))];
    }
}
