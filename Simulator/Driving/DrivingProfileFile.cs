using System.Text.Json;
using Telematics.Simulator.Api;

namespace Telematics.Simulator.Driving;

/// <summary>
/// Reads custom profiles from a JSON array of <see cref="DrivingProfile"/> objects in camelCase (docs/simulator.md
/// has an example) and rejects the file, naming every bad field, if any profile is not drivable.
/// </summary>
public static class DrivingProfileFile
{
    public static IReadOnlyList<DrivingProfile> Load(string path)
    {
        using var stream = File.OpenRead(path);
        var profiles = JsonSerializer.Deserialize<List<DrivingProfile>>(stream, WireJson.Options) ?? [];
        var errors = profiles.Count == 0 ? ["the file holds no profiles."] : profiles.SelectMany(DrivingProfileValidator.Validate).ToList();
        return errors.Count == 0 ? profiles : throw new InvalidDataException($"{path}: {string.Join(" ", errors)}");
    }
}
