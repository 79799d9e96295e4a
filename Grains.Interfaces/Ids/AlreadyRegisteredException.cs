namespace Telematics.Ids;

/// <summary>
/// A registration named an id that is registered already, to something else: registering never overwrites, because a
/// driver registered again once lost their password and trip history to the second registration.
/// </summary>
[GenerateSerializer, Alias("telematics.AlreadyRegisteredException")]
public sealed class AlreadyRegisteredException(string kind, string id, string detail)
    : Exception($"{kind} '{id}' is registered already{detail}.")
{
    [Id(0)]
    public string Kind { get; } = kind;

    [Id(1)]
    public string RegisteredId { get; } = id;
}
