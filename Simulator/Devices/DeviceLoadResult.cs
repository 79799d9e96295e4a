using Telematics.Simulator.Load;

namespace Telematics.Simulator.Devices;

/// <summary>What a <c>devices</c> run measured.</summary>
/// <param name="ApiMemoryMb">The Api's resident memory before the connections, with them all open, and at the end; null without <c>--api-pid</c>.</param>
public sealed record DeviceLoadResult(
    DeviceLoadSettings Settings,
    double RegistrationS,
    int IdleOpened,
    IReadOnlyDictionary<string, int> IdleFailures,
    double IdleOpenS,
    RequestRecorder Frames,
    long FramesUnsent,
    int IdleStillOpen,
    int ActiveStillOpen,
    (double? Before, double? WithConnections, double? End) ApiMemoryMb);
