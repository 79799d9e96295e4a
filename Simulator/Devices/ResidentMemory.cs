namespace Telematics.Simulator.Devices;

/// <summary>A process's resident memory as Linux reports it (VmRSS in /proc/&lt;pid&gt;/status).</summary>
public static class ResidentMemory
{
    /// <returns>Megabytes (10⁶ bytes), or null when the process or the file is not there.</returns>
    public static double? MegabytesOf(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        // The line reads "VmRSS:    317440 kB".
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024 / 1e6;
    }
}
