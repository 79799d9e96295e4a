namespace Telematics.Safety;

[GenerateSerializer, Alias("telematics.SafetyAlertKind")]
public enum SafetyAlertKind { HarshBraking, HarshAcceleration, HarshCornering, Speeding, PhoneUse }
