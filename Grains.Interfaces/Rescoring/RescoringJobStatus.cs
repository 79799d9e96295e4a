namespace Telematics.Rescoring;

[GenerateSerializer, Alias("telematics.RescoringJobStatus")]
public enum RescoringJobStatus { NotStarted, Running, Completed, Cancelled }
