namespace Telematics.UnitTests.Devices.Vectors;

/// <summary>Reads the vector files copied beside the test assembly: data lines split on " | ", comments skipped.</summary>
internal static class VectorFiles
{
    public static IEnumerable<string[]> Lines(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Devices", "Vectors", file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(" | "));
}
