namespace Telematics.Simulator.Devices;

/// <summary>
/// Reproducible IMEIs for simulated trackers: a fixed type allocation code, the device number as the serial, and the
/// Luhn check digit, so that the same number always names the same device and a real IMEI validator accepts it.
/// </summary>
public static class DeviceImei
{
    /// <summary>The first eight digits (type allocation code) of the example IMEI in docs/devices.md.</summary>
    private const string TypeAllocationCode = "35630704";

    public const int MaxDeviceNumber = 999_999;

    public static string For(int deviceNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(deviceNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(deviceNumber, MaxDeviceNumber);
        var body = $"{TypeAllocationCode}{deviceNumber:D6}";
        return body + CheckDigit(body);
    }

    /// <summary>Luhn: every second digit from the right of the body doubled (its digits summed), the total made up to a multiple of 10.</summary>
    public static int CheckDigit(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var digit = body[body.Length - 1 - i] - '0';
            var doubled = i % 2 == 0 ? digit * 2 : digit;
            sum += doubled > 9 ? doubled - 9 : doubled;
        }

        return (10 - sum % 10) % 10;
    }
}
