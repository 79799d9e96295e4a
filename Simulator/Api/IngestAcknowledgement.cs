namespace Telematics.Simulator.Api;

/// <summary>The API's <c>202</c> answer to a batch.</summary>
public sealed record IngestAcknowledgement(int Accepted, int Duplicates);
