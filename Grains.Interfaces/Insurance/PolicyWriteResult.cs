namespace Telematics.Insurance;

/// <summary>What a policy store did with a change, so that each refusal gets its own answer (404, 409).</summary>
public enum PolicyWriteResult { Done, NotFound, NotActive, NumberTaken, DriverHasActivePolicy }
