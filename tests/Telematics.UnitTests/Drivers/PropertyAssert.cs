namespace Telematics.UnitTests.Drivers;

public static class PropertyAssert
{
    /// <summary>Every property equal to 1e-9 of its size (exactly, for counts and times).</summary>
    public static void Close<T>(T expected, T actual, int seed)
    {
        foreach (var property in typeof(T).GetProperties())
        {
            var (want, got) = (property.GetValue(expected), property.GetValue(actual));
            if (want is double w && got is double g)
            {
                Assert.True(Math.Abs(w - g) <= 1e-9 * Math.Max(1, Math.Abs(w)), $"{typeof(T).Name}.{property.Name}: expected {w:R}, got {g:R} (seed {seed})");
            }
            else
            {
                Assert.True(Equals(want, got), $"{typeof(T).Name}.{property.Name}: expected {want}, got {got} (seed {seed})");
            }
        }
    }
}
