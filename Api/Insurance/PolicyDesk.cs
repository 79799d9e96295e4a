using Telematics.Insurance;
using Telematics.Vehicles;

namespace Telematics.Api.Insurance;

/// <summary>
/// An admin's policy changes, checked and carried out one way for the policies API and the web app's policies page:
/// issue (the fields by <see cref="PolicyValidator"/>, then each vehicle against its driver), renew and cancel.
/// </summary>
public sealed class PolicyDesk(IPolicyStore policies, PolicyService service, IGrainFactory grains, TimeProvider time)
{
    public async Task<PolicyOutcome> CreateAsync(CreatePolicyRequest request)
    {
        var now = time.GetUtcNow();
        var termStart = (request.TermStart ?? now).ToUniversalTime();
        var termEnd = (request.TermEnd ?? termStart.AddYears(1)).ToUniversalTime();
        var errors = PolicyValidator.Validate(request, termStart, termEnd);
        var vehicleIds = request.VehicleIds ?? [];
        if (errors.Count == 0)
        {
            foreach (var (vehicleId, i) in vehicleIds.Select((v, i) => (v, i)))
            {
                if (await grains.GetGrainByKey<IVehicleGrain>(vehicleId).GetDriverIdAsync() != request.DriverId)
                {
                    errors[$"vehicleIds[{i}]"] = [$"is not a vehicle registered to driver '{request.DriverId}'."];
                }
            }
        }

        if (errors.Count > 0)
        {
            return PolicyOutcome.Invalid(errors);
        }

        var number = request.Number!;
        var (result, policy) = await service.IssueAsync(number, request.DriverId!, [.. vehicleIds.Distinct()], termStart, termEnd);
        if (policy is null)
        {
            return result == PolicyWriteResult.NotFound ? PolicyOutcome.UnknownDriver(number, request.DriverId!) : PolicyOutcome.Refused(result, number, number);
        }

        return new PolicyOutcome(StatusCodes.Status201Created, number, After: PolicyResponse.Of(policy, now));
    }

    /// <summary>The next term under <paramref name="nextNumber"/>, or the next term's number (<see cref="PolicyNumbers.NextTerm"/>) when null.</summary>
    public async Task<PolicyOutcome> RenewAsync(string number, string? nextNumber)
    {
        nextNumber ??= PolicyNumbers.NextTerm(number);
        var errors = new Dictionary<string, string[]>();
        PolicyValidator.Id(errors, "number", nextNumber);
        if (errors.Count > 0)
        {
            return PolicyOutcome.Invalid(errors);
        }

        if (await policies.GetAsync(number) is not { } current)
        {
            return PolicyOutcome.Refused(PolicyWriteResult.NotFound, number, number);
        }

        var now = time.GetUtcNow();
        var before = PolicyResponse.Of(current, now);
        var (result, renewal) = await service.RenewAsync(current, nextNumber);
        return renewal is null
            ? PolicyOutcome.Refused(result, number, result == PolicyWriteResult.NumberTaken ? nextNumber : number, before)
            : new PolicyOutcome(StatusCodes.Status201Created, number, before, PolicyResponse.Of(renewal, now));
    }

    public async Task<PolicyOutcome> CancelAsync(string number)
    {
        var now = time.GetUtcNow();
        var before = await policies.GetAsync(number);
        var result = before is null ? PolicyWriteResult.NotFound : await policies.CancelAsync(number, now);
        if (result != PolicyWriteResult.Done || await policies.GetAsync(number) is not { } after)
        {
            return PolicyOutcome.Refused(result, number, number);
        }

        return new PolicyOutcome(StatusCodes.Status200OK, number, PolicyResponse.Of(before!, now), PolicyResponse.Of(after, now));
    }
}
