using Telematics.Drivers.Features;
using Telematics.Risk;

namespace Telematics.Drivers;

/// <summary>How a <see cref="RecentScores"/> is serialized: its scores packed into one byte array.</summary>
/// <remarks>
/// Every activation reads a driver's 50 scores and every trip and rescore writes them. As objects they cost Orleans'
/// reference tracking and a model-version string each, about half the time to read and write a year's state; packed,
/// each score is a fixed run of little-endian values and the model versions, usually one or two, are written once.
/// </remarks>
[GenerateSerializer, Alias("telematics.StoredRecentScores")]
public struct StoredRecentScores
{
    /// <summary>Format of <see cref="Packed"/>, its first byte: a later layout gets a new number, and this one still reads.</summary>
    private const byte Version = 1;

    /// <summary>Bytes of one packed score.</summary>
    private const int ScoreSize = 4 * sizeof(double) + 3 + sizeof(long) + sizeof(short);

    /// <summary>
    /// The version byte; the number of distinct model versions and each (UTF-8); the number of scores, then each: claim
    /// frequency, score, category, model version's index, time (ticks, offset minutes), relative to average,
    /// provisional, miles.
    /// </summary>
    [Id(0)] public byte[]? Packed;

    /// <summary>Where a packed score keeps its model version's index: after the claim frequency, the score and the category.</summary>
    private const int ModelIndexOffset = 2 * sizeof(double) + 1;

    public static StoredRecentScores Of(IReadOnlyList<RiskScore> scores)
    {
        var models = scores.Select(s => s.ModelVersion).Distinct().ToList();
        if (models.Count > byte.MaxValue)
        {
            throw new ArgumentException($"{models.Count} model versions in one driver's recent scores (at most {byte.MaxValue}).", nameof(scores));
        }

        var packed = new byte[1 + 1 + models.Sum(PackedWriter.SizeOf) + sizeof(int) + scores.Count * ScoreSize];
        var writer = new PackedWriter(packed);
        writer.Write(Version);
        writer.Write((byte)models.Count);
        foreach (var model in models)
        {
            writer.Write(model);
        }

        writer.Write(scores.Count);
        foreach (var score in scores)
        {
            Write(ref writer, score, models.IndexOf(score.ModelVersion));
        }

        return new StoredRecentScores { Packed = packed };
    }

    public readonly List<RiskScore> ToScores()
    {
        if (Packed is null)
        {
            return [];
        }

        var reader = Open(Packed, out var models, out var count);
        var scores = new List<RiskScore>(count);
        for (var i = 0; i < count; i++)
        {
            scores.Add(new RiskScore(
                ExpectedClaimFrequency: reader.ReadDouble(),
                Score: reader.ReadDouble(),
                Category: (RiskCategory)reader.ReadByte(),
                ModelVersion: models[reader.ReadByte()],
                CalculatedAt: new DateTimeOffset(reader.ReadInt64(), TimeSpan.FromMinutes(reader.ReadInt16())),
                RelativeToAverage: reader.ReadDouble(),
                Provisional: reader.ReadByte() != 0,
                MilesDriven: reader.ReadDouble()));
        }

        return scores;
    }

    /// <summary>
    /// <paramref name="packed"/> with <paramref name="score"/> added and the oldest dropped beyond <paramref name="kept"/>,
    /// written without reading the scores into objects; null when that would change the model versions it names (a new
    /// one, or one no score names any more), which <see cref="Of"/> then writes.
    /// </summary>
    internal static byte[]? Append(byte[] packed, RiskScore score, int kept)
    {
        var reader = Open(packed, out var models, out var count);
        var scoresAt = reader.Position;
        var model = Array.IndexOf(models, score.ModelVersion);
        var dropped = Math.Max(0, count + 1 - kept);
        if (model < 0 || dropped > count)
        {
            return null;
        }

        Span<bool> named = stackalloc bool[models.Length];
        named[model] = true;
        for (var i = dropped; i < count; i++)
        {
            named[packed[scoresAt + i * ScoreSize + ModelIndexOffset]] = true;
        }

        if (named.Contains(false))
        {
            return null;
        }

        var appended = new byte[scoresAt + (count - dropped + 1) * ScoreSize];
        packed.AsSpan(0, scoresAt - sizeof(int)).CopyTo(appended);
        packed.AsSpan(scoresAt + dropped * ScoreSize).CopyTo(appended.AsSpan(scoresAt));
        var writer = new PackedWriter(appended.AsSpan(scoresAt - sizeof(int)));
        writer.Write(count - dropped + 1);
        var last = new PackedWriter(appended.AsSpan(appended.Length - ScoreSize));
        Write(ref last, score, model);
        return appended;
    }

    /// <summary>A reader at the first score of <paramref name="packed"/>, whose length it checks, with the model versions and the number of scores.</summary>
    internal static PackedReader Open(byte[] packed, out string[] models, out int count)
    {
        var reader = new PackedReader(packed);
        if (reader.ReadByte() is var version and not Version)
        {
            throw new InvalidDataException($"A driver's recent scores packed in format {version} (this version reads {Version}).");
        }

        models = new string[reader.ReadByte()];
        for (var i = 0; i < models.Length; i++)
        {
            models[i] = reader.ReadString();
        }

        count = reader.ReadInt32();
        return packed.Length - reader.Position == (long)count * ScoreSize
            ? reader
            : throw new InvalidDataException($"Packed recent scores of {count} scores in {packed.Length - reader.Position} bytes.");
    }

    private static void Write(ref PackedWriter writer, RiskScore score, int model)
    {
        writer.Write(score.ExpectedClaimFrequency);
        writer.Write(score.Score);
        writer.Write((byte)score.Category);
        writer.Write((byte)model);
        writer.Write(score.CalculatedAt.Ticks);
        writer.Write((short)score.CalculatedAt.TotalOffsetMinutes);
        writer.Write(score.RelativeToAverage);
        writer.Write(score.Provisional ? (byte)1 : (byte)0);
        writer.Write(score.MilesDriven);
    }
}

/// <summary>Serializes a <see cref="RecentScores"/> as its <see cref="StoredRecentScores"/>.</summary>
[RegisterConverter]
public sealed class StoredRecentScoresConverter : IConverter<RecentScores, StoredRecentScores>
{
    public RecentScores ConvertFromSurrogate(in StoredRecentScores surrogate) =>
        surrogate.Packed is { } packed ? new(packed) : new();

    public StoredRecentScores ConvertToSurrogate(in RecentScores value) => value.ToStored();
}
