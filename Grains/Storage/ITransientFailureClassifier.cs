namespace Telematics.Storage;

/// <summary>
/// Tells failures that pass by themselves (a lost silo, the database unreachable or refusing a write for a moment)
/// from bugs. Implemented by the hosts: the classification needs the database driver's exception types, which grains do
/// not reference.
/// </summary>
public interface ITransientFailureClassifier
{
    bool IsTransient(Exception exception);
}
