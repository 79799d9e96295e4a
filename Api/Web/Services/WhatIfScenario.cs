using Telematics.Drivers;

namespace Telematics.Api.Web.Services;

/// <summary>A change of a driver's driving that the pricing page prices with the real model: "if … your premium would be …".</summary>
public sealed record WhatIfScenario(string Name, string Question, Func<DriverFeatures, DriverFeatures> Change)
{
    /// <summary>The changes a driver can make: each halves one habit the model charges for.</summary>
    public static readonly IReadOnlyList<WhatIfScenario> All =
    [
        new("harsh-braking", "If your harsh brakings per 1,000 miles halved", f => f with
        {
            Brake06Miles = f.Brake06Miles / 2, Brake08Miles = f.Brake08Miles / 2, Brake09Miles = f.Brake09Miles / 2,
            Brake11Miles = f.Brake11Miles / 2, Brake12Miles = f.Brake12Miles / 2, Brake14Miles = f.Brake14Miles / 2,
        }),
        new("harsh-acceleration", "If your harsh accelerations per 1,000 miles halved", f => f with
        {
            Accel06Miles = f.Accel06Miles / 2, Accel08Miles = f.Accel08Miles / 2, Accel09Miles = f.Accel09Miles / 2,
            Accel11Miles = f.Accel11Miles / 2, Accel12Miles = f.Accel12Miles / 2, Accel14Miles = f.Accel14Miles / 2,
        }),
        new("speeding", "If you drove half as much above the speed limit", f => f with
        {
            SpeedingShare = f.SpeedingShare / 2, SpeedingTimeShare = f.SpeedingTimeShare / 2,
        }),
        new("night", "If you drove half as much at night", f => f with { NightShare = f.NightShare / 2 }),
        new("phone", "If you used your phone half as much while driving", f => f with { PhoneUseShare = f.PhoneUseShare / 2 }),
    ];
}

/// <summary>What a scenario would cost: the premium the pricing gives the changed driving, against today's.</summary>
public sealed record WhatIfResult(WhatIfScenario Scenario, decimal Premium, decimal Today)
{
    public decimal Saving => Today - Premium;
}
