namespace Telematics.Risk;

[GenerateSerializer, Alias("telematics.RiskCategory")]
public enum RiskCategory { Low, Moderate, High, VeryHigh }
