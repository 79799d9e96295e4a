namespace Telematics.Insurance;

/// <summary>Embedded mode's policies, in memory like the rest of its state, answered as the PostgreSQL store answers.</summary>
public sealed class InMemoryPolicyStore : IPolicyStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Policy> _policies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PremiumChange>> _premiums = new(StringComparer.Ordinal);

    /// <summary>Each driver's active policy, so that recording a trip's premium does not walk every policy.</summary>
    private readonly Dictionary<string, string> _activeByDriver = new(StringComparer.Ordinal);

    public Task<PolicyWriteResult> CreateAsync(Policy policy, PremiumChange issued, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(Add(policy, issued));
        }
    }

    public Task<Policy?> GetAsync(string number, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_policies.GetValueOrDefault(number));
        }
    }

    public Task<IReadOnlyList<PremiumChange>> PremiumHistoryAsync(string number, int limit, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            IReadOnlyList<PremiumChange> newestFirst = _premiums.TryGetValue(number, out var history) ? history.AsEnumerable().Reverse().Take(limit).ToList() : [];
            return Task.FromResult(newestFirst);
        }
    }

    public Task<PolicyPage> QueryAsync(PolicyQuery query, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var rows = _policies.Values
                .Where(query.Matches)
                .Where(p => query.After is null || query.After.Precedes(p))
                .Order(PolicySortKey.Order(query.SortBy, query.Descending))
                .Take(query.PageSize + 1)
                .ToList();
            return Task.FromResult(PolicyPage.Of(query, rows));
        }
    }

    public Task<bool> RecordPremiumAsync(string driverId, PremiumChange change, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_activeByDriver.TryGetValue(driverId, out var number) || _policies[number] is not { } policy || !policy.RecordsPremiumAt(change.At))
            {
                return Task.FromResult(false);
            }

            _policies[policy.Number] = policy with { TelematicsPremium = change.TelematicsPremium };
            _premiums[policy.Number].Add(change);
            return Task.FromResult(true);
        }
    }

    public Task<PolicyWriteResult> RenewAsync(string number, Policy next, PremiumChange issued, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var result = Active(number, out var current);
            if (result == PolicyWriteResult.Done)
            {
                _policies[number] = current with { Status = PolicyStatus.Renewed, RenewedAs = next.Number };
                _activeByDriver.Remove(current.DriverId);
                result = Add(next, issued);
                if (result != PolicyWriteResult.Done)
                {
                    _policies[number] = current;
                    _activeByDriver[current.DriverId] = number;
                }
            }

            return Task.FromResult(result);
        }
    }

    public Task<PolicyWriteResult> CancelAsync(string number, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var result = Active(number, out var current);
            if (result == PolicyWriteResult.Done)
            {
                _policies[number] = current with { Status = PolicyStatus.Cancelled, CancelledAt = at };
                _activeByDriver.Remove(current.DriverId);
            }

            return Task.FromResult(result);
        }
    }

    private PolicyWriteResult Active(string number, out Policy policy)
    {
        if (!_policies.TryGetValue(number, out policy!))
        {
            return PolicyWriteResult.NotFound;
        }

        return policy.Status == PolicyStatus.Active ? PolicyWriteResult.Done : PolicyWriteResult.NotActive;
    }

    private PolicyWriteResult Add(Policy policy, PremiumChange issued)
    {
        if (_policies.ContainsKey(policy.Number))
        {
            return PolicyWriteResult.NumberTaken;
        }

        if (_activeByDriver.ContainsKey(policy.DriverId))
        {
            return PolicyWriteResult.DriverHasActivePolicy;
        }

        _policies[policy.Number] = policy;
        _activeByDriver[policy.DriverId] = policy.Number;
        _premiums[policy.Number] = [issued];
        return PolicyWriteResult.Done;
    }
}
