namespace Telematics.Api.Web.Components.Shared;

/// <summary>The cursors of the pages walked so far, so that a list paged by keyset steps back as well as on.</summary>
public sealed class CursorTrail<TCursor>
    where TCursor : class
{
    private readonly Stack<TCursor?> _earlier = new();

    /// <summary>Where the shown page starts; null for the first page.</summary>
    public TCursor? Current { get; private set; }

    public bool CanGoBack => _earlier.Count > 0;

    public void Restart()
    {
        _earlier.Clear();
        Current = null;
    }

    public void Forward(TCursor next)
    {
        _earlier.Push(Current);
        Current = next;
    }

    public void Back() => Current = _earlier.Pop();
}
