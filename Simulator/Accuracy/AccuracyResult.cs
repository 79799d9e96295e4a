using Telematics.Simulator.Api;

namespace Telematics.Simulator.Accuracy;

public sealed record AccuracyResult(AccuracyCell Cell, HarshRecovery Recovery, PlatformScore Score);
