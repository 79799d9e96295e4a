using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using Telematics.Drivers;

namespace Telematics.Risk;

/// <summary>
/// Reads a portfolio in the So–Boucher–Valdez column format from a .csv or .csv.gz file.
/// Telematics columns map onto <see cref="DriverFeatures"/> by name with dots and spaces removed
/// (<c>Pct.drive.rush am</c> → <c>PctDriveRushAm</c>), so the two cannot drift apart silently.
/// </summary>
public static class PortfolioCsvReader
{
    private static readonly string[] RatingColumns =
    [
        "Duration", "Insured.age", "Insured.sex", "Car.age", "Marital", "Car.use", "Credit.score", "Region",
        "Annual.miles.drive", "Years.noclaims", "Territory", "NB_Claim", "AMT_Claim",
    ];

    private static readonly Dictionary<string, PropertyInfo> DrivingProperties = typeof(DriverFeatures)
        .GetProperties()
        .Where(p => p.PropertyType == typeof(double) && p.Name != nameof(DriverFeatures.ExposureDays) && !DriverFeatures.BeyondPortfolio.Contains(p.Name))
        .ToDictionary(p => Key(p.Name));

    public static IReadOnlyList<PortfolioPolicy> Read(string path)
    {
        using var file = File.OpenRead(path);
        using var text = new StreamReader(path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file);
        var header = (text.ReadLine() ?? throw new InvalidDataException($"{path} is empty.")).Split(',');
        var columns = Columns(header, path);
        var policies = new List<PortfolioPolicy>();
        for (var (line, row) = (text.ReadLine(), 2); line is not null; (line, row) = (text.ReadLine(), row + 1))
        {
            var fields = line.Split(',');
            if (fields.Length != header.Length)
            {
                throw new InvalidDataException($"{path} line {row}: {fields.Length} fields where the header has {header.Length}.");
            }

            policies.Add(Policy(fields, columns, $"{path} line {row}"));
        }

        return policies;
    }

    private static Dictionary<string, int> Columns(string[] header, string path)
    {
        var byName = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index);
        var byKey = header.Select((name, index) => (name, index)).ToDictionary(c => Key(c.name), c => c.index);
        var missing = RatingColumns.Where(c => !byName.ContainsKey(c))
            .Concat(DrivingProperties.Where(p => !byKey.ContainsKey(p.Key)).Select(p => p.Value.Name))
            .ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{path} lacks the portfolio columns: {string.Join(", ", missing)}.");
        }

        foreach (var key in DrivingProperties.Keys)
        {
            byName[key] = byKey[key];
        }

        return byName;
    }

    private static PortfolioPolicy Policy(string[] fields, Dictionary<string, int> columns, string where)
    {
        string Field(string column) => fields[columns[column]];
        double Number(string column) => double.TryParse(Field(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{where}: {column} '{Field(column)}' is not a number.");
        int Whole(string column) => (int)Math.Round(Number(column));
        T Category<T>(string column) where T : struct, Enum => Enum.TryParse<T>(Field(column), ignoreCase: true, out var value)
            ? value
            : throw new InvalidDataException($"{where}: {column} '{Field(column)}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");

        var rating = new RatingVariables(
            Whole("Insured.age"), Category<Sex>("Insured.sex"), Whole("Car.age"), Category<MaritalStatus>("Marital"),
            Category<CarUse>("Car.use"), Whole("Credit.score"), Category<Region>("Region"), Number("Annual.miles.drive"),
            Whole("Years.noclaims"), Whole("Territory"));
        var driving = new DriverFeatures { ExposureDays = Number("Duration") };
        foreach (var (key, property) in DrivingProperties)
        {
            property.SetValue(driving, Number(key));
        }

        return new PortfolioPolicy(rating, driving, Whole("NB_Claim"), Number("AMT_Claim"));
    }

    private static string Key(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
